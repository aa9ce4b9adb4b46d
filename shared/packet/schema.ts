import { z } from 'zod';
import { FLOOR_PLAN_SCALES } from '../diagrams/floorPlanFrame';
import { PACKET_PAPERS, type PacketChoices } from './types';

const Id = z.string({ error: 'An id must be text' }).min(1, { error: 'An id is required' }).max(100, { error: 'An id is at most 100 characters' });

/** The export dialog's choices as they cross IPC: checked here, then against the production by the model. */
export const PacketChoicesSchema = z
  .object({
    sceneId: Id,
    audience: z.discriminatedUnion('kind', [z.object({ kind: z.literal('cast') }).strict(), z.object({ kind: z.literal('performer'), performerId: Id }).strict()], { error: 'The copy is for the full cast or for one performer' }),
    beatIds: z.array(Id).max(500, { error: "At most 500 beats" }).readonly().nullable(),
    cameraId: Id.nullable(),
    stills: z.boolean({ error: 'Stills are on or off' }),
    scale: z.union([z.literal('fit'), z.number().refine((n) => (FLOOR_PLAN_SCALES as readonly number[]).includes(n), { error: `The plan's scale is one of ${FLOOR_PLAN_SCALES.map((s) => `1:${s}`).join(', ')}, or the largest that fits` })]),
    paper: z.enum(PACKET_PAPERS, { error: 'The paper is A4 or US Letter' }),
  })
  .strict() satisfies z.ZodType<PacketChoices>;
