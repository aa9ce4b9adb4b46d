import { describe, expect, it } from 'vitest';
import { BARRIER_CATALOGUE, GARMENT_CATALOGUE } from '../../../shared/body/garmentCatalogue';
import { NUDITY_TYPE_LABELS, NUDITY_TYPES, nudityState, nudityTypesShown, uncoveredRegions, type NudityType } from '../../../shared/body/nudity';
import { HexColor } from '../../../shared/domain/people';
import { BODY_REGION_IDS, type BodyRegionId } from '../../../shared/domain/bodyRegions';
import { BARRIER_TYPES, GARMENT_TYPES, type GarmentType } from '../../../shared/domain/wardrobe';

const TOPLESS: BodyRegionId[] = ['chest', 'leftBreast', 'rightBreast', 'abdomen', 'leftShoulderBlade', 'rightShoulderBlade', 'lowerBack', 'leftWaist', 'rightWaist'];
const FULLY_OFF = [...BODY_REGION_IDS];

describe('modesty garments', () => {
  it('names every garment clinically and gives it a colour', () => {
    expect(GARMENT_TYPES.map((g) => GARMENT_CATALOGUE[g].label)).toEqual([
      'strapless thong (shibue)',
      'modesty pouch (drawstring)',
      'modesty pouch (adhesive)',
      'barrier-lined briefs',
      'flesh-tone underwear',
      'nipple covers (pasties)',
      'merkin',
      'gaff',
      'body tape',
      'robe (between takes)',
    ]);
    for (const g of GARMENT_TYPES) expect(HexColor.safeParse(GARMENT_CATALOGUE[g].color).success).toBe(true);
  });

  const barriers: [GarmentType, boolean][] = [
    ['barrierLinedBriefs', true],
    ['modestyPouchDrawstring', true],
    ['modestyPouchAdhesive', true],
    ['straplessThong', false],
    ['fleshToneUnderwear', false],
    ['gaff', false],
    ['merkin', false],
    ['bodyTape', false],
    ['nippleCovers', false],
    ['robe', false],
  ];
  it.each(barriers)('%s is a physical barrier at the genitals: %s', (garment, barrier) => {
    expect(GARMENT_CATALOGUE[garment].genitalBarrier).toBe(barrier);
  });

  it('names every barrier and gives it a real size and a colour', () => {
    expect(BARRIER_CATALOGUE.cushion.size).toEqual([0.45, 0.15, 0.45]);
    for (const b of BARRIER_TYPES) {
      expect(BARRIER_CATALOGUE[b].label).toMatch(/^[a-z ]+$/);
      expect(BARRIER_CATALOGUE[b].size.every((v) => v > 0 && v < 2)).toBe(true);
    }
  });
});

describe('what stays uncovered', () => {
  const cases: [what: string, off: BodyRegionId[], worn: GarmentType[], uncovered: BodyRegionId[]][] = [
    ['costume on, nothing bare', [], [], []],
    ['a bare breast bares its nipple', ['leftBreast'], [], ['leftBreast', 'leftNipple']],
    ['nipple covers leave the rest of the breast bare', ['leftBreast', 'rightBreast'], ['nippleCovers'], ['leftBreast', 'rightBreast']],
    ['a bare nipple listed on its own still shows', ['rightNipple'], [], ['rightNipple']],
    ['a strapless thong covers the groin, not the buttocks', ['groin', 'leftButtock', 'rightButtock'], ['straplessThong'], ['leftButtock', 'rightButtock']],
    ['barrier-lined briefs cover groin and buttocks', ['groin', 'leftButtock', 'rightButtock', 'leftThigh'], ['barrierLinedBriefs'], ['leftThigh']],
    ['a merkin does not cover', ['groin'], ['merkin'], ['groin']],
    ['body tape alone does not cover', ['leftBreast'], ['bodyTape'], ['leftBreast', 'leftNipple']],
    ['a robe covers everything', FULLY_OFF, ['robe'], []],
  ];
  it.each(cases)('%s', (_what, off, worn, uncovered) => {
    expect(uncoveredRegions(off, worn)).toEqual(uncovered);
  });
});

describe('nudity state', () => {
  const cases: [what: string, off: BodyRegionId[], worn: GarmentType[], state: NudityType, all: NudityType[]][] = [
    ['dressed', [], [], 'none', ['none']],
    ['bare arms and shoulders', ['leftUpperArm', 'rightUpperArm', 'leftShoulder', 'rightShoulder'], [], 'none', ['none']],
    ['trunk and thighs bare, underwear and nipple covers on', [...TOPLESS, 'groin', 'leftButtock', 'rightButtock', 'leftThigh', 'rightThigh'], ['fleshToneUnderwear', 'nippleCovers'], 'side', ['side']],
    ['in a bra and briefs (the costume covers the breasts)', ['abdomen', 'lowerBack', 'groin', 'leftButtock', 'rightButtock', 'leftThigh', 'rightThigh'], ['fleshToneUnderwear'], 'undergarments', ['undergarments']],
    ['from the waist up', TOPLESS, [], 'topless', ['topless']],
    ['from the waist up with nipple covers', TOPLESS, ['nippleCovers'], 'side', ['side']],
    ['one breast bare, the other under the costume', ['leftBreast'], [], 'topless', ['topless']],
    ['back and buttocks bare, front covered', ['lowerBack', 'leftButtock', 'rightButtock'], [], 'rear', ['rear']],
    ['fully bare under a strapless thong', FULLY_OFF, ['straplessThong'], 'topless', ['topless', 'rear']],
    ['fully bare with a modesty pouch and nipple covers', FULLY_OFF, ['modestyPouchDrawstring', 'nippleCovers'], 'rear', ['side', 'rear']],
    ['fully bare', FULLY_OFF, [], 'fullFrontal', ['topless', 'rear', 'fullFrontal']],
    ['fully bare with a merkin', FULLY_OFF, ['merkin'], 'fullFrontal', ['topless', 'rear', 'fullFrontal']],
    ['fully bare, in a robe between takes', FULLY_OFF, ['robe'], 'none', ['none']],
  ];
  it.each(cases)('%s → %s', (_what, off, worn, state, all) => {
    const uncovered = uncoveredRegions(off, worn);
    expect(nudityState(uncovered)).toBe(state);
    expect(nudityTypesShown(uncovered)).toEqual(all);
  });

  it('lists the rider nudity types in DOMAIN order with clinical labels', () => {
    expect(NUDITY_TYPES.map((t) => NUDITY_TYPE_LABELS[t])).toEqual([
      'no nudity',
      'implied nudity',
      'silhouette',
      'undergarments / lingerie',
      'topless',
      'side (excluding nipple)',
      'rear / backside',
      'full frontal',
    ]);
  });
});
