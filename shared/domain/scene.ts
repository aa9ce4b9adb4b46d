import { z } from 'zod';
import { CrewId, PerformerId, SceneId } from './ids';
import { LIMITS } from './limits';
import { ClockTime, IsoDate, line, requiredLine, text, Timestamp } from './text';

export const CONTENT_FLAGS = ['kiss', 'nudity', 'simulatedSex', 'sexualViolence', 'dance', 'medical'] as const;
export const ContentFlag = z.enum(CONTENT_FLAGS);
export type ContentFlag = z.infer<typeof ContentFlag>;
export const CONTENT_FLAG_LABELS: Record<ContentFlag, string> = {
  kiss: 'Kiss',
  nudity: 'Nudity',
  simulatedSex: 'Simulated sex',
  sexualViolence: 'Sexual violence',
  dance: 'Sensual dance',
  medical: 'Medical / morgue',
};

export const SCENE_STATUSES = ['breakdown', 'prep', 'shooting', 'post', 'wrapped'] as const;
export const SceneStatus = z.enum(SCENE_STATUSES);
export type SceneStatus = z.infer<typeof SceneStatus>;
export const SCENE_STATUS_LABELS: Record<SceneStatus, string> = {
  breakdown: 'Breakdown',
  prep: 'Prep',
  shooting: 'Shooting',
  post: 'Post',
  wrapped: 'Wrapped',
};

export const MIN_TEMPO_CPM = 10;
export const MAX_TEMPO_CPM = 240;

export const SceneFields = z.object({
  number: requiredLine('Scene number', 20),
  title: line('Scene title', LIMITS.name),
  scriptPages: line('Script pages', 40),
  setLocation: line('Set / location', LIMITS.name),
  shootDate: IsoDate.nullable(),
  callTime: ClockTime.nullable(),
  contentFlags: z.array(ContentFlag).max(CONTENT_FLAGS.length).refine((a) => new Set(a).size === a.length, {
    error: 'A content flag is listed twice',
  }),
  toneNotes: text('Tone notes', LIMITS.description),
  /** Who accompanies a minor in this scene (guardian, chaperone, studio teacher) and how. */
  guardianNote: text('Guardian / chaperone note', LIMITS.description),
  /** Closed set: the essential crew allowed in, by crew id. */
  closedSetCrewIds: z.array(CrewId).max(100).refine((a) => new Set(a).size === a.length, { error: 'A crew member is listed twice' }),
  /** Who may watch the monitors (video village), e.g. "Director and DP only; monitors covered". */
  monitorPolicy: line('Monitor policy', LIMITS.short),
  /** The word that stops the action at once ("Hold"), and its placeholder gesture (palm to palm). */
  pauseWord: line('Pause word', 40),
  pauseGesture: line('Pause gesture', LIMITS.short),
  /** Robes between takes and who brings them. */
  robes: line('Robes', LIMITS.short),
  /** When the coordinator checks in ("after every take", "after beats 3 and 5"). */
  checkInCadence: line('Check-in cadence', LIMITS.short),
  status: SceneStatus,
  /** Playback tempo of the scene's beats, counts per minute (beats carry their length in counts). */
  tempoCpm: z
    .number({ error: 'Tempo must be a number of counts per minute' })
    .int({ error: 'Tempo must be a whole number of counts per minute' })
    .min(MIN_TEMPO_CPM, { error: `Tempo must be at least ${MIN_TEMPO_CPM} counts per minute` })
    .max(MAX_TEMPO_CPM, { error: `Tempo must be at most ${MAX_TEMPO_CPM} counts per minute` }),
  /** The performers who appear in this scene, in billing order. */
  performerIds: z.array(PerformerId).max(50),
});
export type SceneFields = z.infer<typeof SceneFields>;

export const Scene = SceneFields.extend({
  kind: z.literal('scene'),
  id: SceneId,
  /** Position in the production's scene list (0-based, dense). */
  order: z.number().int().min(0),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  deletedAt: Timestamp.nullable(),
});
export type Scene = z.infer<typeof Scene>;
