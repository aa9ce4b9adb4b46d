import { TransformControls } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { MathUtils, Object3D, Quaternion, Vector3 } from 'three';
import type { TransformControls as TransformControlsImpl } from 'three-stdlib';
import { boneLabel, EFFECTOR_BONES, type BoneName, type EffectorBone } from '../../../../shared/domain/bones';
import type { Vec3 } from '../../../../shared/domain/blocking';
import { applyPins, applyPose, clampQuaternion, normaliseDeg, roundVec, solveLimbIK, withBoneQuat } from '../../../../shared/blocking';
import { useDocumentStore } from '../../store/documentStore';
import { cameraObjects, mannequinRigs, setPieceObjects } from '../rigRegistry';
import { getPlacementOf } from '../selectors';
import { gizmoActivity, gizmoObject } from '../stageApi';
import { getAllCamerasOfBeat } from '../selectors';
import { editPlacement, movePlacement, performerName, setPlacementPose, updateCamera, updateSetPiece } from '../stageActions';
import { useStageStore } from '../stageStore';
import { updateBarrier } from '../barrierActions3d';
import { barrierObjects } from './barrierObjects';

const isEffector = (b: BoneName | null): b is EffectorBone => !!b && (EFFECTOR_BONES as readonly string[]).includes(b);
const D = MathUtils.RAD2DEG;
const toVec3 = (v: Vector3): Vec3 => [v.x, v.y, v.z];

/**
 * The move/rotate gizmo for the selection. The drag changes three objects directly (refs, no React
 * state); releasing it sends ONE command with the result, and a refused command snaps back.
 */
export function SelectionGizmo({ beatId }: { readonly beatId: string | null }) {
  const selection = useStageStore((s) => s.selection);
  const mode = useStageStore((s) => s.transformMode);
  const view = useStageStore((s) => s.view);
  const measuring = useStageStore((s) => s.measuring);
  const playing = useStageStore((s) => s.playing);
  const scene = useThree((s) => s.scene);
  const invalidate = useThree((s) => s.invalidate);
  const controls = useRef<TransformControlsImpl>(null);
  const ikProxy = useMemo(() => new Object3D(), []);
  const start = useRef<{ position: Vector3; quaternion: Quaternion } | null>(null);
  const ikPose = useRef<ReturnType<typeof solveLimbIK> | null>(null);
  // The objects only exist after their components mounted; re-resolve when the data they show changes.
  const docTick = useDocumentStore((s) => s.placements);

  useEffect(() => {
    scene.add(ikProxy);
    return () => void scene.remove(ikProxy);
  }, [scene, ikProxy]);

  useEffect(() => {
    gizmoObject.current = controls.current as unknown as Object3D | null;
    return () => {
      gizmoObject.current = null;
    };
  });

  const target = resolveTarget();
  function resolveTarget(): { object: Object3D; kind: 'root' | 'bone' | 'ik' | 'setPiece' | 'camera' | 'barrier' } | null {
    if (!selection || !beatId || measuring || playing || view === 'camera') return null;
    if (selection.kind === 'performer') {
      const rig = mannequinRigs.get(selection.performerId);
      const placement = getPlacementOf(beatId, selection.performerId);
      if (!rig || !placement || placement.hidden) return null;
      if (!selection.bone) return { object: rig.root, kind: 'root' };
      // The IK handle is put on the hand/foot in a layout effect (below), once the rig shows the stored pose.
      if (mode === 'move' && isEffector(selection.bone)) return { object: ikProxy, kind: 'ik' };
      return { object: rig.bones[selection.bone], kind: 'bone' };
    }
    if (selection.kind === 'setPiece') {
      const o = setPieceObjects.get(selection.id);
      return o ? { object: o, kind: 'setPiece' } : null;
    }
    if (selection.kind === 'barrier') {
      const o = barrierObjects.get(selection.id);
      return o ? { object: o, kind: 'barrier' } : null;
    }
    if (selection.kind !== 'camera') return null; // a contact moves with the bodies it joins
    const o = cameraObjects.get(selection.id)?.body;
    return o ? { object: o, kind: 'camera' } : null;
  }
  void docTick;

  // The IK handle sits on the hand or foot it drags. It is placed after every commit rather than while
  // rendering: the mannequin applies a changed placement (an undo, a typed value) in its own layout effect,
  // which runs before this one, so reading the bone during render would leave the handle where the hand was.
  const ikBone = target?.kind === 'ik' && selection?.kind === 'performer' ? selection.bone : null;
  const ikPerformer = selection?.kind === 'performer' ? selection.performerId : null;
  useLayoutEffect(() => {
    if (!ikBone || !ikPerformer || start.current) return; // mid-drag the handle is where the mouse put it
    const rig = mannequinRigs.get(ikPerformer);
    if (!rig) return;
    rig.root.updateMatrixWorld(true);
    rig.bones[ikBone].getWorldPosition(ikProxy.position);
    ikProxy.quaternion.identity();
    ikProxy.updateMatrixWorld();
    invalidate();
  });

  if (!target) return null;
  const rotate = target.kind === 'bone' || (mode === 'rotate' && target.kind !== 'ik');
  // Barriers turn about the vertical only, but may be lifted (a pad on a bed).
  const flat = target.kind === 'root' || target.kind === 'setPiece' || (rotate && target.kind === 'barrier');

  const onMouseDown = () => {
    start.current = { position: target.object.position.clone(), quaternion: target.object.quaternion.clone() };
    ikPose.current = null;
  };

  const onObjectChange = () => {
    if (!selection || selection.kind !== 'performer' || !beatId) return;
    const rig = mannequinRigs.get(selection.performerId);
    const placement = getPlacementOf(beatId, selection.performerId);
    if (!rig || !placement) return;
    if (target.kind === 'root' && placement.pins.length) {
      // Pinned hands and feet stay on their marks while the body moves or turns (solved again on release).
      const facing = new Vector3(0, 0, 1).applyQuaternion(target.object.quaternion);
      const root = { position: toVec3(target.object.position), rotationY: Math.atan2(facing.x, facing.z) * D };
      applyPose(rig.bones, applyPins(placement.pose, rig.heightCm, root, placement.pins).pose, rig.heightCm);
      rig.refresh();
    } else if (target.kind === 'bone' && selection.bone) {
      // Keep the joint inside its anatomical range while dragging.
      target.object.quaternion.copy(clampQuaternion(selection.bone, target.object.quaternion));
      rig.refresh();
    } else if (target.kind === 'ik' && isEffector(selection.bone)) {
      const result = solveLimbIK(placement.pose, rig.heightCm, placement, selection.bone, toVec3(ikProxy.position), { iterations: 25 });
      ikPose.current = result;
      applyPose(rig.bones, result.pose, rig.heightCm);
      rig.refresh();
    }
    invalidate();
  };

  const onMouseUp = () => {
    gizmoActivity.lastUp = performance.now();
    const before = start.current;
    start.current = null;
    const obj = target.object;
    if (!before || !selection || !beatId) return;
    const moved = before.position.distanceToSquared(obj.position) > 1e-8 || before.quaternion.angleTo(obj.quaternion) > 1e-6;
    if (!moved) return;
    if (selection.kind === 'performer') {
      const placement = getPlacementOf(beatId, selection.performerId);
      if (!placement) return;
      const who = performerName(placement.performerId);
      // Sent in turn with other edits of this placement (an arrow nudge still in flight), built from the latest.
      if (target.kind === 'root') {
        const facing = new Vector3(0, 0, 1).applyQuaternion(obj.quaternion);
        const position = toVec3(obj.position);
        const turn = normaliseDeg(Math.atan2(facing.x, facing.z) * D);
        void editPlacement(placement.id, (latest) => movePlacement(latest, position, turn));
      } else if (target.kind === 'bone' && selection.bone) {
        const bone = selection.bone;
        const q = clampQuaternion(bone, obj.quaternion);
        void editPlacement(placement.id, (latest) => setPlacementPose(latest, withBoneQuat(latest.pose, bone, q), `Rotate ${who}'s ${boneLabel(bone)}`));
      } else if (target.kind === 'ik' && isEffector(selection.bone) && ikPose.current) {
        const bone = selection.bone;
        const pose = ikPose.current.pose;
        const pin = roundVec(toVec3(ikProxy.position));
        void editPlacement(placement.id, (latest) =>
          setPlacementPose(latest, pose, `Move ${who}'s ${boneLabel(bone)}`, { pins: latest.pins.map((p) => (p.bone === bone ? { bone, target: pin } : p)) }),
        );
      }
    } else if (selection.kind === 'setPiece') {
      const yaw = new Vector3(0, 0, 1).applyQuaternion(obj.quaternion);
      void updateSetPiece(selection.id, { position: roundVec(toVec3(obj.position)), rotationY: normaliseDeg(Math.atan2(yaw.x, yaw.z) * D) }).then((r) => {
        if (!r) restore(obj, before);
      });
    } else if (selection.kind === 'barrier') {
      const yaw = new Vector3(0, 0, 1).applyQuaternion(obj.quaternion);
      const position = roundVec(toVec3(obj.position));
      void updateBarrier(selection.id, { position: [position[0], Math.max(0, position[1]), position[2]], rotationY: normaliseDeg(Math.atan2(yaw.x, yaw.z) * D) }).then((r) => {
        if (!r) restore(obj, before);
      });
    } else if (selection.kind === 'camera') {
      const camera = getAllCamerasOfBeat(beatId).find((c) => c.id === selection.id);
      if (!camera) return;
      if (rotate) {
        // Re-aim: keep the distance to the old target, along the new line of sight.
        const dist = new Vector3(...camera.target).distanceTo(new Vector3(...camera.position));
        const forward = new Vector3(0, 0, -1).applyQuaternion(obj.quaternion);
        void updateCamera(camera.id, beatId, { target: roundVec(toVec3(obj.position.clone().addScaledVector(forward, dist))) });
      } else {
        // Move the camera body; it keeps aiming at the same point.
        void updateCamera(camera.id, beatId, { position: roundVec(toVec3(obj.position)) }).then((r) => {
          if (!r) restore(obj, before);
        });
      }
    }
  };

  return (
    <TransformControls
      ref={controls}
      object={target.object}
      mode={rotate ? 'rotate' : 'translate'}
      space={target.kind === 'bone' ? 'local' : 'world'}
      showX={rotate ? !flat : true}
      showZ={rotate ? !flat : true}
      showY={rotate ? true : !flat}
      size={target.kind === 'bone' || target.kind === 'ik' ? 0.6 : 0.8}
      onMouseDown={onMouseDown}
      onMouseUp={onMouseUp}
      onObjectChange={onObjectChange}
    />
  );
}

function restore(obj: Object3D, before: { position: Vector3; quaternion: Quaternion }) {
  obj.position.copy(before.position);
  obj.quaternion.copy(before.quaternion);
}
