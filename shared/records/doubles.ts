import type { Doubling } from '../domain/doubling';
import type { Performer } from '../domain/people';
import { beatsOfScene, doublingsOfBeat, type DocRecords } from './query';

/**
 * Body doubles, read from the records (shared/domain/doubling.ts). The rules and the exposure check
 * ask here whose body — and so whose consent — is seen for a performer in a beat and a shot.
 */
type DoubleDoc = Pick<DocRecords, 'scenes' | 'beats' | 'performers' | 'cameras' | 'doublings'>;

/** The live doubles of a performer (performers whose `doublesFor` is them). */
export function doublesOf(doc: Pick<DocRecords, 'performers'>, performerId: string): Performer[] {
  return Object.values(doc.performers).filter((p) => p.doublesFor === performerId);
}

/** The doubling that has a double take the performer's place for the whole beat, or null. */
export function wholeBeatDoubling(doc: DoubleDoc, beatId: string, performerId: string): Doubling | null {
  return doublingsOfBeat(doc, beatId).find((d) => d.performerId === performerId && d.cameraId === null) ?? null;
}

/**
 * Whose body is seen for `performerId` in a beat through a camera: a double for that camera's shot,
 * else a double for the whole beat, else the performer. `cameraId` null: the beat as a whole (a shot
 * double does not count). Returns the person's id and the doubling that put them there.
 */
export function bodyOnCamera(doc: DoubleDoc, beatId: string, performerId: string, cameraId: string | null): { readonly personId: string; readonly doubling: Doubling | null } {
  const mine = doublingsOfBeat(doc, beatId).filter((d) => d.performerId === performerId);
  const doubling = (cameraId ? mine.find((d) => d.cameraId === cameraId) : undefined) ?? mine.find((d) => d.cameraId === null) ?? null;
  return { personId: doubling?.doubleId ?? performerId, doubling };
}

/** The people used as doubles anywhere in a scene. */
export function doublesUsedInScene(doc: DoubleDoc, sceneId: string): Performer[] {
  const ids = new Set(beatsOfScene(doc, sceneId).flatMap((b) => doublingsOfBeat(doc, b.id).map((d) => d.doubleId)));
  return [...ids].flatMap((id) => (doc.performers[id] ? [doc.performers[id]] : []));
}
