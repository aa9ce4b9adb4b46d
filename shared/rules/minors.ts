import type { Performer } from '../domain/people';
import type { ContentFlag, Scene } from '../domain/scene';
import { castOfScene, type DocRecords } from '../records/query';
import type { Finding, Rule, Severity } from './types';
import { FLAG_PHRASES, listing, sceneName } from './wording';

/** Content that can never be planned for a performer marked as a minor (docs/domain.md: a hard block). */
export const FORBIDDEN_FOR_MINORS: readonly ContentFlag[] = ['nudity', 'simulatedSex'];

/** Content a minor may take part in only with a guardian or chaperone named in the scene's note. */
export const GUARDED_FOR_MINORS: readonly ContentFlag[] = ['kiss', 'sexualViolence', 'dance'];

/** "Jo Park is marked as a minor and is in the cast of scene 9, which is flagged for nudity" */
function minorInScene(performer: Pick<Performer, 'name'>, scene: Pick<Scene, 'number' | 'title'>, flags: readonly ContentFlag[]): string {
  return `${performer.name} is marked as a minor and is in the cast of ${sceneName(scene)}, which is flagged for ${listing(flags.map((f) => FLAG_PHRASES[f]))}`;
}

/**
 * A rule about the minors in a scene's cast: `flagsOf` gives the scene's flags the rule objects to
 * (none: no finding), `advice` finishes the sentence. One finding per minor, about the scene as a whole.
 */
function minorRule(
  code: string,
  severity: Severity,
  description: string,
  flagsOf: (scene: Scene) => readonly ContentFlag[],
  advice: (performer: Performer, flags: readonly ContentFlag[]) => string,
): Rule {
  return {
    code,
    severity,
    description,
    readsBeatRecords: [], // the scene's flags and cast only
    check(doc: DocRecords, sceneId: string): Finding[] {
      const scene = doc.scenes[sceneId];
      const flags = scene ? flagsOf(scene) : [];
      if (!scene || flags.length === 0) return [];
      return castOfScene(doc, sceneId)
        .filter((p) => p.isMinor)
        .map((p) => ({ code, severity, message: `${minorInScene(p, scene, flags)}: ${advice(p, flags)}`, sceneId, beatId: null, subject: { kind: 'performer', id: p.id } }));
    },
  };
}

const forbidden = (flag: ContentFlag) => (scene: Scene) => (scene.contentFlags.includes(flag) ? [flag] : []);
const hardBlock = (p: Performer, flags: readonly ContentFlag[]) =>
  `${listing(flags.map((f) => FLAG_PHRASES[f]))} can never be planned for a minor. Remove the ${flags.length > 1 ? 'flags' : 'flag'} or take ${p.name} out of the scene.`;

export const MINOR_NUDITY = minorRule('minor.nudity', 'block', 'No nudity can be planned for a performer marked as a minor.', forbidden('nudity'), hardBlock);
export const MINOR_SIMULATED_SEX = minorRule(
  'minor.simulated-sex',
  'block',
  'No simulated sex can be planned for a performer marked as a minor.',
  forbidden('simulatedSex'),
  hardBlock,
);

/** A kiss, sexual violence or sensual dance with a minor asks who accompanies them; the scene's guardian note answers. */
export const MINOR_INTIMATE_CONTENT = minorRule(
  'minor.intimate-content',
  'warning',
  'A kiss, sexual violence or sensual dance with a minor needs a guardian / chaperone note on the scene.',
  (scene) => (scene.guardianNote.trim() ? [] : GUARDED_FOR_MINORS.filter((f) => scene.contentFlags.includes(f))),
  (p) => `write in the scene's guardian / chaperone note who accompanies ${p.name} on set.`,
);

export const MINOR_RULES: readonly Rule[] = [MINOR_NUDITY, MINOR_SIMULATED_SEX, MINOR_INTIMATE_CONTENT];

export interface MinorConflict {
  readonly performer: Performer;
  readonly flags: readonly ContentFlag[];
}

/**
 * The minors in a scene whose content flags include content forbidden for minors: what the hard
 * block would refuse, for the UI to warn before a command is sent (main decides, with the rules above).
 */
export function minorConflicts(scene: Pick<Scene, 'contentFlags' | 'performerIds'>, performerById: (id: string) => Performer | null): MinorConflict[] {
  const flags = FORBIDDEN_FOR_MINORS.filter((f) => scene.contentFlags.includes(f));
  if (flags.length === 0) return [];
  return scene.performerIds.flatMap((id) => {
    const performer = performerById(id);
    return performer && performer.isMinor && !performer.deletedAt ? [{ performer, flags }] : [];
  });
}

/** The sentence for a conflict, worded as the hard block's findings are. */
export function describeMinorConflict(conflict: MinorConflict, scene: Pick<Scene, 'number'> & Partial<Pick<Scene, 'title'>>): string {
  return `${minorInScene(conflict.performer, { number: scene.number, title: scene.title ?? '' }, conflict.flags)}: ${hardBlock(conflict.performer, conflict.flags)}`;
}
