import { z } from 'zod';
import { CrewId, PerformerId } from './ids';
import { LIMITS } from './limits';
import { line, requiredLine, Timestamp } from './text';

export const HexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: 'Colours are written #RRGGBB' });

/** Performer heights are in centimetres; the bounds cover children to very tall adults. */
export const HeightCm = z
  .number({ error: 'Height must be a number of centimetres' })
  .min(50, { error: 'Height must be at least 50 cm' })
  .max(250, { error: 'Height must be at most 250 cm' });

export const PerformerFields = z.object({
  name: requiredLine('Performer name', LIMITS.name),
  pronouns: line('Pronouns', 40),
  character: line('Character', LIMITS.name),
  heightCm: HeightCm,
  /** A minor can never have nudity or simulated sex planned (docs/domain.md: a hard block). */
  isMinor: z.boolean(),
  contact: line('Contact', LIMITS.contact),
  /** Label colour of the performer's mannequin and markers. */
  color: HexColor,
  /**
   * The performer this person is a body double for (null: not a double). A double is a performer with
   * their own boundaries and riders; where they stand in is a `doubling` (shared/domain/doubling.ts).
   */
  doublesFor: PerformerId.nullable(),
});
export type PerformerFields = z.infer<typeof PerformerFields>;

export const Performer = PerformerFields.extend({
  kind: z.literal('performer'),
  id: PerformerId,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  deletedAt: Timestamp.nullable(),
});
export type Performer = z.infer<typeof Performer>;

export const CREW_ROLES = ['coordinator', 'director', 'producer', 'firstAD', 'camera', 'other'] as const;
export const CrewRole = z.enum(CREW_ROLES);
export type CrewRole = z.infer<typeof CrewRole>;
export const CREW_ROLE_LABELS: Record<CrewRole, string> = {
  coordinator: 'Intimacy coordinator',
  director: 'Director',
  producer: 'Producer',
  firstAD: '1st AD',
  camera: 'Camera',
  other: 'Other',
};

export const CrewFields = z.object({
  name: requiredLine('Crew name', LIMITS.name),
  role: CrewRole,
  contact: line('Contact', LIMITS.contact),
});
export type CrewFields = z.infer<typeof CrewFields>;

export const Crew = CrewFields.extend({
  kind: z.literal('crew'),
  id: CrewId,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  deletedAt: Timestamp.nullable(),
});
export type Crew = z.infer<typeof Crew>;

/** Distinct, colour-blind-friendlier label colours handed to new performers in turn. */
export const PERFORMER_COLORS = ['#d9822b', '#2b8cd9', '#3fae6a', '#b04fc9', '#d94b4b', '#c9b32b'] as const;
