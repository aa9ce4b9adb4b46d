import { describe, expect, it } from 'vitest';
import { contactSentence, type ContactNames, type ContactWords } from '../../../shared/body/contactSentence';
import type { ContactTarget } from '../../../shared/domain/contact';
import type { PerformerId, SetPieceId } from '../../../shared/domain/ids';
import type { BodyRegionId } from '../../../shared/domain/bodyRegions';

const RUTH = 'p-ruth' as PerformerId;
const TOM = 'p-tom' as PerformerId;
const BED = 'sp-bed' as SetPieceId;
const SOFA = 'sp-sofa' as SetPieceId;

const names: ContactNames = {
  performer: (id) => ({ [RUTH]: 'Ruth', [TOM]: 'Tom' })[id] ?? 'Performer',
  setPiece: (id) => (id === BED ? { label: 'Double bed', part: 'headboard' } : { label: 'Sofa' }),
};

const on = (performerId: PerformerId, region: BodyRegionId): ContactTarget => ({ kind: 'performer', performerId, region, offset: [0, 0, 0] });

function contact(patch: Partial<ContactWords> & Pick<ContactWords, 'receiver'>, from: { performerId?: PerformerId; region?: BodyRegionId } = {}): ContactWords {
  return {
    initiator: { performerId: from.performerId ?? RUTH, region: from.region ?? 'rightHand', offset: [0, 0, 0] },
    type: 'handRest',
    kiss: null,
    pressure: 'light',
    fromCount: null,
    toCount: null,
    alternative: 'none',
    ...patch,
  };
}

describe('a contact in clinical words', () => {
  const cases: [sentence: string, contact: ContactWords][] = [
    ['Ruth → Tom: right hand rests on left shoulder blade, light, counts 3–6', contact({ receiver: on(TOM, 'leftShoulderBlade'), fromCount: 3, toCount: 6 })],
    ['Ruth → Tom: closed-mouth kiss on the lips, no tongue, head tilted left, counts 1–2', contact({ receiver: on(TOM, 'lips'), type: 'kiss', kiss: { mouth: 'closed', noTongue: true, headTilt: 'left' }, fromCount: 1, toCount: 2 }, { region: 'lips' })],
    ['Ruth → Tom: closed-mouth kiss on the face, no tongue, count 4', contact({ receiver: on(TOM, 'face'), type: 'kiss', kiss: { mouth: 'closed', noTongue: true, headTilt: 'none' }, fromCount: 4, toCount: 4 }, { region: 'lips' })],
    ['Tom: left hand rests on the headboard (Double bed), medium', contact({ receiver: { kind: 'setPiece', setPieceId: BED, offset: [0, 0.9, -0.9] }, pressure: 'medium' }, { performerId: TOM, region: 'leftHand' })],
    ['Tom: lower back leans on the Sofa, firm', contact({ receiver: { kind: 'setPiece', setPieceId: SOFA, offset: [0, 0.45, 0] }, type: 'lean', pressure: 'firm' }, { performerId: TOM, region: 'lowerBack' })],
    ['Tom: right hand rests on own left thigh, light', contact({ receiver: { kind: 'self', region: 'leftThigh', offset: [0, 0, 0] } }, { performerId: TOM })],
    ['Ruth → Tom: hover over left shoulder blade instead of touch, counts 3–6', contact({ receiver: on(TOM, 'leftShoulderBlade'), alternative: 'hover', fromCount: 3, toCount: 6 })],
    ['Ruth → Tom: hand on hand at left side of waist instead of touch', contact({ receiver: on(TOM, 'leftWaist'), alternative: 'handOnHand' })],
    ['Ruth → Tom: look only, towards face, instead of touch, from count 2', contact({ receiver: on(TOM, 'face'), alternative: 'lookOnly', fromCount: 2 })],
    ['Ruth → Tom: right forearm wraps around lower back, medium, until count 8', contact({ receiver: on(TOM, 'lowerBack'), type: 'embrace', pressure: 'medium', toCount: 8 }, { region: 'rightForearm' })],
    ['Ruth → Tom: right hand travels along left upper arm, light', contact({ receiver: on(TOM, 'leftUpperArm'), type: 'handStroke' })],
    ['Ruth → Tom: simulated pelvic movement, groin / genitals against groin / genitals, light, counts 5–8', contact({ receiver: on(TOM, 'groin'), type: 'simulatedThrusting', pressure: 'light', fromCount: 5, toCount: 8 }, { region: 'groin' })],
    ['Ruth → Tom: left hand bears weight on right shoulder, firm', contact({ receiver: on(TOM, 'rightShoulder'), type: 'weightBearing', pressure: 'firm' }, { region: 'leftHand' })],
  ];
  it.each(cases)('%s', (sentence, c) => {
    expect(contactSentence(c, names)).toBe(sentence);
  });

  it('names people only through the caller (a performer copy may withhold a name)', () => {
    const withheld: ContactNames = { ...names, performer: (id) => (id === RUTH ? 'Ruth' : 'scene partner') };
    expect(contactSentence(contact({ receiver: on(TOM, 'leftHand') }), withheld)).toBe('Ruth → scene partner: right hand rests on left hand, light');
  });
});
