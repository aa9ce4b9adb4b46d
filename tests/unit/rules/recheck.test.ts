import { describe, expect, it } from 'vitest';
import type { Beat } from '../../../shared/domain/beat';
import type { Placement } from '../../../shared/domain/blocking';
import { defaultPerformer, defaultScene, standingPose } from '../../../shared/domain/defaults';
import type { Performer } from '../../../shared/domain/people';
import type { Scene } from '../../../shared/domain/scene';
import { docRecordsFrom } from '../../../shared/records/query';
import { beatsToRecheck, checkScene, runRules, type TouchedRecord } from '../../../shared/rules';

const t = '2026-12-01T09:00:00.000Z';
const stamps = { createdAt: t, updatedAt: t, deletedAt: null };
const id = <T>(s: unknown) => s as T;
const ruth: Performer = { kind: 'performer', id: id('ruth'), ...defaultPerformer(0), name: 'Ruth', ...stamps };
const scene: Scene = { kind: 'scene', id: id('sc'), order: 0, ...defaultScene(1), performerIds: id(['ruth']), ...stamps };
const beat = (order: number): Beat => ({ kind: 'beat', id: id(`b${order}`), sceneId: scene.id, order, description: '', counts: 8, notes: '', checkInAfter: false, ...stamps });
const [b0, b1, b2] = [beat(0), beat(1), beat(2)];
const placement = (b: Beat): Placement => ({ kind: 'placement', id: id(`pl-${b.id}`), beatId: b.id, performerId: ruth.id, position: [0, 0, 0], rotationY: 0, pose: standingPose(), hidden: false, pins: [], costumeOff: [], ...stamps });
const doc = docRecordsFrom({ scenes: [scene], performers: [ruth], beats: [b0, b1, b2], placements: [b0, b1, b2].map(placement) });
const edit = <T extends TouchedRecord['before']>(before: T, after: T): TouchedRecord => ({ kind: (after ?? before)!.kind, before, after });

describe('beatsToRecheck: the beats a change can alter', () => {
  const cases: { name: string; changes: TouchedRecord[]; expected: 'all' | string[] }[] = [
    { name: 'a placement moved in beat 1: beat 1 and the move into beat 2', changes: [edit(placement(b1), { ...placement(b1), rotationY: 90 })], expected: ['b1', 'b2'] },
    { name: 'the last beat’s placement: that beat only', changes: [edit(placement(b2), { ...placement(b2), rotationY: 90 })], expected: ['b2'] },
    { name: 'a beat’s length in counts (contacts are checked against it)', changes: [edit(b0, { ...b0, counts: 4 })], expected: ['b0', 'b1'] },
    { name: 'a beat’s description and notes: no per-beat rule reads them', changes: [edit(b0, { ...b0, description: 'Ruth sits.', notes: 'Slow.', updatedAt: '2026-12-02T09:00:00.000Z' })], expected: [] },
    { name: 'a beat moved (its number is in the sentences)', changes: [edit(b0, { ...b0, order: 2 })], expected: 'all' },
    { name: 'a beat added', changes: [edit(null, beat(3))], expected: 'all' },
    { name: 'the scene edited', changes: [edit(scene, { ...scene, title: 'Hallway' })], expected: 'all' },
    { name: 'a performer edited', changes: [edit(ruth, { ...ruth, name: 'Ruth O.' })], expected: 'all' },
    { name: 'a saved pose preset: nothing', changes: [{ kind: 'posePreset', before: null, after: { kind: 'posePreset', id: id('pp'), name: 'Lean', pose: standingPose(), ...stamps } }], expected: [] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const got = beatsToRecheck(c.changes, doc, scene.id);
      expect(got === 'all' ? 'all' : [...got].sort()).toEqual(c.expected);
    });
  }

  it('checkScene with nothing to re-check reuses the kept findings, in the full check’s order', () => {
    const full = checkScene(doc, scene.id);
    expect(checkScene(doc, scene.id, { previous: full.byBeat, recheck: new Set() }).findings).toEqual(runRules(doc, [scene.id]));
  });
});
