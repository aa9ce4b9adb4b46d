import { Vector3 } from 'three';
import type { Vec3 } from '../../../../shared/domain/blocking';
import { BODY_REGIONS, type BodyRegionId } from '../../../../shared/domain/bodyRegions';
import type { Contact } from '../../../../shared/domain/contact';
import { heightScale } from '../../../../shared/blocking';
import { setPieceObjects } from '../rigRegistry';
import { bodyRigs } from './bodyRigs';

/**
 * Where a point stored on a body (region + offset in the region's bone frame, reference-figure metres, as
 * shared/body/pick.ts gives it) is in the world as the mannequin is drawn now: it follows the bone through
 * every pose, playback included. False when the performer is not on stage.
 */
export function bodyPointWorld(performerId: string, region: BodyRegionId, offset: Vec3, out: Vector3): boolean {
  const rig = bodyRigs.get(performerId);
  if (!rig || !rig.root.visible) return false;
  const bone = rig.bones[BODY_REGIONS[region].bone];
  out.set(offset[0], offset[1], offset[2]).multiplyScalar(heightScale(rig.heightCm)).applyMatrix4(bone.matrixWorld);
  return true;
}

/** A point in a set piece's own frame (as a contact on it stores it) in the world. */
export function setPiecePointWorld(setPieceId: string, offset: Vec3, out: Vector3): boolean {
  const piece = setPieceObjects.get(setPieceId);
  if (!piece) return false;
  piece.updateWorldMatrix(true, false);
  out.set(offset[0], offset[1], offset[2]).applyMatrix4(piece.matrixWorld);
  return true;
}

/** Both ends of a contact in the world now; false when either end is not on stage. */
export function contactEnds(contact: Contact, from: Vector3, to: Vector3): boolean {
  const { initiator, receiver } = contact;
  if (!bodyPointWorld(initiator.performerId, initiator.region, initiator.offset, from)) return false;
  if (receiver.kind === 'setPiece') return setPiecePointWorld(receiver.setPieceId, receiver.offset, to);
  const who = receiver.kind === 'self' ? initiator.performerId : receiver.performerId;
  return bodyPointWorld(who, receiver.region, receiver.offset, to);
}

export const worldVec = (v: Vector3): Vec3 => [v.x, v.y, v.z];
