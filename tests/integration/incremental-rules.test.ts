import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CommandInput } from '../../shared/commands';
import { anchorWorld } from '../../shared/body/pick';
import { BODY_REGION_IDS, BODY_REGIONS } from '../../shared/domain/bodyRegions';
import { CONTACT_TYPES } from '../../shared/domain/contact';
import type { ApplyResult } from '../../shared/ipc/contract';
import { GARMENT_TYPES } from '../../shared/domain/wardrobe';
import type { Finding } from '../../shared/rules';
import { runRules } from '../../shared/rules';
import { loadSceneScope } from '../../electron/main/commands/scope';
import { createSampleProduction } from '../../electron/main/services/sample';
import { useTempDir } from '../support/tempDir';

const SAMPLE = join(import.meta.dirname, '../../resources/sample-production.json');
const tempDir = useTempDir();

/** A small seeded generator (mulberry32), so a failing sequence can be replayed from its seed. */
function random(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  return { next, pick };
}

/**
 * The engine re-runs only the rules and beats a command can have changed (shared/rules/recheck.ts, each
 * scene-level rule's `readsBeatRecords`). What the coordinator sees must still be exactly a full check: the
 * Checks panel keeps each scene's findings from the last command that checked it, so after every step of a
 * long random session on the sample production, every scene's held findings equal a full check of the file.
 */
describe('incremental rules on the sample production', () => {
  for (const seed of [1, 2, 3]) {
    it(`a random session of edits, undos and redos (seed ${seed}) keeps every scene's findings exact`, () => {
      const doc = createSampleProduction(SAMPLE, join(tempDir(), `sample-${seed}.closedset`));
      const { next, pick } = random(seed);
      // Someone with no boundary map yet in both casts, and a body double for Maya with no rider: the
      // scene-level rules about maps and riders have something to find as contacts, costumes and doublings change.
      const created = (r: ApplyResult) => r.changes.records.find((x) => x.kind === 'performer')!.id;
      const sam = created(doc.engine.apply({ type: 'performer.create', fields: { name: 'Sam Lee' } }));
      const ana = created(doc.engine.apply({ type: 'performer.create', fields: { name: 'Ana Cruz', doublesFor: 'sample-performer-maya' } }));
      for (const scene of doc.snapshot().scenes) doc.engine.apply({ type: 'scene.update', id: scene.id, patch: { performerIds: [...scene.performerIds, sam] } });
      const fullCheck = (sceneId: string) => runRules(loadSceneScope(doc.engine.repo, sceneId), [sceneId]);
      const codes = new Set<string>();
      const held = new Map<string, readonly Finding[]>();
      for (const s of doc.snapshot().scenes) held.set(s.id, fullCheck(s.id));
      const take = (result: ApplyResult | null) => {
        for (const id of result?.checkedScenes ?? []) held.set(id, result!.findings.filter((f) => f.sceneId === id));
      };

      const edit = (): CommandInput => {
        const s = doc.snapshot();
        const beat = pick(s.beats.filter((b) => !b.deletedAt));
        const inBeat = <T extends { beatId: string; deletedAt: string | null }>(list: readonly T[]) => list.filter((r) => r.beatId === beat.id && !r.deletedAt);
        const cast = s.scenes.find((x) => x.id === beat.sceneId)!.performerIds;
        const placement = pick(inBeat(s.placements));
        const contact = inBeat(s.contacts)[0];
        const garment = inBeat(s.garments)[0];
        const doubling = inBeat(s.doublings)[0];
        const camera = inBeat(s.cameraPlacements)[0];
        const maya = cast.find((id) => id === 'sample-performer-maya');
        // Sam is never in a contact: whether Sam's missing map counts depends on being uncovered alone.
        const who = pick(cast.filter((id) => id !== sam));
        const other = pick(cast.filter((id) => id !== sam));
        const edits: (() => CommandInput)[] = [
          () => ({ type: 'garment.add', beatId: beat.id, performerId: sam, garmentType: 'robe' }),
          () => ({ type: 'beat.update', id: beat.id, patch: { checkInAfter: !beat.checkInAfter } }),
          () => ({ type: 'beat.update', id: beat.id, patch: { description: `Edited ${next().toFixed(3)}` } }),
          () => ({ type: 'beat.update', id: beat.id, patch: { counts: pick([2, 4, 8, 16]) } }),
          () => ({ type: 'placement.update', id: placement.id, patch: { hidden: !placement.hidden } }),
          () => ({ type: 'placement.update', id: placement.id, patch: { costumeOff: next() < 0.5 ? [] : [pick(BODY_REGION_IDS), pick(BODY_REGION_IDS)].filter((r, i, a) => a.indexOf(r) === i) } }),
          () => ({ type: 'placement.update', id: placement.id, patch: { position: [next() * 2 - 1, 0, next() * 2 - 1], rotationY: Math.floor(next() * 360) } }),
          () => ({
            type: 'contact.add',
            beatId: beat.id,
            fields: { type: pick(CONTACT_TYPES), initiator: { performerId: who, region: pick(BODY_REGION_IDS), offset: [0, 0, 0] }, receiver: { kind: 'performer', performerId: other, region: pick(BODY_REGION_IDS), offset: [0, 0, 0] } },
          }),
          () => (contact ? { type: 'contact.update', id: contact.id, patch: { type: pick(CONTACT_TYPES) } } : { type: 'beat.update', id: beat.id, patch: { checkInAfter: true } }),
          () => (contact ? { type: 'contact.delete', id: contact.id } : { type: 'beat.update', id: beat.id, patch: { counts: 8 } }),
          () => ({ type: 'garment.add', beatId: beat.id, performerId: pick(cast), garmentType: next() < 0.5 ? 'robe' : pick(GARMENT_TYPES) }), // a robe covers everything
          () => (garment ? { type: 'garment.delete', id: garment.id } : { type: 'beat.update', id: beat.id, patch: { notes: 'Slow.' } }),
          () => ({ type: 'beat.move', id: beat.id, toIndex: 0 }),
          () => (camera ? { type: 'camera.update', id: camera.cameraId, beatId: beat.id, patch: { focalLengthMm: pick([24, 40, 85, 135]) } } : { type: 'beat.update', id: beat.id, patch: { counts: 8 } }),
          () => (camera ? { type: 'camera.update', id: camera.cameraId, beatId: beat.id, patch: { hidden: !camera.hidden } } : { type: 'beat.update', id: beat.id, patch: { counts: 4 } }),
          () => (maya ? { type: 'doubling.add', beatId: beat.id, performerId: maya, doubleId: ana, cameraId: null } : { type: 'beat.update', id: beat.id, patch: { counts: 4 } }),
          () => (doubling ? { type: 'doubling.delete', id: doubling.id } : { type: 'beat.update', id: beat.id, patch: { counts: 8 } }),
        ];
        return pick(edits)();
      };

      let applied = 0;
      for (let step = 0; step < 150; step++) {
        const roll = next();
        let result: ApplyResult | null;
        if (roll < 0.15) result = doc.engine.undo();
        else if (roll < 0.25) result = doc.engine.redo();
        else {
          try {
            result = doc.engine.apply(edit());
            applied++;
          } catch {
            continue; // refused by a rule or a field check: nothing changed
          }
        }
        take(result);
        for (const [sceneId, findings] of held) {
          expect(findings, `step ${step}, scene ${sceneId}`).toEqual(fullCheck(sceneId));
          for (const f of findings) codes.add(f.code);
        }
      }
      expect(applied).toBeGreaterThan(80);
      // The session met the scene-level rules that read beats' records, not only the per-beat ones.
      expect([...codes]).toEqual(expect.arrayContaining(['checkin.new-contact-type', 'consent.no-boundary-map', 'rider.notice']));
      doc.close();
    });
  }

  it('moving a performer so a genital contact leaves its barrier is refused, though only the geometry changed', () => {
    const doc = createSampleProduction(SAMPLE, join(tempDir(), 'barrier.closedset'));
    const s = doc.snapshot();
    const scene = s.scenes.find((x) => x.number === '42')!;
    const beat = s.beats.filter((b) => b.sceneId === scene.id).sort((a, b) => a.order - b.order)[0]!;
    const [maya, daniel] = scene.performerIds.map((id) => s.performers.find((p) => p.id === id)!);
    const placementOf = (id: string) => doc.snapshot().placements.find((p) => p.beatId === beat.id && p.performerId === id)!;
    // A foam pad at the point where the two groins meet (the midpoint of their anchors), then the contact.
    const [a, b] = [maya!, daniel!].map((p) => anchorWorld(placementOf(p.id), p.heightCm, BODY_REGIONS.groin.bone, [0, 0, 0]));
    const pad = doc.engine.apply({ type: 'barrier.add', beatId: beat.id, barrierType: 'foamPad' }).changes.records.find((r) => r.kind === 'barrier')!;
    doc.engine.apply({ type: 'barrier.update', id: pad.id, patch: { position: [(a![0] + b![0]) / 2, (a![1] + b![1]) / 2, (a![2] + b![2]) / 2] } });
    const groin = (id: string) => ({ performerId: id, region: 'groin' as const, offset: [0, 0, 0] as [number, number, number] });
    doc.engine.apply({ type: 'contact.add', beatId: beat.id, fields: { type: 'bodyPress', initiator: groin(maya!.id), receiver: { kind: 'performer', ...groin(daniel!.id) } } });
    const before = placementOf(maya!.id);
    expect(() => doc.engine.apply({ type: 'placement.update', id: before.id, patch: { position: [before.position[0] + 3, before.position[1], before.position[2]] } })).toThrow(/no barrier between them/);
    expect(placementOf(maya!.id).position).toEqual(before.position);
    doc.close();
  });
});
