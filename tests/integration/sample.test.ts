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
  it('passes every check in scene 42, and each beat with touch has its contacts in words', () => {
    const doc = createSampleProduction(SAMPLE, join(tempDir(), 'sample.closedset'));
    const d = docRecordsFrom(doc.snapshot());
    const scene = Object.values(d.scenes).find((s) => s.number === '42')!;
    expect(runRules(d, [scene.id])).toEqual([]);
    const names = { performer: (id: string) => d.performers[id]?.character || d.performers[id]?.name || '?', setPiece: (id: string) => ({ label: d.setPieces[id]?.label ?? '?' }) };
    const words = beatsOfScene(d, scene.id).map((b) => contactsOfBeat(d, b.id).map((c) => contactSentence(c, names)));
    // Beat 1 is eye contact only; beat 6 holds the stillness.
    expect(words.map((w) => w.length)).toEqual([0, 1, 1, 4, 2, 0]);
    expect(words[2]![0]).toMatch(/^Ruth → Tom: closed-mouth kiss/);
    doc.close();
  });
});

describe('the sample’s second scene, 57 “Morning after”', () => {
  it('shows the 48-hour error for the rider that is deliberately not signed yet, and nothing else', () => {
    const doc = createSampleProduction(SAMPLE, join(tempDir(), 'sample.closedset'));
    const d = docRecordsFrom(doc.snapshot());
    const scene = Object.values(d.scenes).find((s) => s.number === '57')!;
    const findings = runRules(d, [scene.id]);
    expect(findings.map((f) => `${f.severity} ${f.code}`)).toEqual(['error rider.notice']);
    expect(findings[0]!.message).toBe('Maya Okafor has no signed nudity rider for scene 57 “Morning after”: nudity and simulated sex need a rider signed at least 48 hours before the call.');
    doc.close();
  });
});
