import { describe, expect, it } from 'vitest';
import { BODY_REGION_IDS } from '../../../shared/domain/bodyRegions';
import { nudityState, uncoveredRegions } from '../../../shared/body/nudity';
import { contactSentence } from '../../../shared/body/contactSentence';
import { checklistRows, contactSentenceParts, contactSummary, nudityLine, REGION_GROUPS, regionsInWords } from '../../../renderer/src/scene/wardrobeWords';

describe('the words of the wardrobe and contact panels', () => {
  it('groups every body region exactly once', () => {
    const grouped = REGION_GROUPS.flatMap((g) => g.regions);
    expect(grouped).toHaveLength(BODY_REGION_IDS.length);
    expect([...grouped].sort()).toEqual([...BODY_REGION_IDS].sort());
  });

  it('says a left/right pair once and lists the rest in order', () => {
    expect(regionsInWords(['leftNipple', 'rightNipple'])).toBe('nipples');
    expect(regionsInWords(['rightNipple', 'chest', 'leftNipple'])).toBe('upper chest and nipples');
    expect(regionsInWords(['leftBreast'])).toBe('left breast');
    expect(regionsInWords(['leftFoot', 'rightFoot', 'leftWaist', 'rightWaist', 'groin'])).toBe('sides of waist, groin / genitals and feet');
    expect(regionsInWords([])).toBe('');
  });

  it('states the nudity of what the costume leaves bare and the garments do not cover', () => {
    const line = (off: Parameters<typeof uncoveredRegions>[0], worn: Parameters<typeof uncoveredRegions>[1]) => {
      const uncovered = uncoveredRegions(off, worn);
      return nudityLine(uncovered, nudityState(uncovered));
    };
    expect(line([], [])).toBe('Uncovered: none — in costume');
    expect(line(['leftBreast', 'rightBreast'], [])).toBe('Topless — breasts and nipples uncovered');
    expect(line(['leftBreast', 'rightBreast'], ['nippleCovers'])).toBe('Side (excluding nipple) — breasts uncovered');
    expect(line(['chest'], [])).toBe('No nudity — upper chest uncovered');
    expect(line(['groin'], ['robe'])).toBe('Uncovered: none — in costume');
  });

  it('shows the first two contacts of a beat and counts the rest', () => {
    expect(contactSummary([])).toEqual({ lines: [], more: null });
    expect(contactSummary(['a', 'b'])).toEqual({ lines: ['a', 'b'], more: null });
    expect(contactSummary(['a', 'b', 'c', 'd'])).toEqual({ lines: ['a', 'b'], more: 'and 2 more' });
  });

  it('makes one checklist row of each left/right pair, and one of each single region', () => {
    expect(checklistRows(['chest', 'leftBreast', 'rightBreast', 'leftNipple', 'rightNipple'])).toEqual([
      { label: 'Upper chest', left: 'chest', right: null, intimate: false },
      { label: 'Breast', left: 'leftBreast', right: 'rightBreast', intimate: true },
      { label: 'Nipple', left: 'leftNipple', right: 'rightNipple', intimate: true },
    ]);
    expect(checklistRows(['leftHand'])).toEqual([{ label: 'Left hand', left: 'leftHand', right: null, intimate: false }]);
    const everyRegion = REGION_GROUPS.flatMap((g) => checklistRows(g.regions)).flatMap((r) => (r.right ? [r.left, r.right] : [r.left]));
    expect([...everyRegion].sort()).toEqual([...BODY_REGION_IDS].sort());
  });
});

describe('a contact sentence with its names set apart', () => {
  const contact = {
    initiator: { performerId: 'a', region: 'rightHand', offset: [0, 0, 0] },
    receiver: { kind: 'performer', performerId: 'b', region: 'leftHand', offset: [0, 0, 0] },
    type: 'handRest',
    kiss: null,
    pressure: 'light',
    fromCount: 3,
    toCount: 8,
    alternative: 'none',
  } as unknown as Parameters<typeof contactSentence>[0];
  const names = { performer: (id: string) => (id === 'a' ? 'Ruth' : 'תום'), setPiece: () => ({ label: 'Double bed' }) };

  it('reads exactly as contactSentence, with the names at the odd places', () => {
    const s = contactSentenceParts(contact, names);
    expect(s.text).toBe(contactSentence(contact, names));
    expect(s.text).toBe('Ruth → תום: right hand rests on left hand, light, counts 3–8');
    expect(s.parts.filter((_, i) => i % 2 === 1)).toEqual(['Ruth', 'תום']);
  });

  it('finds a set piece’s name too', () => {
    const onBed = { ...contact, receiver: { kind: 'setPiece', setPieceId: 'bed', offset: [0, 0, 0] } } as typeof contact;
    const s = contactSentenceParts(onBed, names);
    expect(s.text).toBe('Ruth: right hand rests on the Double bed, light, counts 3–8');
    expect(s.parts.filter((_, i) => i % 2 === 1)).toEqual(['Ruth', 'Double bed']);
  });
});
