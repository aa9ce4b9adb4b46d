import { useFrame, useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { ASPECT_RATIO_VALUES } from '../../../../shared/blocking';
import { cameraObjects, exportRoot, mannequinRigs } from '../rigRegistry';
import { lastFrame, stageApi } from '../stageApi';
import { useStageStore } from '../stageStore';
import { useActiveCamera } from '../useActiveCamera';
import { exportGlb } from './exportScene';
import { renderStage, type PipSpec } from './renderStage';
import { createStageProbe, type StageProbe } from './stageProbe';

declare global {
  interface Window {
    /** Present only with ?stageStats in the URL: renderer figures for the benchmark, screen positions for the e2e tests. */
    __closedSetStageStats?: StageStatsHook;
  }
}

export interface StageStatsHook extends StageProbe {
  frames(): number;
  last(): { calls: number; triangles: number };
  /** Resolves after the next frame has been drawn and the GPU has finished it; with the time taken. */
  nextFrame(): Promise<number>;
  /** Draws each visible mannequin alone and reports its draw calls and triangles. */
  perMannequin(): { performerId: string; calls: number; triangles: number }[];
}

/** Takes over rendering (priority 1): main view + picture-in-picture; registers snapshot/export for the toolbar. */
export function StageBridge({ beatId }: { readonly beatId: string | null }) {
  const gl = useThree((s) => s.gl);
  const get = useThree((s) => s.get);
  const invalidate = useThree((s) => s.invalidate);
  const pipOn = useStageStore((s) => s.pip && s.view !== 'camera');
  const active = useActiveCamera(beatId);

  const pip = (): PipSpec | null => {
    if (!pipOn || !active) return null;
    const lens = cameraObjects.get(active.id)?.lens;
    return lens ? { camera: lens, aspect: ASPECT_RATIO_VALUES[active.aspect] } : null;
  };

  useFrame((state) => {
    renderStage(state.gl, state.scene, state.camera, state.size, pip());
    // Says on the canvas that the view has drawn and snapshot/export are ready (tests and assistive tools
    // can wait for it). After the first frame, not before it: that frame (shaders, textures) is the slow one.
    if (stageApi.current && !state.gl.domElement.dataset.ready) state.gl.domElement.dataset.ready = 'true';
  }, 1);

  useEffect(() => invalidate(), [pipOn, active, invalidate]);

  useEffect(() => {
    const renderMain = () => {
      const s = get();
      return renderStage(s.gl, s.scene, s.camera, s.size, null);
    };
    stageApi.current = {
      renderNow: renderMain,
      snapshotPng: () =>
        new Promise<Blob>((resolve, reject) => {
          renderMain();
          // Read back in the same task as the render, before the drawing buffer is presented and cleared.
          gl.domElement.toBlob((b) => (b ? resolve(b) : reject(new Error('The snapshot could not be made'))), 'image/png');
          invalidate();
        }),
      exportGlb: async () => {
        if (!exportRoot.current) throw new Error('Nothing to export yet');
        const bytes = await exportGlb(exportRoot.current);
        invalidate();
        return bytes;
      },
    };
    invalidate(); // a frame, which marks the canvas ready
    if (typeof window !== 'undefined' && new URLSearchParams(window.location.search).has('stageStats')) {
      const ctx = gl.getContext();
      const pixel = new Uint8Array(4);
      window.__closedSetStageStats = {
        ...createStageProbe(get),
        frames: () => lastFrame.count,
        last: () => lastFrame.stats,
        nextFrame: () =>
          new Promise<number>((resolve) => {
            const start = performance.now();
            const done = () => {
              lastFrame.listeners.delete(done);
              ctx.readPixels(0, 0, 1, 1, ctx.RGBA, ctx.UNSIGNED_BYTE, pixel); // waits for the GPU
              resolve(performance.now() - start);
            };
            lastFrame.listeners.add(done);
            invalidate();
          }),
        perMannequin: () => {
          // Each mannequin's cost = a frame with only that mannequin shown minus a frame with none.
          const s = get();
          const rigs = [...mannequinRigs.values()].filter((r) => r.root.visible);
          const saved = rigs.map((r) => r.markers.visible);
          const draw = () => {
            s.gl.render(s.scene, s.camera);
            return { calls: s.gl.info.render.calls, triangles: s.gl.info.render.triangles };
          };
          for (const r of rigs) r.root.visible = false;
          const none = draw();
          const out = rigs.map((rig) => {
            rig.root.visible = true;
            rig.markers.visible = true; // worst case: selected, joint markers showing
            const one = draw();
            rig.root.visible = false;
            return { performerId: rig.performerId, calls: one.calls - none.calls, triangles: one.triangles - none.triangles };
          });
          rigs.forEach((r, i) => {
            r.root.visible = true;
            r.markers.visible = saved[i]!;
          });
          invalidate();
          return out;
        },
      };
    }
    return () => {
      delete gl.domElement.dataset.ready;
      stageApi.current = null;
      if (typeof window !== 'undefined') delete window.__closedSetStageStats;
    };
  }, [gl, get, invalidate]);

  return null;
}
