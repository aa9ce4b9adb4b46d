import { z } from 'zod';
import { BodyRegionId } from '../domain/bodyRegions';
import { ConsentChannel, ConsentOccasion, ConsentValue, RiderFields } from '../domain/consent';
import { PerformerId, SceneId } from '../domain/ids';
import { LIMITS } from '../domain/limits';
import { line, text } from '../domain/text';

const Recorded = { occasion: ConsentOccasion, recordedBy: line('Recorded by', LIMITS.name) };

/**
 * Record boundaries, one or many at once (a one-on-one fills a map in minutes). Each value that differs
 * from the one in force adds an entry; nothing is overwritten. `sceneId` null: for every scene.
 */
export const BoundarySet = z.strictObject({
  type: z.literal('boundary.set'),
  performerId: PerformerId,
  sceneId: SceneId.nullable(),
  entries: z
    .array(z.strictObject({ region: BodyRegionId, channel: ConsentChannel, value: ConsentValue.exclude(['unrecorded']), note: text('Boundary note', LIMITS.description).optional() }))
    .min(1, { error: 'Choose at least one region and channel' })
    .max(200),
  ...Recorded,
});

/** Save the performer's rider for a scene as a new version (the earlier versions stay). */
export const RiderSave = z.strictObject({ type: z.literal('rider.save'), performerId: PerformerId, sceneId: SceneId, fields: RiderFields, ...Recorded });

/**
 * A performer withdraws consent: one action, recorded at once. Every region and channel in scope that
 * was agreed or under discussion becomes "not agreed"; the rules then flag every beat it affects.
 */
export const ConsentWithdraw = z.strictObject({
  type: z.literal('consent.withdraw'),
  performerId: PerformerId,
  sceneId: SceneId.nullable(),
  /** The regions withdrawn; empty: every region. */
  regions: z.array(BodyRegionId).max(100),
  channels: z.array(ConsentChannel).min(1, { error: 'Choose at least one channel (show, be touched, touch a partner)' }).max(3),
  note: text('Withdrawal note', LIMITS.description),
  recordedBy: line('Recorded by', LIMITS.name),
});
