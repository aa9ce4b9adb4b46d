import Database from 'better-sqlite3';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/main/ipc/dispatch';
import { ProductionDocument } from '../../electron/main/services/productionDocument';
import { issueVersion } from '../../electron/main/services/versions';
import { SIGNOFF_STATEMENTS, type DrawnSignature, type SceneVersion } from '../../shared/domain/versions';
import type { Envelope } from '../../shared/ipc/errors';
import type { VersionWriteResult } from '../../shared/ipc/contract';
import { docRecordsFrom } from '../../shared/records/query';
import { draftOf, sha256Hex, signoffStatus } from '../../shared/versions';
import { newSession } from '../support/session';
import { SAMPLE_PATH, useTempDir } from '../support/tempDir';

const tempDir = useTempDir();
const SCENE = 'sample-scene-42';
const MAYA = 'sample-performer-maya';
const SIGNATURE: DrawnSignature = { width: 600, height: 200, strokes: [[[10, 150], [60, 40], [120, 160], [200, 60]], [[250, 120], [300, 121]]] };

/** The sample production opened through a real Session, with the IPC dispatch a window goes through. */
function opened({ withSampleVersions = false } = {}) {
  const dir = tempDir();
  const { session, handlers } = newSession(dir);
  if (!withSampleVersions) {
    // The sample without its issued v1, so each test starts from a scene never issued.
    const sample = JSON.parse(readFileSync(SAMPLE_PATH, 'utf8')) as { versions?: unknown };
    delete sample.versions;
    const path = join(dir, 'sample-without-versions.json');
    writeFileSync(path, JSON.stringify(sample));
    (session.adapters as { samplePath: string }).samplePath = path;
  }
  session.openInitial();
  const call = async <T,>(channel: string, args: unknown): Promise<T> => {
    const result = (await dispatch(handlers, channel, args, () => {})) as Envelope<T>;
    if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
    return result.value;
  };
  const doc = () => session.requireDocument();
  const records = () => docRecordsFrom(doc().snapshot());
  const issue = (note = '', sceneId = SCENE) => call<VersionWriteResult>('version:issue', { sceneId, note, issuedBy: 'Sam Whitfield' }).then((r) => r.changes.records[0] as SceneVersion);
  const sign = (version: SceneVersion, over: Record<string, unknown> = {}) =>
    call<VersionWriteResult>('signoff:record', {
      versionId: version.id,
      versionHash: version.hash,
      role: 'performer',
      performerId: MAYA,
      crewId: null,
      typedName: 'Maya Okafor',
      signatureMethod: 'drawn',
      signature: SIGNATURE,
      statement: SIGNOFF_STATEMENTS.performer,
      ...over,
    });
  return { dir, session, call, doc, records, issue, sign };
}

describe('scene versions', () => {
  it('the sample production starts with scene 42’s v1 issued and signed by both performers and the coordinator, all current', () => {
    const { records } = opened({ withSampleVersions: true });
    const doc = records();
    const versions = Object.values(doc.sceneVersions);
    expect(versions.map((v) => [v.sceneId, v.number])).toEqual([[SCENE, 1]]);
    expect(versions[0]!.hash).toBe(draftOf(doc, SCENE).hash);
    const status = signoffStatus(doc, SCENE, draftOf(doc, SCENE).hash).map((s) => [s.typedName, s.role, s.state, s.signoff.signatureMethod]);
    expect(status).toEqual([
      ['Maya Okafor', 'performer', 'current', 'drawn'],
      ['Daniel Reyes', 'performer', 'current', 'drawn'],
      ['Sam Whitfield', 'coordinator', 'current', 'typed'],
    ]);
  });

  it('issues v1, v2… with the draft’s canonical JSON and its SHA-256, outside the undo history', async () => {
    const { issue, doc, records } = opened();
    const historyBefore = doc().engine.history();
    const draft = draftOf(records(), SCENE);
    const v1 = await issue('For the first rehearsal');
    expect(v1).toMatchObject({ number: 1, note: 'For the first rehearsal', hash: draft.hash, canonical: draft.canonical, issuedBy: 'Sam Whitfield' });
    expect(sha256Hex(v1.canonical)).toBe(v1.hash);
    const v2 = await issue('Same content, reissued');
    expect(v2.number).toBe(2);
    expect(v2.hash).toBe(v1.hash);
    expect(doc().engine.history()).toEqual(historyBefore);
    // Undo reaches the last edit, never a version.
    doc().engine.apply({ type: 'beat.update', id: 'sample-beat-2', patch: { counts: 12 } });
    doc().engine.undo();
    expect(records().sceneVersions[v2.id]).toBeDefined();
    expect(Object.keys(records().sceneVersions)).toHaveLength(2);
  });

  it('issues nothing for a deleted scene, and refuses an issue when the scene changed since the window looked', async () => {
    const { issue, doc, call, records } = opened();
    const seen = draftOf(records(), SCENE).hash;
    doc().engine.apply({ type: 'beat.update', id: 'sample-beat-2', patch: { counts: 12 } });
    await expect(call('version:issue', { sceneId: SCENE, note: '', issuedBy: '', expectedHash: seen })).rejects.toThrow(/changed while the version was being issued/);
    doc().engine.apply({ type: 'scene.delete', id: 'sample-scene-57' });
    await expect(issue('', 'sample-scene-57')).rejects.toThrow(/deleted.*nothing can be issued/);
    expect(Object.keys(records().sceneVersions)).toHaveLength(0);
  });
});

describe('sign-off', () => {
  it('records a performer’s drawn signature bound to the version hash; it is current until the scene changes', async () => {
    const { issue, sign, records, doc } = opened();
    const v1 = await issue();
    const signed = (await sign(v1)).changes.records[0]!;
    expect(signed).toMatchObject({ kind: 'signoff', versionId: v1.id, versionHash: v1.hash, versionNumber: 1, role: 'performer', performerId: MAYA, action: 'signed', signature: SIGNATURE });
    const status = () => signoffStatus(records(), SCENE, draftOf(records(), SCENE).hash).map((s) => [s.typedName, s.state]);
    expect(status()).toEqual([['Maya Okafor', 'current']]);
    doc().engine.apply({ type: 'beat.update', id: 'sample-beat-4', patch: { description: 'Embrace, both seated, arms at the upper back only.' } });
    expect(status()).toEqual([['Maya Okafor', 'outdated']]);
  });

  it('refuses what the rules refuse, each with a sentence, and writes nothing', async () => {
    const { issue, sign, records, doc, call } = opened();
    const v1 = await issue();
    await expect(sign(v1, { statement: 'I agree.' })).rejects.toThrow(/statement must be confirmed exactly/);
    await expect(sign(v1, { signature: null })).rejects.toThrow(/signature pad is empty/);
    await expect(sign(v1, { signature: { width: 600, height: 200, strokes: [] } })).rejects.toThrow(/pad is empty/);
    await expect(sign(v1, { signature: { width: 600, height: 200, strokes: [[[10, 10]]] } })).rejects.toThrow(/only dots/);
    await expect(sign(v1, { signature: { width: 600, height: 200, strokes: [[[10, 10], [900, 10]]] } })).rejects.toThrow(/outside the pad/);
    const huge = { width: 600, height: 200, strokes: Array.from({ length: 100 }, () => Array.from({ length: 100 }, (_, i) => [i, i])) };
    await expect(sign(v1, { signature: huge })).rejects.toThrow(/at most 6000 points/);
    await expect(sign(v1, { typedName: '   ' })).rejects.toThrow(/Typed name is required/);
    // Daniel is not in scene 57's cast.
    doc().engine.apply({ type: 'beat.update', id: 'sample-beat-57-1', patch: { counts: 8 } });
    const v57 = (await call<VersionWriteResult>('version:issue', { sceneId: 'sample-scene-57', note: '', issuedBy: '' })).changes.records[0] as SceneVersion;
    await expect(sign(v57, { performerId: 'sample-performer-daniel', typedName: 'Daniel Reyes' })).rejects.toThrow(/Daniel Reyes is not in the cast of scene 57/);
    // An earlier version, once v2 is issued.
    const v2 = await issue();
    await expect(sign(v1)).rejects.toThrow(/v1 of scene 42 “Ruth and Tom reconcile” can no longer be signed: v2 is current/);
    // A version that no longer describes the scene.
    doc().engine.apply({ type: 'beat.update', id: 'sample-beat-2', patch: { counts: 12 } });
    await expect(sign(v2)).rejects.toThrow(/has changed since v2 was issued/);
    expect(Object.keys(records().signoffs)).toHaveLength(0);
  });

  it('lets the coordinator sign by typed name, explicitly typed; once per version', async () => {
    const { issue, sign, records } = opened();
    const v1 = await issue();
    const coordinator = { role: 'coordinator', performerId: null, crewId: 'sample-crew-1', typedName: 'Sam Whitfield', signatureMethod: 'typed', signature: null, statement: SIGNOFF_STATEMENTS.coordinator };
    await expect(sign(v1, { ...coordinator, crewId: 'sample-crew-2' })).rejects.toThrow(/listed as Director, not Intimacy coordinator/);
    await sign(v1, coordinator);
    await expect(sign(v1, coordinator)).rejects.toThrow(/Sam Whitfield has already signed v1/);
    expect(Object.values(records().signoffs).map((s) => [s.typedName, s.signatureMethod])).toEqual([['Sam Whitfield', 'typed']]);
  });

  it('records a withdrawal as a new entry; consent withdrawn on set after signing also marks it withdrawn', async () => {
    const { issue, sign, records, call, doc } = opened();
    const v1 = await issue();
    await sign(v1);
    await sign(v1, { role: 'performer', performerId: 'sample-performer-daniel', typedName: 'Daniel Reyes' });
    const w = await call<VersionWriteResult>('signoff:withdraw', { sceneId: SCENE, role: 'performer', performerId: MAYA, crewId: null, typedName: 'Maya Okafor', note: 'Wants to talk first' });
    expect(w.changes.records[0]).toMatchObject({ action: 'withdrawn', versionId: v1.id, performerId: MAYA, note: 'Wants to talk first' });
    await expect(call('signoff:withdraw', { sceneId: SCENE, role: 'performer', performerId: MAYA, crewId: null, typedName: 'Maya Okafor', note: '' })).rejects.toThrow(/already withdrawn/);
    doc().engine.apply({ type: 'consent.withdraw', performerId: 'sample-performer-daniel', sceneId: SCENE, regions: [], channels: ['receive'], note: 'On set', recordedBy: 'Sam Whitfield' });
    const states = signoffStatus(records(), SCENE, draftOf(records(), SCENE).hash).map((s) => [s.typedName, s.state]);
    expect(states).toEqual([
      ['Maya Okafor', 'withdrawn'],
      ['Daniel Reyes', 'withdrawn'],
    ]);
    expect(Object.keys(records().signoffs)).toHaveLength(3);
  });
});

describe('append-only in the file', () => {
  it('the file’s triggers refuse to change or delete a version or a sign-off', async () => {
    const { issue, sign, doc, session } = opened();
    const v1 = await issue();
    await sign(v1);
    const path = doc().path;
    session.close();
    const db = new Database(path);
    expect(() => db.prepare("UPDATE scene_version SET note = 'edited'").run()).toThrow(/cannot be changed/);
    expect(() => db.prepare('DELETE FROM scene_version').run()).toThrow(/cannot be deleted/);
    expect(() => db.prepare("UPDATE signoff SET typed_name = 'Someone else'").run()).toThrow(/cannot be changed/);
    expect(() => db.prepare('DELETE FROM signoff').run()).toThrow(/cannot be deleted/);
    db.close();
  });

  it('Save a Copy As keeps every version and sign-off (without the undo history), and the copy still verifies', async () => {
    const { issue, sign, doc, dir } = opened();
    const v1 = await issue('v1 note');
    await sign(v1);
    doc().engine.apply({ type: 'beat.update', id: 'sample-beat-2', patch: { counts: 12 } });
    const v2 = await issue('v2 note');
    const copyPath = join(dir, 'copy.closedset');
    doc().saveCopyAs(copyPath);
    const copy = ProductionDocument.open(copyPath);
    const snap = copy.snapshot();
    expect(snap.sceneVersions.map((v) => [v.number, v.note, v.hash])).toEqual([
      [1, 'v1 note', v1.hash],
      [2, 'v2 note', v2.hash],
    ]);
    expect(snap.signoffs.map((s) => [s.typedName, s.versionNumber])).toEqual([['Maya Okafor', 1]]);
    for (const v of snap.sceneVersions) expect(sha256Hex(v.canonical)).toBe(v.hash);
    expect(draftOf(docRecordsFrom(snap), SCENE).hash).toBe(v2.hash);
    expect(copy.engine.history().canUndo).toBe(false);
    copy.close();
  });

  it('a format-7 production (written before versions existed) opens with its data and undo history, and takes versions', () => {
    const path = join(tempDir(), 'format-7.closedset');
    copyFileSync(join(import.meta.dirname, '../fixtures/format-7.closedset'), path);
    const doc = ProductionDocument.open(path);
    const snap = doc.snapshot();
    expect(snap.scenes.length).toBeGreaterThan(0);
    expect(snap.beats.length).toBeGreaterThan(0);
    expect(snap.sceneVersions).toEqual([]);
    expect(snap.signoffs).toEqual([]);
    const label = doc.engine.history().undoLabel;
    expect(label).not.toBeNull();
    const scene = snap.scenes.find((s) => s.performerIds.length > 0) ?? snap.scenes[0]!;
    const v1 = issueVersion(doc, { sceneId: scene.id, note: '', issuedBy: '' }).changes.records[0] as SceneVersion;
    expect(v1.number).toBe(1);
    // Its two edits still undo, and issuing did not become one of them.
    expect(doc.engine.history().undoLabel).toBe(label);
    expect(doc.engine.undo()).not.toBeNull();
    expect(doc.snapshot().sceneVersions).toHaveLength(1);
    doc.close();
  });
});
