import type { Performer } from '../domain/people';
import type { ContentFlag, Scene } from '../domain/scene';
import { CONTENT_FLAG_LABELS } from '../domain/scene';

/** Content that can never be planned for a performer marked as a minor (DOMAIN.md: a hard block). */
export const FORBIDDEN_FOR_MINORS: readonly ContentFlag[] = ['nudity', 'simulatedSex'];

export interface MinorConflict {
  readonly performer: Performer;
  readonly flags: readonly ContentFlag[];
}

/** The minors in a scene whose content flags include content forbidden for minors. */
export function minorConflicts(scene: Pick<Scene, 'contentFlags' | 'performerIds'>, performerById: (id: string) => Performer | null): MinorConflict[] {
  const flags = scene.contentFlags.filter((f) => FORBIDDEN_FOR_MINORS.includes(f));
  if (flags.length === 0) return [];
  return scene.performerIds.flatMap((id) => {
    const performer = performerById(id);
    return performer && performer.isMinor && !performer.deletedAt ? [{ performer, flags }] : [];
  });
}

/** The sentence shown when an edit would plan forbidden content for a minor. */
export function describeMinorConflict(conflict: MinorConflict, scene: Pick<Scene, 'number'>): string {
  const what = conflict.flags.map((f) => CONTENT_FLAG_LABELS[f].toLowerCase()).join(' and ');
  return (
    `${conflict.performer.name} is marked as a minor, and ${what} can never be planned for a minor. ` +
    `Scene ${scene.number} was not changed: remove the flag or take ${conflict.performer.name} out of the scene.`
  );
}
