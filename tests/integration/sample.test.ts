import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { consentHistoryOf, hasBoundaryMap } from '../../shared/records/consentQuery';
import { createSampleProduction } from '../../electron/main/services/sample';
import { contactSentence } from '../../shared/body/contactSentence';
import { exposureOfBeat, inFrameOfBeat } from '../../shared/exposure';
import { beatsOfScene, camerasOfBeat, castOfScene, contactsOfBeat, docRecordsFrom } from '../../shared/records/query';
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
    // Issue 9's acceptance: boundary maps, riders and a history for both performers.
    for (const p of castOfScene(d, scene.id)) {
      expect(hasBoundaryMap(d, p.id), p.name).toBe(true);
      expect(Object.values(d.riders).some((r) => r.performerId === p.id), p.name).toBe(true);
      expect(consentHistoryOf(d, p.id).length, p.name).toBeGreaterThan(1);
    }
    const names = { performer: (id: string) => d.performers[id]?.character || d.performers[id]?.name || '?', setPiece: (id: string) => ({ label: d.setPieces[id]?.label ?? '?' }) };
    const words = beatsOfScene(d, scene.id).map((b) => contactsOfBeat(d, b.id).map((c) => contactSentence(c, names)));
    // Beat 1 is eye contact only; beat 6 holds the stillness.
    expect(words.map((w) => w.length)).toEqual([0, 1, 1, 4, 2, 0]);
    expect(words[2]![0]).toMatch(/^Ruth → Tom: closed-mouth kiss/);
    doc.close();
  });
});

describe('the sample’s second scene, 57 “Morning after”', () => {
  // Two deliberate findings: the rider not signed yet (48-hour notice), and beat 2 where A cam is still on
  // the 40 mm from beat 1 and films the bare sides of Maya's breasts, which she has not agreed to show
  // (the beat's notes say so). The 85 mm from the same place — the fix the notes name — clears it.
  it('shows the 48-hour error for the unsigned rider and the camera exposure in beat 2, and nothing else', () => {
    const doc = createSampleProduction(SAMPLE, join(tempDir(), 'sample.closedset'));
    const d = docRecordsFrom(doc.snapshot());
    const scene = Object.values(d.scenes).find((s) => s.number === '57')!;
    const findings = runRules(d, [scene.id]);
    expect(findings.map((f) => `${f.severity} ${f.code}`)).toEqual(['error rider.notice', 'error exposure.not-agreed', 'error exposure.beyond-rider']);
    expect(findings[0]!.message).toBe('Maya Okafor has no signed nudity rider for scene 57 “Morning after”: nudity and simulated sex need a rider signed at least 48 hours before the call.');
    expect(findings[1]!.message).toBe(
      'In beat 2 of scene 57 “Morning after”, A cam (40 mm) films Maya Okafor\'s left breast and right breast uncovered, and Maya Okafor has not agreed to show them on camera: cover them, frame tighter or move the camera, or record what Maya Okafor agrees to.',
    );
    expect(findings[1]!.beatId).toBe(beatsOfScene(d, scene.id)[1]!.id);
    doc.close();
  });

  it('the tighter lens clears the exposure: A cam on 85 mm in beat 2, through the app’s own command', () => {
    const doc = createSampleProduction(SAMPLE, join(tempDir(), 'sample.closedset'));
    const d = docRecordsFrom(doc.snapshot());
    const scene = Object.values(d.scenes).find((s) => s.number === '57')!;
    const beat2 = beatsOfScene(d, scene.id)[1]!;
    const camera = camerasOfBeat(d, beat2.id)[0]!;
    const result = doc.engine.apply({ type: 'camera.update', id: camera.id, beatId: beat2.id, patch: { focalLengthMm: 85 } });
    expect(result.findings.filter((f) => f.sceneId === scene.id).map((f) => f.code)).toEqual(['rider.notice']);
    // The in-frame line for the sheet says what the close-up holds.
    const line = inFrameOfBeat(exposureOfBeat(docRecordsFrom(doc.snapshot()), scene.id, beat2.id), (id) => d.performers[id]!.name)[0]!.text;
    expect(line).toMatch(/^A cam \(85 mm\): Maya Okafor — .*face.*shoulders.*upper chest \(shoulders and upper chest uncovered\)$/);
    doc.close();
  });
});
