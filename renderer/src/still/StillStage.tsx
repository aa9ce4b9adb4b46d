import { Canvas, useThree, type RootState } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo } from 'react';
import { Color, GridHelper, type LineBasicMaterial } from 'three';
import type { UnitSystem } from '../../../shared/domain/production';
import { create } from 'zustand';
import { StageLights } from '../scene/three/StageEnvironment';
import { StageScene } from '../scene/three/StageScene';

/**
 * Paper: a white page and an almost white, unshaded floor, so a still prints cleanly with little ink
 * (the 3D view's dark previs look does not); bodies, set and barriers keep their lit colours.
 */
export const PAPER = new Color('#ffffff');
export const FLOOR = '#f6f5f2';
/** The floor squares of the rehearsal view: 1 m, or 3 ft when the production works in feet and inches. */
export const FLOOR_GRID_NAME = 'floor-squares';
const GRID_LINES = '#d3d0c8';

/** The beat on stage now; `shown` counts requests so asking for the same beat again still reports back. */
const onStage = create<{ sceneId: string | null; beatId: string | null; shown: number; units: UnitSystem }>(() => ({ sceneId: null, beatId: null, shown: 0, units: 'metric' }));

/** Feet and inches or metres: the size of the floor squares. */
export function setUnits(units: UnitSystem): void {
  onStage.setState({ units });
}
let committed: (() => void) | null = null;
let root: { current: (() => RootState) | null; ready: Array<() => void> } = { current: null, ready: [] };

/** Puts a beat on stage and resolves once React has applied it (placements, garments, contacts laid out). */
export function showBeat(sceneId: string, beatId: string): Promise<void> {
  return new Promise((resolve) => {
    committed = resolve;
    onStage.setState((s) => ({ sceneId, beatId, shown: s.shown + 1 }));
  });
}

/** The canvas's three.js state, once it exists. */
export function stillRoot(): Promise<() => RootState> {
  const get = root.current;
  return get ? Promise.resolve(get) : new Promise((resolve) => root.ready.push(() => resolve(root.current!)));
}

function Bridge() {
  const get = useThree((s) => s.get);
  useLayoutEffect(() => {
    root.current = get;
    for (const f of root.ready.splice(0)) f();
    return () => {
      root = { current: null, ready: [] };
    };
  }, [get]);
  return null;
}

function Environment() {
  const scene = useThree((s) => s.scene);
  useLayoutEffect(() => {
    scene.background = PAPER;
  }, [scene]);
  const imperial = onStage((s) => s.units === 'imperial');
  const grid = useMemo(() => {
    const cell = imperial ? 0.9144 : 1;
    const cells = 2 * Math.round(15 / cell);
    const g = new GridHelper(cells * cell, cells, GRID_LINES, GRID_LINES);
    (g.material as LineBasicMaterial).toneMapped = false;
    g.name = FLOOR_GRID_NAME;
    g.position.y = 0.001;
    g.visible = false; // renderStill shows it in the rehearsal view only
    return g;
  }, [imperial]);
  return (
    <>
      <StageLights />
      <mesh rotation-x={-Math.PI / 2} position-y={-0.002} name="floor">
        <circleGeometry args={[40, 64]} />
        <meshBasicMaterial color={FLOOR} toneMapped={false} polygonOffset polygonOffsetFactor={4} polygonOffsetUnits={4} />
      </mesh>
      <primitive object={grid} />
    </>
  );
}

/** After everything else of the same commit (effects run in tree order): the beat is laid out. */
function Committed({ shown }: { readonly shown: number }) {
  useEffect(() => {
    const done = committed;
    committed = null;
    done?.();
  }, [shown]);
  return null;
}

function Stage() {
  const sceneId = onStage((s) => s.sceneId);
  const beatId = onStage((s) => s.beatId);
  const shown = onStage((s) => s.shown);
  return (
    <>
      {sceneId ? <StageScene key={sceneId} sceneId={sceneId} beatId={beatId} cameras={false} /> : null}
      <Committed shown={shown} />
    </>
  );
}

/**
 * The stage without the editor: the 3D view's own scene components (mannequins, garments, set pieces,
 * barriers, contact markers) and lights, none of its working aids (grid, gizmo, ghosts, camera bodies,
 * measurement, selection). Never draws by itself (`frameloop="never"`): renderStill draws each still once.
 */
export function StillRoot() {
  return (
    <div style={{ width: 640, height: 360 }}>
      <Canvas frameloop="never" dpr={1} gl={{ antialias: true, preserveDrawingBuffer: true }} aria-label="3D still">
        <Bridge />
        <Environment />
        <Stage />
      </Canvas>
    </div>
  );
}
