import { useThree } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo } from 'react';
import type { Performer } from '../../../../shared/domain/people';
import type { Placement } from '../../../../shared/domain/blocking';
import { applyPose, setRootTransform } from '../../../../shared/blocking';
import { useBeatsOfScene } from '../../store/selectors';
import { useCast, usePlacementOf } from '../selectors';
import { useStageStore } from '../stageStore';
import { createGhost } from './mannequinRig';

/**
 * Onion skin: where each performer was in the previous beat, as a see-through body, so the move into this
 * beat reads at a glance. Working views only (helper layer: never in a shot camera, the preview or an
 * export); a performer who did not move, or was off stage, has no ghost.
 */
export function PreviousBeatGhosts({ sceneId, beatId }: { readonly sceneId: string; readonly beatId: string | null }) {
  const on = useStageStore((s) => s.ghosts && !s.playing);
  const beats = useBeatsOfScene(sceneId);
  const cast = useCast(sceneId);
  const index = beats.findIndex((b) => b.id === beatId);
  const previousId = on && index > 0 ? beats[index - 1]!.id : null;
  if (!previousId || !beatId) return null;
  return (
    <group name="previous beat">
      {cast.map((p) => (
        <Ghost key={p.id} performer={p} previousBeatId={previousId} beatId={beatId} />
      ))}
    </group>
  );
}

const samePlace = (a: Placement, b: Placement) =>
  a.hidden === b.hidden && a.rotationY === b.rotationY && a.position.every((v, i) => v === b.position[i]) && JSON.stringify(a.pose) === JSON.stringify(b.pose);

function Ghost({ performer, previousBeatId, beatId }: { readonly performer: Performer; readonly previousBeatId: string; readonly beatId: string }) {
  const invalidate = useThree((s) => s.invalidate);
  const before = usePlacementOf(previousBeatId, performer.id);
  const now = usePlacementOf(beatId, performer.id);
  const ghost = useMemo(() => createGhost(performer.heightCm, performer.color), [performer.heightCm, performer.color]);
  useEffect(() => () => ghost.mesh.skeleton.dispose(), [ghost]);

  const shown = !!before && !before.hidden && !(now && samePlace(before, now));
  useLayoutEffect(() => {
    ghost.root.visible = shown;
    if (before && shown) {
      setRootTransform(ghost.root, before);
      applyPose(ghost.bones, before.pose, performer.heightCm);
      ghost.root.userData = { ghostOf: performer.id };
    }
    invalidate();
  }, [ghost, before, shown, performer.id, performer.heightCm, invalidate]);

  return <primitive object={ghost.root} />;
}
