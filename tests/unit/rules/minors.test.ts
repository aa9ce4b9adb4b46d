import { describe, expect, it } from 'vitest';
import { defaultPerformer, defaultScene } from '../../../shared/domain/defaults';
import type { Performer } from '../../../shared/domain/people';
import type { ContentFlag, Scene } from '../../../shared/domain/scene';
import { docRecordsFrom, type DocRecords } from '../../../shared/records/query';
import { RULES, runRules, type Finding } from '../../../shared/rules';
import { describeMinorConflict, MINOR_RULES, minorConflicts } from '../../../shared/rules/minors';

const t = '2027-01-10T09:00:00.000Z';
const stamps = { createdAt: t, updatedAt: t, deletedAt: null };

function performer(id: string, name: string, isMinor: boolean, deleted = false): Performer {
  return { kind: 'performer', id: id as Performer['id'], ...defaultPerformer(0), name, isMinor, ...stamps, deletedAt: deleted ? t : null };
}
function scene(fields: { flags?: ContentFlag[]; cast?: string[]; guardianNote?: string; title?: string; deleted?: boolean } = {}): Scene {
  return {
    kind: 'scene',
    id: 'scene-9' as Scene['id'],
    order: 0,
    ...defaultScene(8),
    title: fields.title ?? '',
    contentFlags: fields.flags ?? [],
    performerIds: (fields.cast ?? []) as Scene['performerIds'],
    guardianNote: fields.guardianNote ?? '',
    ...stamps,
    deletedAt: fields.deleted ? t : null,
  };
}

const jo = performer('jo', 'Jo Park', true);
const sam = performer('sam', 'Sam Lee', true);
const alex = performer('alex', 'Alex Doe', false);
const everyone = [jo, sam, alex];
const doc = (s: Scene, performers: Performer[] = everyone): DocRecords => docRecordsFrom({ scenes: [s], performers });

/** A finding as the tables spell it: code, who it is about, and the sentence. */
const brief = (f: Finding) => ({ code: f.code, severity: f.severity, who: f.subject?.id, beatId: f.beatId, message: f.message });

const JO_NUDITY =
  'Jo Park is marked as a minor and is in the cast of scene 9, which is flagged for nudity: nudity can never be planned for a minor. Remove the flag or take Jo Park out of the scene.';

const TABLE: { name: string; doc: DocRecords; expected: ReturnType<typeof brief>[] }[] = [
  { name: 'an adult in a scene with nudity and simulated sex', doc: doc(scene({ flags: ['nudity', 'simulatedSex'], cast: ['alex'] })), expected: [] },
  { name: 'a minor in a scene with no flags', doc: doc(scene({ cast: ['jo'] })), expected: [] },
  { name: 'a minor in a medical / morgue scene', doc: doc(scene({ flags: ['medical'], cast: ['jo'] })), expected: [] },
  {
    name: 'a minor in a scene with nudity',
    doc: doc(scene({ flags: ['nudity'], cast: ['alex', 'jo'] })),
    expected: [{ code: 'minor.nudity', severity: 'block', who: 'jo', beatId: null, message: JO_NUDITY }],
  },
  {
    name: 'a minor in a titled scene with simulated sex',
    doc: doc(scene({ flags: ['simulatedSex'], cast: ['jo'], title: 'Hotel room' })),
    expected: [
      {
        code: 'minor.simulated-sex',
        severity: 'block',
        who: 'jo',
        beatId: null,
        message:
          'Jo Park is marked as a minor and is in the cast of scene 9 “Hotel room”, which is flagged for simulated sex: simulated sex can never be planned for a minor. Remove the flag or take Jo Park out of the scene.',
      },
    ],
  },
  {
    name: 'two minors in a scene with nudity and simulated sex: one block per minor and flag, in cast order',
    doc: doc(scene({ flags: ['simulatedSex', 'nudity'], cast: ['sam', 'jo'] })),
    expected: [
      { code: 'minor.nudity', severity: 'block', who: 'sam', beatId: null, message: expect.stringMatching(/^Sam Lee is marked as a minor .* nudity can never be planned/) },
      { code: 'minor.nudity', severity: 'block', who: 'jo', beatId: null, message: JO_NUDITY },
      { code: 'minor.simulated-sex', severity: 'block', who: 'sam', beatId: null, message: expect.stringMatching(/^Sam Lee .*simulated sex can never be planned/) },
      { code: 'minor.simulated-sex', severity: 'block', who: 'jo', beatId: null, message: expect.stringMatching(/^Jo Park .*simulated sex can never be planned/) },
    ],
  },
  {
    name: 'a minor in a scene with a kiss and no guardian note',
    doc: doc(scene({ flags: ['kiss'], cast: ['jo'] })),
    expected: [
      {
        code: 'minor.intimate-content',
        severity: 'warning',
        who: 'jo',
        beatId: null,
        message: "Jo Park is marked as a minor and is in the cast of scene 9, which is flagged for a kiss: write in the scene's guardian / chaperone note who accompanies Jo Park on set.",
      },
    ],
  },
  {
    name: 'a minor in a scene with a kiss, sexual violence and sensual dance: one warning naming all three',
    doc: doc(scene({ flags: ['dance', 'kiss', 'sexualViolence'], cast: ['jo'] })),
    expected: [
      {
        code: 'minor.intimate-content',
        severity: 'warning',
        who: 'jo',
        beatId: null,
        message: expect.stringContaining('which is flagged for a kiss, sexual violence and sensual dance: write in'),
      },
    ],
  },
  { name: 'a minor in a scene with a kiss and a guardian note', doc: doc(scene({ flags: ['kiss'], cast: ['jo'], guardianNote: 'Mother on set; studio teacher at monitors.' })), expected: [] },
  { name: 'a guardian note of blanks does not count', doc: doc(scene({ flags: ['kiss'], cast: ['jo'], guardianNote: '   ' })), expected: [expect.objectContaining({ code: 'minor.intimate-content' })] },
  {
    name: 'nudity and a kiss with a minor: the block comes before the warning',
    doc: doc(scene({ flags: ['kiss', 'nudity'], cast: ['jo'] })),
    expected: [expect.objectContaining({ code: 'minor.nudity', severity: 'block' }), expect.objectContaining({ code: 'minor.intimate-content', severity: 'warning' })],
  },
  {
    name: 'a guardian note does not lift the hard block',
    doc: doc(scene({ flags: ['nudity'], cast: ['jo'], guardianNote: 'Father on set.' })),
    expected: [expect.objectContaining({ code: 'minor.nudity', severity: 'block' })],
  },
  { name: 'a deleted minor is no longer in the cast', doc: doc(scene({ flags: ['nudity'], cast: ['jo'] }), [performer('jo', 'Jo Park', true, true), alex]), expected: [] },
  { name: 'a deleted scene has no findings', doc: doc(scene({ flags: ['nudity'], cast: ['jo'], deleted: true })), expected: [] },
];

describe('the minors rules', () => {
  it.each(TABLE)('$name', ({ doc, expected }) => {
    expect(runRules(doc, ['scene-9'], MINOR_RULES).map(brief)).toEqual(expected);
  });

  it('checks each scene once, whatever the list of scenes says', () => {
    const d = doc(scene({ flags: ['nudity'], cast: ['jo'] }));
    expect(runRules(d, ['scene-9', 'scene-9', 'missing'], MINOR_RULES)).toHaveLength(1);
  });

  it('has one stable code per rule, and every finding carries its rule’s code and severity', () => {
    const codes = RULES.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toEqual(expect.arrayContaining(['minor.nudity', 'minor.simulated-sex', 'minor.intimate-content']));
    const d = doc(scene({ flags: ['nudity', 'simulatedSex', 'kiss', 'dance', 'sexualViolence'], cast: ['jo', 'sam', 'alex'] }));
    for (const rule of RULES) for (const f of rule.check(d, 'scene-9')) expect([f.code, f.severity]).toEqual([rule.code, rule.severity]);
  });
});

describe('minorConflicts (what the scene form checks before sending)', () => {
  it('lists the minors a scene’s forbidden flags concern, with the flags, in the wording of the rules', () => {
    const byId = (id: string) => everyone.find((p) => p.id === id) ?? null;
    const s = scene({ flags: ['kiss', 'nudity', 'simulatedSex'], cast: ['alex', 'jo'] });
    const conflicts = minorConflicts(s, byId);
    expect(conflicts.map((c) => [c.performer.name, c.flags])).toEqual([['Jo Park', ['nudity', 'simulatedSex']]]);
    expect(describeMinorConflict(conflicts[0]!, s)).toBe(
      'Jo Park is marked as a minor and is in the cast of scene 9, which is flagged for nudity and simulated sex: nudity and simulated sex can never be planned for a minor. Remove the flags or take Jo Park out of the scene.',
    );
    expect(minorConflicts(scene({ flags: ['kiss'], cast: ['jo'] }), byId)).toEqual([]);
  });
});
