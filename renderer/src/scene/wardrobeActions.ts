import type { Vec3 } from '../../../shared/domain/blocking';
import { BODY_REGION_IDS, BODY_REGIONS, type BodyRegionId } from '../../../shared/domain/bodyRegions';
import type { z } from 'zod';
import type { Contact, ContactFields, ContactTarget } from '../../../shared/domain/contact';
import type { FittingStatus, GarmentType } from '../../../shared/domain/wardrobe';
import { regionPoints } from '../../../shared/body/regionPoints';
import { createdIds, runCommand } from '../store/actions';
import { useDocumentStore } from '../store/documentStore';
import { useUiStore } from '../store/uiStore';
import { performerName, updatePlacement } from './stageActions';

// Contacts, garments and barriers as commands: one edit, one command (main validates and keeps the undo history).
// Adding and editing a barrier is shared with the 3D view (barrierActions3d.ts).

const doc = () => useDocumentStore.getState();

/** Where a contact made from the list (not by clicking in 3D) sits on a region: the region's default anchor. */
export const anchorOf = (region: BodyRegionId): Vec3 => regionPoints(region).anchor;

/** What the last refused command said (runCommand shows it as an error toast too). */
function lastRefusal(): string {
  const toast = [...useUiStore.getState().toasts].reverse().find((t) => t.tone === 'error');
  return toast?.message ?? 'That change was not saved.';
}

export type Receiver = { readonly kind: 'performer'; readonly performerId: string; readonly region: BodyRegionId } | { readonly kind: 'self'; readonly region: BodyRegionId } | { readonly kind: 'setPiece'; readonly setPieceId: string };

/** A receiver with its anchor: a region's default point, or the middle of a set piece's top. */
export function targetOf(receiver: Receiver): z.input<typeof ContactTarget> {
  if (receiver.kind === 'setPiece') {
    const height = doc().setPieces[receiver.setPieceId]?.size[1] ?? 0;
    return { kind: 'setPiece', setPieceId: receiver.setPieceId, offset: [0, height, 0] };
  }
  if (receiver.kind === 'self') return { kind: 'self', region: receiver.region, offset: anchorOf(receiver.region) };
  return { kind: 'performer', performerId: receiver.performerId, region: receiver.region, offset: anchorOf(receiver.region) };
}

export async function addContact(beatId: string, initiator: { performerId: string; region: BodyRegionId }, receiver: Receiver, fields: Partial<Pick<ContactFields, 'type'>> = {}): Promise<string | null> {
  const before = doc().contacts;
  const result = await runCommand({
    type: 'contact.add',
    beatId: beatId,
    fields: { initiator: { performerId: initiator.performerId, region: initiator.region, offset: anchorOf(initiator.region) }, receiver: targetOf(receiver), ...fields },
  });
  return createdIds(result, 'contact', before)[0] ?? null;
}

/** One contact edit; resolves with main's message when it is refused, null when saved. */
export async function updateContact(id: string, patch: Partial<ContactFields>): Promise<string | null> {
  const result = await runCommand({ type: 'contact.update', id: id, patch });
  return result ? null : lastRefusal();
}

/** An edit computed from the stored contact when its turn comes (kiss fields are one value). */
export function editContact(id: string, patch: (latest: Contact) => Partial<ContactFields>): Promise<string | null> {
  return sequenced(() => {
    const latest = doc().contacts[id];
    return latest ? updateContact(id, patch(latest)) : Promise.resolve(null);
  });
}

export function deleteContact(id: string): Promise<unknown> {
  return runCommand({ type: 'contact.delete', id: id });
}

export function dressPerformer(beatId: string, performerId: string, garmentType: GarmentType): Promise<unknown> {
  return runCommand({ type: 'garment.add', beatId: beatId, performerId: performerId, garmentType });
}

export function removeGarment(id: string): Promise<unknown> {
  return runCommand({ type: 'garment.delete', id: id });
}

export function setFitting(performerId: string, garmentType: GarmentType, status: FittingStatus): Promise<unknown> {
  return runCommand({ type: 'garmentFitting.set', performerId: performerId, garmentType, status });
}

const labelOf = (region: BodyRegionId) => BODY_REGIONS[region].label;

/** Bares a region under the costume, or covers it again, in this beat (one placement command, from the stored list). */
export function setCostumeOff(placementId: string, region: BodyRegionId, bare: boolean): Promise<boolean> {
  return sequenced(async () => {
    const latest = doc().placements[placementId];
    if (!latest) return false;
    const set = new Set(latest.costumeOff);
    if (bare) set.add(region);
    else set.delete(region);
    const costumeOff = BODY_REGION_IDS.filter((r) => set.has(r));
    const who = performerName(latest.performerId);
    return updatePlacement(latest, { costumeOff }, bare ? `Costume leaves ${who}'s ${labelOf(region)} bare` : `Cover ${who}'s ${labelOf(region)}`);
  });
}

// Edits built from the stored record wait for the ones before them, so two quick edits of one
// [x, y, z] value (or one list) never send the same stale record twice.
let chain: Promise<unknown> = Promise.resolve();
function sequenced<T>(work: () => Promise<T>): Promise<T> {
  const run = chain.then(work, work);
  chain = run.catch(() => undefined);
  return run;
}

export function deleteBarrier(id: string): Promise<unknown> {
  return runCommand({ type: 'barrier.delete', id: id });
}

