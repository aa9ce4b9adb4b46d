import type { Vec3 } from '../../../shared/domain/blocking';
import { BODY_REGIONS, type BodyRegionId } from '../../../shared/domain/bodyRegions';
import type { z } from 'zod';
import type { ContactTarget, ContactType } from '../../../shared/domain/contact';
import { createdIds, runCommand } from '../store/actions';
import { useDocumentStore } from '../store/documentStore';
import { announce } from '../store/uiStore';
import { performerName } from './stageActions';
import { selectContact, setPendingContact, useStageStore, type PendingContactPoint } from './stageStore';

/** What a click in contact mode landed on: a region of a body, or a set piece (offset in its own frame). */
export type PickedTarget =
  | { readonly kind: 'body'; readonly performerId: string; readonly region: BodyRegionId; readonly offset: Vec3 }
  | { readonly kind: 'setPiece'; readonly setPieceId: string; readonly label: string; readonly offset: Vec3 };

/** A receiver as a command carries it (ids not yet branded). */
export type ContactTargetInput = z.input<typeof ContactTarget>;

const HANDS: readonly BodyRegionId[] = ['leftHand', 'rightHand'];

/**
 * The type a new contact starts as, from the two regions (the coordinator refines it in the panel):
 * lips on a body — a kiss; a hand on anything — a hand placement; anything else — a body press.
 */
export function guessContactType(initiator: BodyRegionId, receiver: Pick<ContactTargetInput, 'kind'>): ContactType {
  if (initiator === 'lips' && receiver.kind !== 'setPiece') return 'kiss';
  if (HANDS.includes(initiator)) return 'handRest';
  return 'bodyPress';
}

/** The receiver of a contact whose initiator is `from`, for what the second click landed on. */
export function receiverFor(from: PendingContactPoint, target: PickedTarget): ContactTargetInput {
  if (target.kind === 'setPiece') return { kind: 'setPiece', setPieceId: target.setPieceId, offset: target.offset };
  if (target.performerId === from.performerId) return { kind: 'self', region: target.region, offset: target.offset };
  return { kind: 'performer', performerId: target.performerId, region: target.region, offset: target.offset };
}

/**
 * A click in contact mode: the first on a body picks the initiator's region; the second picks what it
 * touches (a partner's region, a set piece, or the initiator's own body) and sends ONE `contact.add`; the
 * new contact is then selected so the Blocking panel shows its details. Returns the new contact's id.
 */
export async function contactClick(beatId: string, target: PickedTarget): Promise<string | null> {
  const pending = useStageStore.getState().pendingContact;
  if (!pending) {
    if (target.kind !== 'body') return null; // the initiator is always a performer
    setPendingContact({ performerId: target.performerId, region: target.region, offset: target.offset });
    announce(`Contact from ${performerName(target.performerId)}'s ${BODY_REGIONS[target.region].label}: now click what it touches.`);
    return null;
  }
  const receiver = receiverFor(pending, target);
  setPendingContact(null);
  const before = useDocumentStore.getState().contacts;
  const result = await runCommand({
    type: 'contact.add',
    beatId,
    fields: { initiator: pending, receiver, type: guessContactType(pending.region, receiver) },
  });
  const id = createdIds(result, 'contact', before)[0] ?? null;
  if (id) {
    selectContact(id);
    announce('Contact added. Its details are in the Blocking panel.');
  }
  return id;
}

/** "Tom · left shoulder blade", "Bed": what the pointer is on, as the hover label names it. */
export function targetLabel(target: PickedTarget): string {
  return target.kind === 'body' ? `${performerName(target.performerId)} · ${BODY_REGIONS[target.region].label}` : target.label;
}
