import { Vector3 } from 'three';
import type { CommandInput } from '../../../shared/commands';
import { boneLabel, type EffectorBone } from '../../../shared/domain/bones';
import type { CameraFields, CameraSetup, Placement, PlacementFields, Pose, SetPiece, SetPieceFields, SetPieceType, ShotSize, Vec3 } from '../../../shared/domain/blocking';
import { SET_PIECE_CATALOGUE } from '../../../shared/domain/setPieceCatalogue';
import { applyPins, bodyLandmarks, frameShot, mirrorPose, normaliseDeg, reclassified, roundVec, snapPlacement } from '../../../shared/blocking';
import { createdIds, runCommand } from '../store/actions';
import { useDocumentStore } from '../store/documentStore';
import { showToast } from '../store/uiStore';
import { mannequinRigs } from './rigRegistry';
import { getAllCamerasOfBeat, getSetPiecesOfScene } from './selectors';
import { selectCamera, selectSetPiece, useStageStore } from './stageStore';

const doc = () => useDocumentStore.getState();

export function performerName(performerId: string): string {
  const p = doc().performers[performerId];
  return p ? (p.character || p.name) : 'performer';
}

function heightOf(performerId: string): number {
  return doc().performers[performerId]?.heightCm ?? 170;
}

function sceneOfBeat(beatId: string): string | null {
  return doc().beats[beatId]?.sceneId ?? null;
}

/** Sends a placement change; if main refuses it, the mannequin goes back to what is stored. */
export async function updatePlacement(placement: Placement, patch: Partial<PlacementFields>, label: string): Promise<boolean> {
  // Main re-applies the stage's snapping (and joint limits, pins) to what it stores: say whether it is on.
  const result = await runCommand({ type: 'placement.update', id: placement.id, patch, label, snap: useStageStore.getState().snap });
  if (!result) mannequinRigs.get(placement.performerId)?.resync();
  return !!result;
}

/** Where the root goes with the stage's snapping applied, and the pinned hands/feet re-solved for the new spot. */
interface Placed extends Pick<PlacementFields, 'position' | 'rotationY' | 'pose'> {
  /** Pinned hands/feet that cannot reach their pins from here. */
  readonly unreached: EffectorBone[];
  /** False when a seat is too high for the feet to reach the floor. */
  readonly feetOnFloor: boolean;
}

function placed(placement: Placement, position: Vec3, rotationY: number, pose: Pose): Placed {
  const sceneId = sceneOfBeat(placement.beatId);
  const snap = useStageStore.getState().snap && sceneId;
  const turn = normaliseDeg(rotationY);
  const height = heightOf(placement.performerId);
  const snapped = snap ? snapPlacement(position, turn, pose, height, getSetPiecesOfScene(sceneId)) : { position: roundVec(position), pose, feetOnFloor: true };
  const root = snapped.position;
  const solved = placement.pins.length ? applyPins(snapped.pose, height, { position: root, rotationY: turn }, placement.pins) : { pose: snapped.pose, unreached: [] };
  return { position: root, rotationY: turn, pose: solved.pose, unreached: solved.unreached, feetOnFloor: snapped.feetOnFloor };
}

/** Sends a snapped placement; tells the coordinator when a pinned limb or the feet cannot reach. */
async function sendPlaced(placement: Placement, result: Placed, extra: Partial<PlacementFields>, label: string): Promise<boolean> {
  const { unreached, feetOnFloor, ...patch } = result;
  const ok = await updatePlacement(placement, { ...patch, ...extra }, label);
  if (!ok) return ok;
  const who = performerName(placement.performerId);
  // The limb stretches towards an unreachable pin rather than the hand silently leaving its mark.
  if (unreached.length) {
    const limbs = unreached.map((b) => `${who}'s ${boneLabel(b)}`).join(' and ');
    showToast({ tone: 'info', message: `${limbs} can't reach ${unreached.length > 1 ? 'their pins' : 'its pin'} from here: the limb reaches as far as it can.` });
  }
  if (!feetOnFloor) showToast({ tone: 'info', message: `${who}'s feet can't reach the floor from this seat: they hang as low as they can.` });
  return ok;
}

export async function movePlacement(placement: Placement, position: Vec3, rotationY: number, label?: string): Promise<boolean> {
  const verb = rotationY !== placement.rotationY && position.every((v, i) => Math.abs(v - placement.position[i]!) < 1e-6) ? 'Turn' : 'Move';
  return sendPlaced(placement, placed(placement, position, rotationY, placement.pose), {}, label ?? `${verb} ${performerName(placement.performerId)}`);
}

export function applyPoseToPlacement(placement: Placement, pose: Pose, presetName: string): Promise<boolean> {
  // A new pose puts the hands and feet somewhere else: old pins would drag them back, so they go.
  const result = placed({ ...placement, pins: [] }, placement.position, placement.rotationY, pose);
  return sendPlaced(placement, result, { pins: [] }, `Apply pose ${presetName} to ${performerName(placement.performerId)}`);
}

export function mirrorPlacementPose(placement: Placement): Promise<boolean> {
  return updatePlacement(placement, { pose: mirrorPose(placement.pose), pins: [] }, `Mirror pose of ${performerName(placement.performerId)}`);
}

/**
 * A joint edit (rotation, reset, IK drag). When it changes what the body rests on (seated → standing,
 * say), the body is snapped again for the new support; otherwise only the pose changes.
 */
export function setPlacementPose(placement: Placement, pose: Pose, label: string, extra: Partial<PlacementFields> = {}): Promise<boolean> {
  const next = reclassified(placement.pose, pose);
  if (next.support === placement.pose.support) return updatePlacement(placement, { ...extra, pose: next }, label);
  return sendPlaced(placement, placed({ ...placement, ...extra }, placement.position, placement.rotationY, next), extra, label);
}

export function copyPlacementFrom(target: Placement, source: Placement, what: 'pose' | 'placement'): Promise<boolean> {
  const from = performerName(source.performerId);
  if (what === 'pose') {
    const result = placed({ ...target, pins: [] }, target.position, target.rotationY, source.pose);
    return sendPlaced(target, result, { pins: [] }, `Copy pose from ${from} to ${performerName(target.performerId)}`);
  }
  return updatePlacement(
    target,
    { position: source.position, rotationY: source.rotationY, pose: source.pose, hidden: source.hidden, pins: source.performerId === target.performerId ? source.pins : [] },
    `Copy placement from ${from} to ${performerName(target.performerId)}`,
  );
}

export function setHidden(placement: Placement, hidden: boolean): Promise<boolean> {
  return updatePlacement(placement, { hidden }, `${hidden ? 'Take' : 'Bring'} ${performerName(placement.performerId)} ${hidden ? 'off' : 'on'} stage`);
}

export function togglePin(placement: Placement, bone: EffectorBone): Promise<boolean> {
  const has = placement.pins.some((p) => p.bone === bone);
  const rig = mannequinRigs.get(placement.performerId);
  if (!has && !rig) return Promise.resolve(false);
  const pins = has
    ? placement.pins.filter((p) => p.bone !== bone)
    : [...placement.pins, { bone, target: roundVec(rig!.bones[bone].getWorldPosition(new Vector3()).toArray() as Vec3) }];
  return updatePlacement(placement, { pins }, `${has ? 'Unpin' : 'Pin'} ${performerName(placement.performerId)}'s ${boneLabel(bone)}`);
}


export async function savePosePreset(name: string, pose: Pose): Promise<boolean> {
  const result = await runCommand({ type: 'posePreset.save', name, pose });
  if (result) showToast({ tone: 'success', message: `Saved pose preset “${name}”` });
  return !!result;
}

/** A free spot for a new piece: the stage centre, or stepped aside until it overlaps nothing. */
function freeSpot(sceneId: string, type: SetPieceType): Vec3 {
  const pieces = getSetPiecesOfScene(sceneId);
  const [w, , d] = SET_PIECE_CATALOGUE[type].size;
  for (let ring = 0; ring < 12; ring++) {
    const x = ring === 0 ? 0 : (ring % 2 ? 1 : -1) * Math.ceil(ring / 2) * 1.2;
    const overlaps = pieces.some((p) => Math.abs(p.position[0] - x) < (p.size[0] + w) / 2 && Math.abs(p.position[2]) < (p.size[2] + d) / 2);
    if (!overlaps) return [Math.round(x * 100) / 100, 0, 0];
  }
  return [0, 0, 2];
}

export async function addSetPiece(sceneId: string, pieceType: SetPieceType, fields?: Partial<SetPieceFields>): Promise<string | null> {
  const before = doc().setPieces;
  const result = await runCommand({ type: 'setPiece.add', sceneId, pieceType, fields: { position: freeSpot(sceneId, pieceType), ...fields } });
  const id = createdIds(result, 'setPiece', before)[0] ?? null;
  if (id) selectSetPiece(id);
  return id;
}

export function updateSetPiece(id: string, patch: Partial<Omit<SetPieceFields, 'type'>>): Promise<unknown> {
  return runCommand({ type: 'setPiece.update', id, patch });
}

export async function addCamera(beatId: string, fields?: Partial<CameraFields>): Promise<string | null> {
  const before = doc().cameras;
  const result = await runCommand({ type: 'camera.add', beatId, ...(fields ? { fields } : {}) });
  const id = createdIds(result, 'camera', before)[0] ?? null;
  if (id) selectCamera(id, doc().cameras[id]?.name);
  return id;
}

/** Name, sensor and aspect change the camera in every beat; the rest its setup in `beatId`. */
export function updateCamera(id: string, beatId: string, patch: Partial<CameraFields>): Promise<unknown> {
  return runCommand({ type: 'camera.update', id, beatId, patch });
}

/** Moves the camera along its current line of sight until the performer fills the frame for the shot size. */
/** Moves a camera along its line of sight so the performer fills the frame at this shot size. */
export function frameCameraOn(cameraId: string, placement: Placement, shotSize: ShotSize): Promise<unknown> {
  const subject = bodyLandmarks(placement, heightOf(placement.performerId));
  return editCamera(cameraId, placement.beatId, (camera) => {
    // Aim at the performer first (keeping the height offset), so the line of sight passes through them.
    const framed = frameShot({ ...camera, target: subject.chest }, subject, shotSize);
    return { position: roundVec(framed.position), target: roundVec(framed.target), shotSize };
  });
}

export function deleteCommandFor(selection: { kind: 'setPiece' | 'camera'; id: string }): CommandInput {
  return selection.kind === 'setPiece' ? { type: 'setPiece.delete', id: selection.id } : { type: 'camera.delete', id: selection.id };
}

/** A second camera in the scene, used from this beat on: the copy sits 0.5 m to the side with the next letter. */
export async function duplicateCamera(camera: CameraSetup): Promise<string | null> {
  const existing = getAllCamerasOfBeat(camera.beatId);
  const letter = String.fromCharCode('A'.charCodeAt(0) + (existing.length % 26));
  const { id: _i, sceneId: _s, placementId: _p, beatId, ...fields } = camera;
  const shift = (v: Vec3): Vec3 => [v[0] + 0.5, v[1], v[2]];
  return addCamera(beatId, { ...fields, name: `${letter} cam`, position: shift(fields.position), target: shift(fields.target) });
}

// Field edits are built from the freshest stored record when their turn comes: typing X then Z quickly
// must not send Z with the X from before the first edit landed (a position is one [x, y, z] value).
let chain: Promise<unknown> = Promise.resolve();
function sequenced<T>(work: () => Promise<T>): Promise<T> {
  const run = chain.then(work, work);
  chain = run.catch(() => undefined);
  return run;
}

export function editPlacement(id: string, edit: (latest: Placement) => Promise<unknown>): Promise<unknown> {
  return sequenced(async () => {
    const latest = doc().placements[id];
    return latest ? edit(latest) : null;
  });
}

export function editSetPiece(id: string, patch: (latest: SetPiece) => Partial<Omit<SetPieceFields, 'type'>>): Promise<unknown> {
  return sequenced(async () => {
    const latest = doc().setPieces[id];
    return latest ? updateSetPiece(id, patch(latest)) : null;
  });
}

export function editCamera(id: string, beatId: string, patch: (latest: CameraSetup) => Partial<CameraFields>): Promise<unknown> {
  return sequenced(async () => {
    const latest = getAllCamerasOfBeat(beatId).find((c) => c.id === id);
    return latest ? updateCamera(id, beatId, patch(latest)) : null;
  });
}
