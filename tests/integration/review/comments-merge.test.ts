import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalHash } from '../../../shared/versions';
import { dispatch } from '../../../electron/main/ipc/dispatch';
import { createSampleProduction } from '../../../electron/main/services/sample';
import { commentTargetGone } from '../../../shared/review/about';
import { docRecordsFrom } from '../../../shared/records/query';
import { newSession } from '../../support/session';
import { SAMPLE_PATH, useTempDir } from '../../support/tempDir';

const tempDir = useTempDir();
const SCENE_42 = 'sample-scene-42';

/** The coordinator's production, a review copy of scene 42 with a director's comment and approval, and its comments file. */
async function reviewed() {
  const dir = tempDir();
  const production = join(dir, 'sample.closedset');
  createSampleProduction(SAMPLE_PATH, production).close();
  const { session, handlers } = newSession(dir);
  const call = async (channel: string, args: unknown) => {
    const answer = await dispatch(handlers, channel, args);
    if (!answer.ok) throw new Error(`${channel}: ${answer.error.message}`);
    return answer.value as never;
  };
  const refusal = async (channel: string, args: unknown) => dispatch(handlers, channel, args);
  session.open(production);
  const beat = session.requireDocument().snapshot().beats.find((b) => b.sceneId === SCENE_42 && b.order === 1)!;
  const review = join(dir, 'review.closedset');
  await call('review:exportCopy', { path: review, sceneId: SCENE_42 });
  await call('document:open', { path: review });
  const added: { records: { id: string }[] } = await call('review:comment', {
    command: { type: 'comment.add', sceneId: SCENE_42, beatId: beat.id, target: { kind: 'beat' }, parentId: null, authorName: 'Lena Hartmann', body: 'Hold the look two counts longer.' },
  });
  const commentId = added.records[0]!.id;
  await call('review:approve', { sceneId: SCENE_42, approverName: 'Lena Hartmann' });
  const commentsFile = join(dir, 'lena.closedset-comments');
  await call('review:exportComments', { path: commentsFile });
  return { dir, production, review, session, call, refusal, beat, commentId, commentsFile };
}

const statuses = (r: Awaited<ReturnType<typeof reviewed>>) => r.call('review:approvals', {}) as Promise<Record<string, string>>;

describe('importing the director’s comments', () => {
  it('merges comments and the approval; a second import changes nothing; a later change outdates the approval', async () => {
    const r = await reviewed();
    await r.call('document:open', { path: r.production });
    const first = await r.call('review:importComments', { path: r.commentsFile });
    expect(first).toMatchObject({ report: { added: 1, approvalsAdded: 1, alreadyImported: 0, duplicates: 0 } });
    const snap = () => r.session.requireDocument().snapshot();
    expect(snap().comments).toEqual([expect.objectContaining({ id: r.commentId, authorName: 'Lena Hartmann', authorRole: 'director', body: 'Hold the look two counts longer.', writtenAt: expect.any(String) })]);
    expect(Object.values(await statuses(r))).toEqual(['current']);
    // Bound to the version the director saw: the scene's v1, by its hash.
    const v1 = snap().sceneVersions.find((v) => v.sceneId === SCENE_42 && v.number === 1)!;
    expect(snap().approvals[0]).toMatchObject({ versionId: v1.id, versionHash: v1.hash, role: 'director', approverName: 'Lena Hartmann' });

    const again = await r.call('review:importComments', { path: r.commentsFile });
    expect(again).toMatchObject({ changes: { records: [] }, report: { added: 0, alreadyImported: 1, approvalsAdded: 0, approvalsAlreadyImported: 1 } });
    expect(snap().comments).toHaveLength(1);
    expect(snap().approvals).toHaveLength(1);

    await r.call('command:apply', { command: { type: 'beat.update', id: r.beat.id, patch: { counts: 12 } } });
    expect(Object.values(await statuses(r))).toEqual(['outdated']);
    // Taking the change back makes the approved staging current again.
    await r.call('history:undo', {});
    expect(Object.values(await statuses(r))).toEqual(['current']);
  });

  it('the same comment under another id is a duplicate; resolving stays the coordinator’s across imports', async () => {
    const r = await reviewed();
    await r.call('document:open', { path: r.production });
    const file = JSON.parse(readFileSync(r.commentsFile, 'utf8'));
    const { hash: _h, ...body } = file;
    body.comments = [...body.comments, { ...body.comments[0], id: 'another-id-same-comment' }];
    writeFileSync(r.commentsFile, JSON.stringify({ ...body, hash: canonicalHash(body).hash }));
    expect(await r.call('review:importComments', { path: r.commentsFile })).toMatchObject({ report: { added: 1, duplicates: 1 } });
    await r.call('command:apply', { command: { type: 'comment.resolve', id: r.commentId, resolved: true, by: 'Sam Whitfield' } });
    expect(await r.call('review:importComments', { path: r.commentsFile })).toMatchObject({ report: { added: 0, alreadyImported: 1, duplicates: 1 } });
    expect(r.session.requireDocument().snapshot().comments[0]).toMatchObject({ resolvedBy: 'Sam Whitfield' });
  });

  it('conflicting edits of the same comment: both texts kept, the newest shown, whichever file comes first', async () => {
    const r = await reviewed();
    const older = readFileSync(r.commentsFile, 'utf8');
    // The director edits the comment in the review copy after sending the first file, and sends a second.
    await r.call('review:comment', { command: { type: 'comment.edit', id: r.commentId, body: 'Hold the look three counts longer.' } });
    const newerPath = join(r.dir, 'lena-2.closedset-comments');
    await r.call('review:exportComments', { path: newerPath });
    await r.call('document:open', { path: r.production });
    const olderPath = join(r.dir, 'lena-1.closedset-comments');
    writeFileSync(olderPath, older);
    const texts = () => r.session.requireDocument().snapshot().comments.map((c) => [c.body, c.earlierTexts.map((t) => t.body)]);

    await r.call('review:importComments', { path: newerPath });
    expect(texts()).toEqual([['Hold the look three counts longer.', ['Hold the look two counts longer.']]]);
    // The older file afterwards changes nothing: its text is already kept as the earlier one.
    expect(await r.call('review:importComments', { path: olderPath })).toMatchObject({ report: { alreadyImported: 1, textsMerged: 0 } });
    expect(texts()).toEqual([['Hold the look three counts longer.', ['Hold the look two counts longer.']]]);

    // Two copies editing the same comment differently (a second review copy's file, forged with a valid hash): both kept.
    const other = JSON.parse(readFileSync(newerPath, 'utf8'));
    const { hash: _h, ...body } = other;
    body.comments = [{ ...body.comments[0], body: 'Hold it one count only.', editedAt: '2099-01-01T00:00:00.000Z', earlierTexts: [body.comments[0].earlierTexts[0]] }];
    const conflictPath = join(r.dir, 'conflict.closedset-comments');
    writeFileSync(conflictPath, JSON.stringify({ ...body, hash: canonicalHash(body).hash }));
    expect(await r.call('review:importComments', { path: conflictPath })).toMatchObject({ report: { textsMerged: 1 } });
    expect(texts()).toEqual([['Hold it one count only.', ['Hold the look two counts longer.', 'Hold the look three counts longer.']]]);
  });

  it('comments on a beat deleted since are kept and marked', async () => {
    const r = await reviewed();
    await r.call('document:open', { path: r.production });
    await r.call('command:apply', { command: { type: 'beat.delete', id: r.beat.id } });
    expect(await r.call('review:importComments', { path: r.commentsFile })).toMatchObject({ report: { added: 1, onDeleted: 1 } });
    const snap = r.session.requireDocument().snapshot();
    expect(snap.comments).toHaveLength(1);
    expect(commentTargetGone(docRecordsFrom(snap), snap.comments[0]!)).toBe('beat');
    expect(snap.comments[0]!.about).toMatch(/^Beat 2/);
  });

  it('refuses a file from another production, a newer format, a tampered or a foreign file, leaving the production byte-identical', async () => {
    const r = await reviewed();
    const file = JSON.parse(readFileSync(r.commentsFile, 'utf8'));
    const { hash: _h, ...body } = file;
    const write = (name: string, content: string) => {
      const path = join(r.dir, name);
      writeFileSync(path, content);
      return path;
    };
    const signed = (b: Record<string, unknown>) => JSON.stringify({ ...b, hash: canonicalHash(b).hash });
    const cases: [string, string, RegExp][] = [
      [write('other.closedset-comments', signed({ ...body, productionId: 'another-production', productionTitle: 'The Other Film' })), 'file-foreign', /review copy of “The Other Film”, another production/],
      [write('newer.closedset-comments', signed({ ...body, format: 2 })), 'file-newer', /newer version of Closed Set/],
      [write('tampered.closedset-comments', JSON.stringify({ ...file, comments: [{ ...file.comments[0], body: 'Something else' }] })), 'file-tampered', /has been changed since the director exported it/],
      [write('notes.closedset-comments', 'just some notes'), 'file-foreign', /is not a Closed Set comments file/],
      [write('other.json', '{"kind":"something"}'), 'file-foreign', /is not a Closed Set comments file/],
    ];
    await r.call('document:open', { path: r.production });
    r.session.close();
    const bytes = readFileSync(r.production);
    r.session.open(r.production);
    for (const [path, code, message] of cases) {
      const answer = await r.refusal('review:importComments', { path });
      expect(answer, path).toEqual({ ok: false, error: { code, message: expect.stringMatching(message) } });
      expect((answer as { error: { message: string } }).error.message).toMatch(/Nothing was imported; the production was not changed\.$/);
    }
    r.session.close();
    expect(readFileSync(r.production).equals(bytes)).toBe(true);
  });
});
