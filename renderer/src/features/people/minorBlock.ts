import type { Performer } from '../../../../shared/domain/people';
import type { Scene } from '../../../../shared/domain/scene';
import { minorConflicts } from '../../../../shared/rules/minors';
import { FLAG_PHRASES, listing, sceneName } from '../../../../shared/rules/wording';

/**
 * Why `performer` cannot be marked as a minor right now — a scene they are in plans content that can never
 * be planned for a minor — or null. Main refuses the edit anyway (the hard block); this says so before the click.
 */
export function whyNotMinor(performer: Performer, scenes: readonly Scene[]): string | null {
  if (performer.isMinor) return null;
  const asMinor: Performer = { ...performer, isMinor: true };
  const blocked = scenes.flatMap((scene) => minorConflicts(scene, (id) => (id === performer.id ? asMinor : null)).map((c) => ({ scene, flags: c.flags })));
  const [first, ...more] = blocked;
  if (!first) return null;
  const what = listing(first.flags.map((f) => FLAG_PHRASES[f]));
  if (more.length === 0) return `In ${sceneName(first.scene)}, which plans ${what} — take them out of that scene or change its content first.`;
  const others = `${more.length} more scene${more.length > 1 ? 's' : ''}`;
  return `In ${sceneName(first.scene)}, which plans ${what}, and in ${others} — take them out of those scenes or change their content first.`;
}
