import { Grid } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { useLayoutEffect } from 'react';
import { Color } from 'three';
import { isGizmoClick } from '../stageApi';
import { HELPER_LAYER } from './layers';
import { clearSelection, useStageStore } from '../stageStore';

const BACKGROUND = new Color('#2b2d33');

/** Neutral studio lighting, the same in the 3D view and in printed stills (renderer/src/still). */
export function StageLights() {
  return (
    <>
      <hemisphereLight args={['#fbfaf7', '#6d6a64', 1.35]} />
      <directionalLight position={[4, 8, 6]} intensity={1.5} />
      <directionalLight position={[-5, 4, -4]} intensity={0.45} />
    </>
  );
}

/** Floor in metres (0.5 m cells, 1 m sections), neutral studio lighting, a dark previs background. */
export function StageEnvironment() {
  const scene = useThree((s) => s.scene);
  const raycaster = useThree((s) => s.raycaster);
  useLayoutEffect(() => {
    scene.background = BACKGROUND;
    // Helpers on layer 1 (camera bodies) must still be clickable.
    raycaster.layers.enable(1);
  }, [scene, raycaster]);

  return (
    <>
      <StageLights />
      <mesh
        rotation-x={-Math.PI / 2}
        position-y={-0.002}
        name="floor"
        userData={{ noExport: true }}
        onClick={(e) => {
          if (e.delta > 4 || isGizmoClick() || useStageStore.getState().measuring || useStageStore.getState().pickMode !== 'select') return;
          clearSelection();
        }}
      >
        <planeGeometry args={[60, 60]} />
        {/* Pushed back in depth so the grid 3 mm above always wins, even with a 16-bit depth buffer. */}
        <meshStandardMaterial color="#3b3e45" roughness={0.95} polygonOffset polygonOffsetFactor={4} polygonOffsetUnits={4} />
      </mesh>
      {/* The grid is a working aid (helper layer): the free and top views show it, a shot camera does not. */}
      <Grid
        name="grid"
        layers={HELPER_LAYER}
        userData={{ noExport: true }}
        position={[0, 0.001, 0]}
        args={[60, 60]}
        cellSize={0.5}
        cellThickness={0.6}
        cellColor="#50545e"
        sectionSize={1}
        sectionThickness={1.1}
        sectionColor="#6d7380"
        fadeDistance={45}
        fadeStrength={1.5}
        infiniteGrid
      />
    </>
  );
}
