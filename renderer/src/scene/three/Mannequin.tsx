import { useFrame, useThree, type ThreeEvent } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo } from 'react';
import type { Performer } from '../../../../shared/domain/people';
import type { GarmentType } from '../../../../shared/domain/wardrobe';
import { interpolatePlacement, smoothstep } from '../../../../shared/blocking';
import { playbackClock } from '../playbackClock';
import { mannequinRigs } from '../rigRegistry';
import { getPlacementOf, useGarmentsOfBeat, usePlacementOf } from '../selectors';
import { selectPerformer, useStageStore } from '../stageStore';
import { isGizmoClick } from '../stageApi';
import { registerLabel } from './labelSprites';
import { useMeasureClick } from './useMeasureClick';
import { applyPlacementToRig, boneAtFace, createRig, disposeRig, dressRig, refreshRig, styleBody } from './mannequinRig';
import { bodyRigs } from './bodyRigs';

interface MannequinProps {
  readonly performer: Performer;
  readonly beatId: string | null;
}

/**
 * One performer's mannequin. Keyed by performer (not placement) so stepping to another beat only
 * re-poses the same objects. Data comes from the stores; the frame loop only touches three objects.
 */
export function Mannequin({ performer, beatId }: MannequinProps) {
  const invalidate = useThree((s) => s.invalidate);
  const placement = usePlacementOf(beatId, performer.id);
  const selection = useStageStore((s) => (s.selection?.kind === 'performer' && s.selection.performerId === performer.id ? s.selection : null));
  const playing = useStageStore((s) => s.playing);
  const measureClick = useMeasureClick();
  const selectedBone = selection?.bone ?? null;

  const rig = useMemo(
    () => createRig(performer.heightCm, performer.color, performer.character || performer.name, performer.character ? performer.name : ''),
    [performer.heightCm, performer.color, performer.name, performer.character],
  );
  useEffect(() => () => disposeRig(rig), [rig]);
  // Registered before paint: the contact markers' layout effect (after the mannequins') reads the bones.
  useLayoutEffect(() => {
    bodyRigs.set(performer.id, rig);
    return () => {
      if (bodyRigs.get(performer.id) === rig) bodyRigs.delete(performer.id);
    };
  }, [rig, performer.id]);

  // What this performer wears in the beat, drawn on the body (a new key only when the set of types changes).
  const beatGarments = useGarmentsOfBeat(beatId);
  const garmentKey = beatGarments
    .filter((g) => g.performerId === performer.id)
    .map((g) => g.type)
    .sort()
    .join(',');
  useLayoutEffect(() => {
    dressRig(rig, garmentKey ? (garmentKey.split(',') as GarmentType[]) : []);
    invalidate();
  }, [rig, garmentKey, invalidate]);
  useEffect(() => registerLabel(rig.label, 19, rig.label.userData.labelAspect as number), [rig]);

  useLayoutEffect(() => {
    // The node name is what a previs pipeline sees in an export: the character, not who plays them.
    rig.root.name = performer.character || performer.name;
    rig.root.userData = { performerId: performer.id, placementId: placement?.id ?? null };
    if (placement) applyPlacementToRig(rig, placement, selectedBone);
    rig.root.visible = !!placement && !placement.hidden;
    invalidate();
  }, [rig, placement, performer.id, invalidate, selectedBone, playing]);

  useLayoutEffect(() => {
    styleBody(rig, performer.color, selection !== null);
    rig.markers.visible = selection !== null;
    invalidate();
  }, [rig, selection, performer.color, invalidate]);

  useEffect(() => {
    const resync = () => {
      const p = beatId ? getPlacementOf(beatId, performer.id) : null;
      if (p) applyPlacementToRig(rig, p, selectedBone);
      invalidate();
    };
    mannequinRigs.set(performer.id, {
      performerId: performer.id,
      heightCm: performer.heightCm,
      root: rig.root,
      mesh: rig.mesh,
      bones: rig.bones,
      markers: rig.markers,
      resync,
      refresh: () => {
        refreshRig(rig, selectedBone);
        invalidate();
      },
    });
    return () => {
      if (mannequinRigs.get(performer.id)?.root === rig.root) mannequinRigs.delete(performer.id);
    };
  }, [rig, performer.id, performer.heightCm, beatId, selectedBone, invalidate]);

  // Playback: in-between placements, every frame, straight onto the bones.
  useFrame(() => {
    if (!playing || !playbackClock.fromBeatId || !playbackClock.toBeatId) return;
    const from = getPlacementOf(playbackClock.fromBeatId, performer.id);
    const to = getPlacementOf(playbackClock.toBeatId, performer.id);
    if (!from || !to) return;
    const t = smoothstep(playbackClock.t);
    applyPlacementToRig(rig, interpolatePlacement(from, to, t), null, false);
    // Walking on or off stage: visible for the part of the move where they are on.
    rig.root.visible = !(from.hidden && to.hidden) && !(to.hidden && t > 0.5) && !(from.hidden && t < 0.5);
  });

  const onClick = (e: ThreeEvent<MouseEvent>) => {
    if (e.delta > 4 || isGizmoClick()) return; // an orbit drag, not a click
    if (useStageStore.getState().pickMode !== 'select') return; // contact / dress modes pick regions (RegionPicker)
    e.stopPropagation();
    if (measureClick(e, performer.id, rig)) return;
    if (!selection) {
      selectPerformer(performer.id, null);
      return;
    }
    const index = e.face ? e.face.a : -1;
    const bone = index >= 0 ? boneAtFace(rig.mesh, index) : null;
    selectPerformer(performer.id, bone === 'hips' ? null : bone);
  };

  return <primitive object={rig.root} onClick={onClick} />;
}
