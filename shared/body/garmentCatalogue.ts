import { BODY_REGION_IDS, type BodyRegionId } from '../domain/bodyRegions';
import type { GarmentType } from '../domain/wardrobe';

export interface GarmentSpec {
  /** Clinical label, lower case, as in a sentence. */
  readonly label: string;
  /**
   * The regions it keeps out of view. Conservative: only what the garment reliably hides on camera; a
   * garment that holds others in place or changes how a region looks (body tape, merkin) hides nothing.
   * Covering a region covers the regions within it (a breast's nipple).
   */
  readonly covers: readonly BodyRegionId[];
  /**
   * A physical barrier at the genitals: a separate padded or lined layer that encloses them, so contact
   * in simulated sex is never skin to skin or through one thin layer of fabric. SAG-AFTRA's rule is that
   * there is no genital contact without a barrier; a single fabric layer (thong, underwear, gaff) does not
   * count, a lined brief or a modesty pouch does. Barriers placed between the bodies (pads, cushions) are
   * the other half of that rule (BARRIER_CATALOGUE).
   */
  readonly genitalBarrier: boolean;
  /** Display colour on the body map and the mannequin. */
  readonly color: string;
}

const BUTTOCKS: readonly BodyRegionId[] = ['leftButtock', 'rightButtock'];

/** The modesty garments (docs/domain.md) and what each covers. */
export const GARMENT_CATALOGUE: Readonly<Record<GarmentType, GarmentSpec>> = {
  straplessThong: { label: 'strapless thong (shibue)', covers: ['groin'], genitalBarrier: false, color: '#c9a48f' },
  modestyPouchDrawstring: { label: 'modesty pouch (drawstring)', covers: ['groin'], genitalBarrier: true, color: '#b8927c' },
  modestyPouchAdhesive: { label: 'modesty pouch (adhesive)', covers: ['groin'], genitalBarrier: true, color: '#b08a76' },
  barrierLinedBriefs: { label: 'barrier-lined briefs', covers: ['groin', ...BUTTOCKS], genitalBarrier: true, color: '#8f7a6e' },
  fleshToneUnderwear: { label: 'flesh-tone underwear', covers: ['groin', ...BUTTOCKS], genitalBarrier: false, color: '#d8b8a2' },
  nippleCovers: { label: 'nipple covers (pasties)', covers: ['leftNipple', 'rightNipple'], genitalBarrier: false, color: '#d1a99a' },
  // Worn for how the pubic area looks on camera: the region still counts as uncovered.
  merkin: { label: 'merkin', covers: [], genitalBarrier: false, color: '#7a5f4e' },
  gaff: { label: 'gaff', covers: ['groin'], genitalBarrier: false, color: '#a98d80' },
  // Holds other garments in place; never counted as covering a region by itself.
  bodyTape: { label: 'body tape', covers: [], genitalBarrier: false, color: '#e0cdbd' },
  robe: { label: 'robe (between takes)', covers: BODY_REGION_IDS, genitalBarrier: false, color: '#6f7f95' },
};

/** The barriers placed between bodies, with their real default sizes, live with the record schema. */
export { BARRIER_CATALOGUE } from '../domain/wardrobe';
