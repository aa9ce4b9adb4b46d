import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProductionDocument } from '../../../electron/main/services/productionDocument';
import { createSampleProduction } from '../../../electron/main/services/sample';
import { dispatch } from '../../../electron/main/ipc/dispatch';
import { beatsOfScene, docRecordsFrom } from '../../../shared/records/query';
import { newSession } from '../../support/session';
import { SAMPLE_PATH, sha256, useTempDir } from '../../support/tempDir';

const tempDir = useTempDir();
const SCENE_42 = 'sample-scene-42';

const ANA_CONTACT = 'Agent: Priya Nair, +44 20 7946 0188';
const ANA_RIDER_NOTE = 'Ana leaves by 18:00 on the shoot day (childcare).';
const ANA_BOUNDARY_NOTE = 'Scar on the lower back: keep it out of frame.';
const DOUBLING_NOTE = 'Ana’s fee agreed with her agent for beat 2 only.';

/**
 * The sample production (boundary notes, a rider, fittings, agents' phone numbers) open in a session, with
 * a body double for Maya (Ruth) — her own contact detail, rider note and boundary note — standing in for
 * the whole of beat 2 of scene 42, and its private text.
 */
function sampleSession() {
  const dir = tempDir();
  const production = join(dir, 'sample.closedset');
  createSampleProduction(SAMPLE_PATH, production).close();
  const { session, handlers } = newSession(dir);
  session.open(production);
  const doc = session.requireDocument();
  const maya = 'sample-performer-maya';
  const ana = doc.engine.apply({ type: 'performer.create', fields: { name: 'Ana Lima', contact: ANA_CONTACT, doublesFor: maya, heightCm: 168 } }).changes.records.find((r) => r.kind === 'performer')!;
  doc.engine.apply({ type: 'boundary.set', performerId: ana.id, sceneId: null, entries: [{ region: 'lowerBack', channel: 'show', value: 'notAgreed', note: ANA_BOUNDARY_NOTE }, { region: 'leftHand', channel: 'receive', value: 'agreed' }], occasion: 'oneOnOne', recordedBy: 'Sam Whitfield' });
  const riderFields = { nudityTypes: ['implied' as const], simulatedActs: '', bodyDouble: { allowed: false, who: '', approvedByPerformer: false, form: 'real' as const }, footageLimits: ANA_RIDER_NOTE, description: ANA_RIDER_NOTE, datePresented: '2026-11-01', dateSigned: '2026-11-02', presentAtSigning: 'Agent', negotiatedBy: '' };
  doc.engine.apply({ type: 'rider.save', performerId: ana.id, sceneId: SCENE_42, fields: riderFields, occasion: 'riderNegotiation', recordedBy: 'Sam Whitfield' });
  const beat2 = beatsOfScene(docRecordsFrom(doc.snapshot()), SCENE_42)[1]!;
  doc.engine.apply({ type: 'doubling.add', beatId: beat2.id, performerId: maya, doubleId: ana.id, cameraId: null, note: DOUBLING_NOTE });
  const snap = doc.snapshot();
  expect(snap.doublings).toHaveLength(1);
  const secrets = [
    ...snap.boundaries.map((b) => b.note),
    ...snap.riders.flatMap((r) => [r.description, r.footageLimits, r.simulatedActs, r.negotiatedBy, r.presentAtSigning]),
    ...snap.garmentFittings.map((f) => f.notes),
    ...snap.performers.map((p) => p.contact),
    ...snap.crew.map((c) => c.contact),
    ...snap.doublings.map((d) => d.note),
  ].filter((s) => s.trim().length > 8);
  expect(secrets).toEqual(expect.arrayContaining([ANA_CONTACT, ANA_RIDER_NOTE, ANA_BOUNDARY_NOTE, DOUBLING_NOTE]));
  return { dir, production, session, handlers, secrets, call: (channel: string, args: unknown) => dispatch(handlers, channel, args) };
}

/** Every text value of every row of every table of a SQLite file. */
function allText(path: string): string[] {
  const db = new Database(path, { readonly: true });
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
  const out = tables.flatMap((t) => (db.prepare(`SELECT * FROM "${t}"`).all() as Record<string, unknown>[]).flatMap((row) => Object.values(row).filter((v): v is string => typeof v === 'string')));
  db.close();
  return out;
}

describe('review copy', () => {
  it('holds the staging, staging lines and where a body double stands in, and none of the rider notes, boundary notes, fittings or contact details of the cast or the double (every table scanned)', async () => {
    const s = sampleSession();
    expect(s.secrets.length).toBeGreaterThan(6);
    for (const sceneId of [SCENE_42, null]) {
      const dest = join(s.dir, `review-${sceneId ?? 'all'}.closedset`);
      const result = await s.call('review:exportCopy', { path: dest, sceneId });
      expect(result).toMatchObject({ ok: true });
      const text = allText(dest);
      const everything = text.join('\n');
      for (const secret of s.secrets) expect(everything, secret).not.toContain(secret);
      const db = new Database(dest, { readonly: true });
      const count = (t: string) => db.prepare(`SELECT COUNT(*) FROM ${t}`).pluck().get();
      expect([count('boundary_entry'), count('rider_version'), count('garment_fitting'), count('history')]).toEqual([0, 0, 0, 0]);
      const beats = s.session.requireDocument().snapshot().beats;
      expect(count('beat')).toBe(sceneId ? beats.filter((b) => b.sceneId === sceneId).length : beats.length);
      expect(count('scene')).toBe(sceneId ? 1 : 2);
      const marker = JSON.parse(db.prepare('SELECT marker FROM review_copy').pluck().get() as string);
      db.close();
      expect(marker).toMatchObject({ productionId: s.session.requireDocument().snapshot().production.id, productionTitle: expect.any(String), sceneId, madeAt: expect.any(String) });
      // What staging needs of consent, in words: Maya (Ruth) may not be touched on some regions.
      const scene42 = marker.scenes.find((x: { sceneId: string }) => x.sceneId === SCENE_42);
      // The version and sign-off state travel in words (the sample's v1 is issued and signed; the body double
      // added since is a change of the staging, so the draft differs and Maya's sign-off is outdated).
      expect(scene42).toMatchObject({ version: { number: 1 }, matchesVersion: false });
      expect(scene42.signoffs).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Maya Okafor', role: 'performer', state: 'outdated' })]));
      expect(scene42.stagingHash).not.toBe(scene42.version.hash);
      const lines = scene42.stagingLines as string[];
      expect(lines.some((l) => /^Maya Okafor \(Ruth\): not to be touched on the /.test(l))).toBe(true);
      // Her rider for the scene, as staging needs it: the nudity types only (or that none is recorded).
      expect(lines.some((l) => /^Maya Okafor \(Ruth\): (nudity agreed in this scene: .+\.|no nudity agreed in this scene\.|no nudity rider recorded for this scene — plan no nudity\.)$/.test(l))).toBe(true);
      if (!sceneId) expect(marker.scenes.find((x: { sceneId: string }) => x.sceneId === 'sample-scene-57').stagingLines).toContain('Maya Okafor (Ruth): nudity agreed in this scene: implied nudity.');
      // The body double: who stands in for whom and where, and her own limits in the same words as the cast's.
      expect(lines).toEqual(expect.arrayContaining(['Ana Lima stands in as the body double for Maya Okafor (Ruth) in beat 2 (every camera).', 'Ana Lima (body double): not to be seen uncovered on camera: the lower back.', 'Ana Lima (body double): nudity agreed in this scene: implied nudity.']));
      const copy = ProductionDocument.open(dest);
      const inCopy = copy.snapshot();
      copy.close();
      expect(inCopy.doublings.map((d) => ({ performerId: d.performerId, beat: beatsOfScene(docRecordsFrom(inCopy), SCENE_42).findIndex((b) => b.id === d.beatId) + 1, cameraId: d.cameraId, note: d.note }))).toEqual([{ performerId: 'sample-performer-maya', beat: 2, cameraId: null, note: '' }]);
      expect(inCopy.performers.find((p) => p.name === 'Ana Lima')).toMatchObject({ doublesFor: 'sample-performer-maya', contact: '' });
    }
  });

  it('opens read-only: every change through the contract is refused with a clear message; reading and the director’s comment work', async () => {
    const s = sampleSession();
    const dest = join(s.dir, 'review.closedset');
    await s.call('review:exportCopy', { path: dest, sceneId: SCENE_42 });
    const opened = await s.call('document:open', { path: dest });
    expect(opened).toMatchObject({ ok: true, value: { info: { review: { sceneId: SCENE_42 } } } });
    const before = sha256(dest);
    const beatId = s.session.requireDocument().snapshot().beats[0]!.id;
    const forged: [string, unknown][] = [
      ['command:apply', { command: { type: 'beat.update', id: beatId, patch: { description: 'Changed by the director' } } }],
      ['command:apply', { command: { type: 'boundary.set', performerId: 'sample-performer-maya', sceneId: null, entries: [{ region: 'leftHand', channel: 'receive', value: 'agreed' }], occasion: 'other', recordedBy: 'x' } }],
      ['history:undo', {}],
      ['history:redo', {}],
      ['document:saveCopyAs', { path: join(s.dir, 'copy.closedset') }],
      ['review:exportCopy', { path: join(s.dir, 'again.closedset'), sceneId: null }],
      ['review:importComments', { path: join(s.dir, 'x.closedset-comments') }],
    ];
    for (const [channel, args] of forged) {
      const answer = await s.call(channel, args);
      expect(answer, channel).toEqual({ ok: false, error: { code: 'read-only', message: expect.stringMatching(/^This is a review copy of “.*”: nothing in it can be changed\./) } });
    }
    // A sheet or a signature is not an edit: the refusal says where they are made instead.
    for (const channel of ['signing:status', 'sheet:verify']) {
      const answer = await s.call(channel, channel === 'sheet:verify' ? { pdf: Buffer.from('%PDF-1.7').toString('base64') } : {});
      expect(answer, channel).toMatchObject({ ok: false, error: { code: 'read-only', message: expect.stringMatching(/sheets, rehearsal packets and signatures are made and verified from the production itself/) } });
    }
    expect(s.session.requireDocument().snapshot().beats[0]!.description).not.toBe('Changed by the director');
    expect(await s.call('document:load', {})).toMatchObject({ ok: true });
    // The director's own layer: a comment is written, outside the copy's integrity hash.
    const comment = await s.call('review:comment', { command: { type: 'comment.add', sceneId: SCENE_42, beatId, target: { kind: 'point', position: [0.2, 1, 0] }, parentId: null, authorName: 'Lena Hartmann', body: 'Can we see Ruth’s face on count 3?' } });
    expect(comment).toMatchObject({ ok: true, value: { records: [{ kind: 'comment', authorRole: 'director', authorName: 'Lena Hartmann' }] } });
    s.session.close();
    expect(sha256(dest)).not.toBe(before);
    // It still opens: comments are not part of what the hash protects.
    expect(() => ProductionDocument.open(dest).close()).not.toThrow();
  });

  it('a changed review copy (a beat edited in SQLite) is refused clearly and left byte-identical', async () => {
    const s = sampleSession();
    const dest = join(s.dir, 'review.closedset');
    await s.call('review:exportCopy', { path: dest, sceneId: SCENE_42 });
    const db = new Database(dest);
    db.prepare("UPDATE beat SET description = 'Tampered' WHERE sort_order = 0").run();
    db.close();
    const bytes = readFileSync(dest);
    const answer = await s.call('document:open', { path: dest });
    expect(answer).toEqual({ ok: false, error: { code: 'file-tampered', message: expect.stringContaining('whose content has been changed since it was exported') } });
    expect(readFileSync(dest).equals(bytes)).toBe(true);
    // The production stays open, untouched.
    expect(s.session.requireDocument().path).toBe(s.production);
  });

  it('a review copy from a newer review format is refused as newer', async () => {
    const s = sampleSession();
    const dest = join(s.dir, 'review.closedset');
    await s.call('review:exportCopy', { path: dest, sceneId: SCENE_42 });
    const db = new Database(dest);
    db.prepare("UPDATE review_copy SET marker = json_set(marker, '$.format', 2)").run();
    db.close();
    const bytes = readFileSync(dest);
    expect(await s.call('document:open', { path: dest })).toEqual({ ok: false, error: { code: 'file-newer', message: expect.stringContaining('newer version of Closed Set') } });
    expect(readFileSync(dest).equals(bytes)).toBe(true);
  });
});
