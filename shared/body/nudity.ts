import { NUDITY_TYPES, type NudityType } from '../domain/consent';
import { BODY_REGION_IDS, BODY_REGIONS, type BodyRegionId } from '../domain/bodyRegions';
import type { GarmentType } from '../domain/wardrobe';
import { GARMENT_CATALOGUE } from './garmentCatalogue';

export { NUDITY_TYPE_LABELS, NUDITY_TYPES, NudityType } from '../domain/consent';

/**
 * The regions left uncovered: bare under the costume (`costumeOff`) and hidden by none of the garments
 * worn. A region within another (a nipple in a breast) is bare when it or its parent is bare, and covered
 * when a garment covers it or its parent: nipple covers leave the rest of a bare breast uncovered; a bare
 * breast bares its nipple. A robe covers everything. In BODY_REGION_IDS order.
 */
export function uncoveredRegions(costumeOff: readonly BodyRegionId[], worn: readonly GarmentType[]): BodyRegionId[] {
  if (costumeOff.length === 0) return []; // dressed: nothing is bare (the rules ask this for every body of every beat)
  const off = new Set(costumeOff);
  const covered = new Set(worn.flatMap((g) => GARMENT_CATALOGUE[g].covers));
  const parentOf = (r: BodyRegionId) => BODY_REGIONS[r].within;
  const bare = (r: BodyRegionId): boolean => off.has(r) || (parentOf(r) !== undefined && bare(parentOf(r)!));
  const hidden = (r: BodyRegionId): boolean => covered.has(r) || (parentOf(r) !== undefined && hidden(parentOf(r)!));
  return BODY_REGION_IDS.filter((r) => bare(r) && !hidden(r));
}

const any = (uncovered: ReadonlySet<BodyRegionId>, regions: readonly BodyRegionId[]) => regions.some((r) => uncovered.has(r));

/**
 * Every nudity type the uncovered regions amount to, in NUDITY_TYPES order:
 * - full frontal: the groin is uncovered;
 * - topless: a nipple is uncovered (partial nudity counts by type: "from the waist up" is topless);
 * - side: a breast is uncovered while its nipple is covered (nipple covers, or the costume);
 * - rear: a buttock is uncovered;
 * - undergarments: none of those, but the costume is off over the trunk (abdomen or lower back) and the
 *   thighs, so only underwear or modesty garments remain;
 * - none: nothing above.
 * Implied nudity and silhouette are never derived: the body is covered or shown there by how the shot is
 * framed and lit, which the coordinator records on the beat, not by which regions are bare.
 */
export function nudityTypesShown(uncovered: readonly BodyRegionId[]): NudityType[] {
  const u = new Set(uncovered);
  const shown = new Set<NudityType>();
  if (u.has('groin')) shown.add('fullFrontal');
  if (any(u, ['leftNipple', 'rightNipple'])) shown.add('topless');
  if ((u.has('leftBreast') && !u.has('leftNipple')) || (u.has('rightBreast') && !u.has('rightNipple'))) shown.add('side');
  if (any(u, ['leftButtock', 'rightButtock'])) shown.add('rear');
  if (shown.size === 0 && any(u, ['abdomen', 'lowerBack']) && any(u, ['leftThigh', 'rightThigh', 'leftInnerThigh', 'rightInnerThigh'])) shown.add('undergarments');
  return shown.size === 0 ? ['none'] : NUDITY_TYPES.filter((t) => shown.has(t));
}

/** Most exposing first: the one state a beat card shows when several types apply. */
const PRECEDENCE: readonly NudityType[] = ['fullFrontal', 'topless', 'rear', 'side', 'undergarments', 'silhouette', 'implied', 'none'];

/** The single nudity state of the uncovered regions: the most exposing of nudityTypesShown. */
export function nudityState(uncovered: readonly BodyRegionId[]): NudityType {
  const shown = new Set(nudityTypesShown(uncovered));
  return PRECEDENCE.find((t) => shown.has(t)) ?? 'none';
}
