import { OrbitControls } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { OrthographicCamera, PerspectiveCamera, Vector3 } from 'three';
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib';
import { cameraObjects } from '../rigRegistry';
import { useStageStore } from '../stageStore';
import { useActiveCamera } from '../useActiveCamera';
import { HELPER_LAYER } from './layers';
import { selectionBounds } from './selectionWorldPosition';

let cameras: { free: PerspectiveCamera; top: OrthographicCamera } | null = null;

/**
 * The free and top-plan cameras, one pair per window: the working view stays where the coordinator left
 * it when the canvas is made again (Smooth edges toggled) or another scene opens.
 */
function workingCameras(): { free: PerspectiveCamera; top: OrthographicCamera } {
  if (cameras) return cameras;
  const free = new PerspectiveCamera(38, 1, 0.05, 400);
  free.position.set(4.2, 3.1, 6.4);
  free.layers.enable(HELPER_LAYER);
  free.name = 'free view';
  const top = new OrthographicCamera(-1, 1, 1, -1, 0.1, 200);
  top.position.set(0, 60, 0);
  top.up.set(0, 0, -1); // upstage (−z) at the top of the plan
  top.lookAt(0, 0, 0);
  top.zoom = 70; // pixels per metre
  top.layers.enable(HELPER_LAYER);
  top.name = 'top plan';
  cameras = { free, top };
  return cameras;
}

/** The free working camera, the top plan camera, or the lens of the active shot camera; and their controls. */
export function ViewRig({ beatId }: { readonly beatId: string | null }) {
  const view = useStageStore((s) => s.view);
  const focusRequest = useStageStore((s) => s.focusRequest);
  const active = useActiveCamera(beatId);
  const set = useThree((s) => s.set);
  const size = useThree((s) => s.size);
  const invalidate = useThree((s) => s.invalidate);
  const controls = useRef<OrbitControlsImpl>(null);

  const { free, top } = useMemo(workingCameras, []);

  // R3F only fits the default camera to the canvas on resize, not when the camera is swapped: do it here.
  useLayoutEffect(() => {
    const aspect = size.width / Math.max(1, size.height);
    free.aspect = aspect;
    free.updateProjectionMatrix();
    top.left = -size.width / 2;
    top.right = size.width / 2;
    top.top = size.height / 2;
    top.bottom = -size.height / 2;
    top.updateProjectionMatrix();
    (free as PerspectiveCamera & { manual?: boolean }).manual = true;
    (top as OrthographicCamera & { manual?: boolean }).manual = true;
    invalidate();
  }, [size, free, top, view, invalidate]);

  useLayoutEffect(() => {
    const lens = active ? cameraObjects.get(active.id)?.lens : undefined;
    const camera = view === 'top' ? top : view === 'camera' && lens ? lens : free;
    set({ camera });
    invalidate();
  }, [view, active, free, top, set, invalidate]);

  useEffect(() => {
    if (focusRequest === 0) return;
    const bounds = selectionBounds(useStageStore.getState().selection);
    const c = controls.current;
    if (!bounds || !c) return;
    if (view === 'top') {
      top.position.set(bounds.centre.x, 60, bounds.centre.z);
      c.target.set(bounds.centre.x, 0, bounds.centre.z);
      top.zoom = Math.min(400, Math.max(40, 160 / bounds.radius));
      top.updateProjectionMatrix();
    } else {
      const dir = free.position.clone().sub(c.target).normalize();
      const distance = (bounds.radius / Math.sin((free.fov * Math.PI) / 360)) * 1.15;
      c.target.copy(bounds.centre);
      free.position.copy(bounds.centre).add(dir.multiplyScalar(Math.max(1.2, distance)));
    }
    c.update();
    invalidate();
  }, [focusRequest]); // eslint-disable-line react-hooks/exhaustive-deps

  if (view === 'camera') return null;
  return view === 'top' ? (
    <OrbitControls ref={controls} key="top" camera={top} makeDefault enableRotate={false} screenSpacePanning enableDamping={false} target={topTarget} onChange={keepTarget(topTarget)} />
  ) : (
    <OrbitControls ref={controls} key="free" camera={free} makeDefault enableDamping={false} target={freeTarget} maxPolarAngle={Math.PI * 0.495} onChange={keepTarget(freeTarget)} />
  );
}

// Where each working view looks, kept with its camera across remounts (see workingCameras).
const freeTarget = new Vector3(0, 0.7, 0);
const topTarget = new Vector3(0, 0, 0);
const keepTarget = (into: Vector3) => (e?: { target: { target: Vector3 } }) => void (e && into.copy(e.target.target));
