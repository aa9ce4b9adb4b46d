import { useThree } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo } from 'react';
import type { Performer } from '../../../../shared/domain/people';
import type { Placement } from '../../../../shared/domain/blocking';
import { BONE_NAMES } from '../../../../shared/domain/bones';
import { applyPose, boneQuat, setRootTransform } from '../../../../shared/blocking';
import { useBeatsOfScene } from '../../store/selectors';
import { useCast, usePlacementOf } from '../selectors';
import { useStageStore } from '../stageStore';
import { createGhost } from './mannequinRig';

/**
 * Onion skin: where each performer was in the previous beat, as a see-through body, so the move into this
 * beat reads at a glance. Working views only (helper layer: never in a shot camera, the camera preview or
 * the glTF export; a PNG of the free or top view shows what that view shows). A performer who did not
 * move, or was off stage, has no ghost.
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

const close = (a: readonly number[], b: readonly number[], eps: number) => a.every((v, i) => Math.abs(v - b[i]!) <= eps);
/** Same spot, facing and pose (to a millimetre and a fraction of a degree); what the pose rests on is not compared. */
function samePlace(a: Placement, b: Placement): boolean {
  if (a.hidden !== b.hidden || Math.abs(a.rotationY - b.rotationY) > 0.05 || !close(a.position, b.position, 0.001) || !close(a.pose.hips, b.pose.hips, 0.001)) return false;
  return BONE_NAMES.every((bone) => {
    const p = boneQuat(a.pose, bone);
    const q = boneQuat(b.pose, bone);
    return Math.abs(p[0] * q[0] + p[1] * q[1] + p[2] * q[2] + p[3] * q[3]) > 0.99999; // |cos(θ/2)|: within ~0.5°
  });
}

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
