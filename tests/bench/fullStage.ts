import type { CommandInput } from '../../shared/commands';
import type { ApplyResult } from '../../shared/ipc/contract';

/** The record a command created. */
export const createdId = (r: ApplyResult, kind: string): string => r.changes.records.find((x) => x.kind === kind)!.id;

/**
 * The benchmarks' full stage, through the app's commands: six performers (1.60–1.85 m) cast in scene 1
 * "Full stage", a double bed, a sofa, a wall and a door, and a first beat.
 */
export async function fullStage(run: (c: CommandInput) => Promise<ApplyResult>): Promise<{ performers: string[]; scene: string; beat: string }> {
  const performers: string[] = [];
  for (let i = 0; i < 6; i++) performers.push(createdId(await run({ type: 'performer.create', fields: { name: `Performer ${i + 1}`, heightCm: 160 + i * 5 } }), 'performer'));
  const scene = createdId(await run({ type: 'scene.create', fields: { number: '1', title: 'Full stage' } }), 'scene');
  await run({ type: 'scene.update', id: scene, patch: { performerIds: performers } });
  for (const pieceType of ['doubleBed', 'sofa', 'wall', 'door'] as const) await run({ type: 'setPiece.add', sceneId: scene, pieceType, fields: { position: [performers.length * 0.3 - 2, 0, -2] } });
  const beat = createdId(await run({ type: 'beat.create', sceneId: scene }), 'beat');
  return { performers, scene, beat };
}
