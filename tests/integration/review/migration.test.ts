import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProductionDocument } from '../../../electron/main/services/productionDocument';
import { useTempDir } from '../../support/tempDir';

const tempDir = useTempDir();

describe('0010 review comments and approvals', () => {
  it('upgrades the format-7 fixture: data and undo history intact, comments can be written and undone', () => {
    const path = join(tempDir(), 'format-7.closedset');
    copyFileSync(join(import.meta.dirname, '../../fixtures/format-7.closedset'), path);
    const doc = ProductionDocument.open(path);
    expect(existsSync(`${path}.format-7.bak`)).toBe(true);
    const before = doc.snapshot();
    expect(before.production.title).toBe('Format 7 fixture');
    expect(before.beats).toHaveLength(7);
    expect(before.comments).toEqual([]);
    expect(before.approvals).toEqual([]);
    // The two edits of the format-7 app are still in the undo history.
    expect(doc.engine.history().undoLabel).toBe('Edit beat');

    const scene = before.scenes[0]!;
    const beat = before.beats.find((b) => b.sceneId === scene.id)!;
    doc.engine.apply({ type: 'comment.add', sceneId: scene.id, beatId: beat.id, target: { kind: 'beat' }, parentId: null, authorName: 'Sam', body: 'Slower on counts 3–4.' });
    expect(doc.snapshot().comments.map((c) => [c.body, c.about.startsWith('Beat 1')])).toEqual([['Slower on counts 3–4.', true]]);
    doc.engine.undo();
    expect(doc.snapshot().comments).toEqual([]);
    // Then the format-7 edits undo as before.
    expect(doc.engine.undo()?.history.undoLabel).toBe('Edit production details');
    doc.close();
  });
});
