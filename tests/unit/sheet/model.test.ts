import { describe, expect, it } from 'vitest';
import { buildSheetModel, sheetFileName, type SheetOptions } from '../../../shared/sheet';
import { DANIEL, MAYA, privateStrings, SCENE_42, SECRETS, sampleWithSecrets } from '../../support/sheetFixture';

const { doc, production } = sampleWithSecrets();
const version = { number: 3, hash: 'ab12cd34ef56'.padEnd(64, '0'), note: 'Beat 4 shortened', issuedAt: '2026-12-01T09:30:00.000Z' };
const base: Omit<SheetOptions, 'reader'> = { sceneId: SCENE_42, production, version, now: '2026-12-02T10:00:00.000Z' };
const text = (v: unknown) => JSON.stringify(v);

describe('the sheet model', () => {
  it('a performer’s sheet holds their own consent and none of the other performer’s boundaries, rider, notes or contact details', () => {
    for (const [me, other] of [[MAYA, DANIEL], [DANIEL, MAYA]] as const) {
      const sheet = buildSheetModel(doc, { ...base, reader: { kind: 'performer', performerId: me } });
      const all = text(sheet);
      for (const secret of privateStrings(doc, other)) expect(all).not.toContain(secret);
      // Their own is there: rider, fitting and garment notes.
      expect(all).toContain(SECRETS[me].rider);
      expect(all).toContain(SECRETS[me].fitting);
      expect(all).toContain(SECRETS[me].garment);
      expect(sheet.consent.map((c) => c.performerId)).toEqual([me]);
      expect(sheet.staging).toEqual([]);
    }
  });

  it('the director/crew copy has the staging limits only: regions, no notes, no rider, no contact details', () => {
    const sheet = buildSheetModel(doc, { ...base, reader: { kind: 'crew' } });
    const all = text(sheet);
    for (const p of [MAYA, DANIEL]) for (const secret of privateStrings(doc, p)) expect(all).not.toContain(secret);
    expect(sheet.consent).toEqual([]);
    expect(sheet.staging.map((s) => s.who)).toEqual(['Maya Okafor (Ruth)', 'Daniel Reyes (Tom)']);
    expect(sheet.staging[0]!.lines[0]).toMatch(/^May be touched on: .+ — nowhere else\.$/);
  });

  it('the coordinator’s file copy has every performer’s consent', () => {
    const sheet = buildSheetModel(doc, { ...base, reader: { kind: 'coordinator' } });
    expect(sheet.consent.map((c) => c.performerId)).toEqual([MAYA, DANIEL]);
  });

  it('says the choreography in clinical words, beat by beat, with the version in the header', () => {
    const sheet = buildSheetModel(doc, { ...base, reader: { kind: 'performer', performerId: MAYA } });
    expect(sheet.header).toMatchObject({ production: 'The Quiet Hours', sceneNumber: '42', version: 'v3', hashPrefix: 'ab12cd34ef56', confidential: 'CONFIDENTIAL — closed-set material' });
    expect(sheet.header.copyFor).toBe('Maya Okafor (Ruth) — performer’s copy');
    expect(sheet.beats.map((b) => b.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(sheet.beats[2]!.contacts[0]).toMatch(/^Ruth → Tom: closed-mouth kiss on the lips, no tongue/);
    expect(sheet.beats[1]!.checkIn).toBe(true);
    expect(sheet.beats[0]!.floorPlanSvg).toMatch(/^<svg /);
    expect(sheet.beats[0]!.cameras.length).toBeGreaterThan(0);
    // What each camera records, from the exposure check: Ruth sits facing the window in beat 1.
    expect(sheet.beats[0]!.cameras.every((c) => c.inFrame?.startsWith('In frame: '))).toBe(true);
    expect(sheet.beats[0]!.cameras[0]!.inFrame).toMatch(/Ruth — .*face/);
    expect(sheet.signoff.statements.join(' ')).toContain('Consent may be withdrawn at any time before filming');
    expect(sheet.signoff.statements[0]).toContain('not the nudity rider');
    // Her sign-off line and the crew's; not Daniel's.
    expect(sheet.signoff.lines.map((l) => l.role)).toEqual(['Performer', 'Intimacy coordinator', 'Director', 'Producer']);
  });

  it('prints a sign-off made on this version, and ignores one made on another', () => {
    const signed = { role: 'performer' as const, performerId: MAYA, crewId: null, typedName: 'Maya Okafor', action: 'signed' as const, signedAt: '2026-12-01T12:05:00.000Z' };
    const sheet = buildSheetModel(doc, { ...base, reader: { kind: 'performer', performerId: MAYA }, signoffs: [{ ...signed, versionHash: version.hash }] });
    expect(sheet.signoff.lines[0]!.status).toBe('Signed in Closed Set 1 Dec 2026, 12:05 UTC as “Maya Okafor”');
    const other = buildSheetModel(doc, { ...base, reader: { kind: 'performer', performerId: MAYA }, signoffs: [{ ...signed, versionHash: 'f'.repeat(64) }] });
    expect(other.signoff.lines[0]!.status).toBe('');
  });

  it('refuses a sheet for someone not in the scene, saying who', () => {
    const scene57 = 'sample-scene-57';
    expect(() => buildSheetModel(doc, { ...base, sceneId: scene57, reader: { kind: 'performer', performerId: DANIEL } })).toThrow('Daniel Reyes is not in the cast of scene 57');
  });
});

describe('sheet file names', () => {
  it('say production, scene, performer and version', () => {
    expect(sheetFileName({ production: 'The Quiet Hours', sceneNumber: '42', copyName: 'Maya Okafor', versionNumber: 3 })).toBe('The Quiet Hours – Scene 42 – Maya Okafor – v3.pdf');
  });
  it('cannot point anywhere else: separators, reserved characters and dots are taken out', () => {
    const name = sheetFileName({ production: '../../etc/passwd', sceneNumber: '4/2', copyName: 'A:B*C?"<>|', versionNumber: null });
    expect(name).not.toMatch(/[/\\:*?"<>|]/);
    expect(name.startsWith('.')).toBe(false);
    expect(name).toMatch(/ – draft\.pdf$/);
  });
});
