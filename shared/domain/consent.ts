import { z } from 'zod';
import { BodyRegionId } from './bodyRegions';
import { BoundaryId, PerformerId, RiderAttachmentId, RiderId, SceneId } from './ids';
import { LIMITS } from './limits';
import { IsoDate, line, text, Timestamp } from './text';

/**
 * Consent, per performer (docs/domain.md): boundaries per body region in three channels, and a nudity
 * rider per scene. Both are **append-only**: a change adds an entry, the current value is the latest,
 * and nothing is ever edited or deleted — undoing a consent edit adds an entry too.
 */

/** show: seen uncovered on camera; receive: may be touched there; give: will touch a partner there. */
export const CONSENT_CHANNELS = ['show', 'receive', 'give'] as const;
export const ConsentChannel = z.enum(CONSENT_CHANNELS);
export type ConsentChannel = z.infer<typeof ConsentChannel>;
export const CONSENT_CHANNEL_LABELS: Record<ConsentChannel, string> = { show: 'Show on camera', receive: 'Be touched', give: 'Touch a partner' };

/** `unrecorded`: nothing agreed yet (also what undoing a first entry records). On a sheet, only `agreed` is agreed. */
export const CONSENT_VALUES = ['agreed', 'notAgreed', 'discuss', 'unrecorded'] as const;
export const ConsentValue = z.enum(CONSENT_VALUES);
export type ConsentValue = z.infer<typeof ConsentValue>;
export const CONSENT_VALUE_LABELS: Record<ConsentValue, string> = { agreed: 'Agreed', notAgreed: 'Not agreed', discuss: 'Needs discussion', unrecorded: 'Not recorded' };

/** Where a change was made or heard. `undo`: an earlier entry taken back in the app. */
export const CONSENT_OCCASIONS = ['oneOnOne', 'rehearsalCheckIn', 'onSetWithdrawal', 'riderNegotiation', 'undo', 'other'] as const;
export const ConsentOccasion = z.enum(CONSENT_OCCASIONS);
export type ConsentOccasion = z.infer<typeof ConsentOccasion>;
export const CONSENT_OCCASION_LABELS: Record<ConsentOccasion, string> = {
  oneOnOne: 'One-on-one meeting',
  rehearsalCheckIn: 'Rehearsal check-in',
  onSetWithdrawal: 'On-set withdrawal',
  riderNegotiation: 'Rider negotiation',
  undo: 'Taken back in Closed Set (undo)',
  other: 'Other',
};

/** One boundary decision: a performer, a region, a channel, a value; for every scene or one scene only. */
export const BoundaryEntry = z.object({
  kind: z.literal('boundary'),
  id: BoundaryId,
  performerId: PerformerId,
  /** null: the performer's standing boundary; a scene: an override for that scene only. */
  sceneId: SceneId.nullable(),
  region: BodyRegionId,
  channel: ConsentChannel,
  value: ConsentValue,
  /** The value in force just before this entry (what undoing it restores). */
  previousValue: ConsentValue,
  note: text('Boundary note', LIMITS.description),
  occasion: ConsentOccasion,
  /** Who recorded it (the coordinator's name as typed). */
  recordedBy: line('Recorded by', LIMITS.name),
  recordedAt: Timestamp,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  deletedAt: Timestamp.nullable(),
});
export type BoundaryEntry = z.infer<typeof BoundaryEntry>;

/** The nudity types a rider can agree to (docs/domain.md); partial nudity counts by type. Stable ids. */
export const NUDITY_TYPES = ['none', 'implied', 'silhouette', 'undergarments', 'topless', 'side', 'rear', 'fullFrontal'] as const;
export const NudityType = z.enum(NUDITY_TYPES);
export type NudityType = z.infer<typeof NudityType>;
export const NUDITY_TYPE_LABELS: Readonly<Record<NudityType, string>> = {
  none: 'no nudity',
  implied: 'implied nudity',
  silhouette: 'silhouette',
  undergarments: 'undergarments / lingerie',
  topless: 'topless',
  side: 'side (excluding nipple)',
  rear: 'rear / backside',
  fullFrontal: 'full frontal',
};

export const BodyDouble = z.strictObject({
  allowed: z.boolean(),
  /** Who doubles (a name), when known. */
  who: line('Body double', LIMITS.name),
  approvedByPerformer: z.boolean(),
  form: z.enum(['real', 'digital']),
});
export type BodyDouble = z.infer<typeof BodyDouble>;

/** A version of a performer's nudity rider for a scene (a reference to the contract, not the contract). */
export const RiderFields = z
  .object({
    nudityTypes: z.array(NudityType).max(NUDITY_TYPES.length).refine((a) => new Set(a).size === a.length, { error: 'A nudity type is listed twice' }),
    /** Simulated acts agreed, in clinical wording, one per line. */
    simulatedActs: text('Simulated acts', LIMITS.description),
    bodyDouble: BodyDouble,
    /** Limits on the use of footage and stills ("not in trailers or promotion"). */
    footageLimits: text('Footage and stills limits', LIMITS.description),
    /** The scene as it will look in the final picture; the script pages. */
    description: text('Scene description in the rider', LIMITS.description),
    datePresented: IsoDate.nullable(),
    dateSigned: IsoDate.nullable(),
    presentAtSigning: line('Present at signing', LIMITS.name),
    negotiatedBy: line('Negotiated by', LIMITS.name),
  })
  .refine((r) => !r.dateSigned || !r.datePresented || r.dateSigned >= r.datePresented, {
    error: 'A rider cannot be signed before it was presented: check the dates.',
    path: ['dateSigned'],
  });
export type RiderFields = z.infer<typeof RiderFields>;

export const RiderVersion = z.object({
  kind: z.literal('rider'),
  id: RiderId,
  performerId: PerformerId,
  sceneId: SceneId,
  /** 1, 2, … per performer and scene; the latest is the rider in force. */
  version: z.number().int().min(1),
  ...RiderFields.shape,
  occasion: ConsentOccasion,
  recordedBy: line('Recorded by', LIMITS.name),
  recordedAt: Timestamp,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  deletedAt: Timestamp.nullable(),
});
export type RiderVersion = z.infer<typeof RiderVersion>;

/** The largest rider PDF kept in a production file (a signed rider of a few pages is well under 1 MB). */
export const RIDER_PDF_MAX_BYTES = 20 * 1024 * 1024;

/**
 * The signed rider as a file (PDF), kept in the production file and bound to one rider version. Like
 * the rider versions it is history: only ever added. The bytes live in their own table and are read only
 * when the coordinator saves a copy, so they never travel with the document to the window.
 */
export const RiderAttachment = z.object({
  kind: z.literal('riderAttachment'),
  id: RiderAttachmentId,
  performerId: PerformerId,
  sceneId: SceneId,
  riderId: RiderId,
  /** The file's name as it was attached (no folder). */
  fileName: line('File name', LIMITS.name),
  sizeBytes: z.number().int().min(1).max(RIDER_PDF_MAX_BYTES),
  /** SHA-256 of the bytes, hex: a saved copy can be matched to what was attached. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  recordedBy: line('Recorded by', LIMITS.name),
  recordedAt: Timestamp,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  deletedAt: Timestamp.nullable(),
});
export type RiderAttachment = z.infer<typeof RiderAttachment>;
