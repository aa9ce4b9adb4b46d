import { useLayoutEffect, useRef } from 'react';
import type { Group } from 'three';
import { exportRoot } from '../rigRegistry';
import { useCamerasOfBeat, useCast, useSetPiecesOfScene } from '../selectors';
import { Barriers } from './BarrierMesh';
import { ContactMarkers } from './ContactMarkers';
import { Mannequin } from './Mannequin';
import { SetPieceMesh } from './SetPieceMesh';
import { ShotCamera } from './ShotCamera';

/**
 * What the blocking of one beat puts on stage: the scene's set pieces, a mannequin per cast performer
 * the beat's barriers, its contacts (working aids) and its shot cameras. Rendered by the canvas, and alone by the scene-graph tests;
 * the still page (renderer/src/still) renders it without the cameras' bodies and frustums (`cameras={false}`).
 */
export function StageScene({ sceneId, beatId, cameras: withCameras = true }: { readonly sceneId: string; readonly beatId: string | null; readonly cameras?: boolean }) {
  const cast = useCast(sceneId);
  const pieces = useSetPiecesOfScene(sceneId);
  const cameras = useCamerasOfBeat(withCameras ? beatId : null);
  const root = useRef<Group>(null);
  useLayoutEffect(() => {
    exportRoot.current = root.current;
    return () => {
      exportRoot.current = null;
    };
  }, []);
  // Cameras are keyed by name so stepping to the next beat re-aims the same objects (the view looking
  // through "A cam" keeps looking through A cam).
  const seen = new Map<string, number>();
  return (
    <group ref={root} name="stage">
      <group name="set">
        {pieces.map((p) => (
          <SetPieceMesh key={p.id} piece={p} />
        ))}
      </group>
      <group name="performers">
        {cast.map((p) => (
          <Mannequin key={p.id} performer={p} beatId={beatId} />
        ))}
      </group>
      <Barriers beatId={beatId} />
      <ContactMarkers beatId={beatId} />
      <group name="cameras">
        {cameras.map((c) => {
          const n = seen.get(c.name) ?? 0;
          seen.set(c.name, n + 1);
          return <ShotCamera key={`${c.name}#${n}`} camera={c} />;
        })}
      </group>
    </group>
  );
}
