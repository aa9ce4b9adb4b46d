import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSampleProduction } from '../../electron/main/services/sample';
import { contactSentence } from '../../shared/body/contactSentence';
import { beatsOfScene, contactsOfBeat, docRecordsFrom } from '../../shared/records/query';
import { runRules } from '../../shared/rules';
import { useTempDir } from '../support/tempDir';

const tempDir = useTempDir();
const SAMPLE = join(import.meta.dirname, '../../resources/sample-production.json');

describe('the built-in sample production, The Quiet Hours', () => {
  it('passes every check, and each beat with touch has its contacts in words', () => {
    const doc = createSampleProduction(SAMPLE, join(tempDir(), 'sample.closedset'));
    const d = docRecordsFrom(doc.snapshot());
    expect(runRules(d, Object.keys(d.scenes))).toEqual([]);
    const scene = Object.values(d.scenes).find((s) => s.number === '42')!;
    const names = { performer: (id: string) => d.performers[id]?.character || d.performers[id]?.name || '?', setPiece: (id: string) => ({ label: d.setPieces[id]?.label ?? '?' }) };
    const words = beatsOfScene(d, scene.id).map((b) => contactsOfBeat(d, b.id).map((c) => contactSentence(c, names)));
    // Beat 1 is eye contact only; beat 6 holds the stillness.
    expect(words.map((w) => w.length)).toEqual([0, 1, 1, 4, 2, 0]);
    expect(words[2]![0]).toMatch(/^Ruth → Tom: closed-mouth kiss/);
    doc.close();
  });
});
