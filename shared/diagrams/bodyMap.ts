import { BODY_REGION_IDS, BODY_REGIONS, type BodyRegionId } from '../domain/bodyRegions';
import { CONSENT_VALUE_LABELS, CONSENT_VALUES, type ConsentValue } from '../domain/consent';
import { escapeXml, fmt } from './svg';

/**
 * The consent body map: a front and a back figure, each body region a simple shape showing one channel's
 * value by colour **and** pattern (agreed solid, not agreed hatched, needs discussion dotted, not recorded
 * an outline), so it reads in greyscale and for colour-blind readers. Left and right are the performer's
 * own: on the front figure the performer's left is on the viewer's right, on the back figure on the
 * viewer's left. Pure string building — the People view and the sheet draw the same map.
 */

export type MapFace = 'front' | 'back';

type Shape =
  | { readonly t: 'ellipse'; readonly x: number; readonly y: number; readonly rx: number; readonly ry: number }
  | { readonly t: 'rect'; readonly x: number; readonly y: number; readonly w: number; readonly h: number; readonly r: number };

/**
 * Region shapes in figure units (x from the body's midline, positive toward the **performer's left**
 * as seen on the front figure; y down from the crown). Regions listed per face they are drawn on, in
 * drawing order (parents before the regions inside them).
 */
const E = (x: number, y: number, rx: number, ry: number): Shape => ({ t: 'ellipse', x, y, rx, ry });
const R = (x: number, y: number, w: number, h: number, r = 4): Shape => ({ t: 'rect', x, y, w, h, r });

// One side's shape is given for the performer's left (positive x); the right is its mirror.
const PAIRED: Partial<Record<BodyRegionId, { readonly front?: Shape; readonly back?: Shape }>> = {
  leftEar: { front: E(27, 36, 4.5, 9), back: E(27, 36, 4.5, 9) },
  leftShoulder: { front: E(38, 80, 13, 9), back: E(38, 80, 13, 9) },
  leftUpperArm: { front: R(44, 92, 15, 56, 7), back: R(44, 92, 15, 56, 7) },
  leftForearm: { front: R(48, 152, 13, 54, 6), back: R(48, 152, 13, 54, 6) },
  leftHand: { front: E(55, 222, 9, 13), back: E(55, 222, 9, 13) },
  leftBreast: { front: E(14, 109, 12, 11) },
  leftNipple: { front: E(14, 111, 3.5, 3.5) },
  leftWaist: { front: R(23, 124, 11, 42, 4), back: R(23, 124, 11, 42, 4) },
  leftShoulderBlade: { back: E(15, 104, 13, 17) },
  leftButtock: { back: E(13, 188, 13, 16) },
  leftInnerThigh: { front: R(3, 202, 9, 50, 4) },
  leftThigh: { front: R(13, 184, 16, 72, 6), back: R(3, 206, 25, 50, 6) },
  leftKnee: { front: E(16, 270, 10, 10), back: E(16, 270, 10, 10) },
  leftLowerLeg: { front: R(9, 282, 15, 66, 6), back: R(9, 282, 15, 66, 6) },
  leftFoot: { front: E(17, 362, 9, 10), back: E(17, 362, 9, 10) },
};

const SINGLE: Partial<Record<BodyRegionId, { readonly front?: Shape; readonly back?: Shape }>> = {
  head: { front: E(0, 32, 23, 27), back: E(0, 34, 23, 27) },
  face: { front: E(0, 37, 16, 20) },
  lips: { front: E(0, 47, 6.5, 3.2) },
  neck: { front: R(-9, 60, 18, 12, 3) },
  nape: { back: R(-9, 60, 18, 12, 3) },
  chest: { front: R(-25, 74, 50, 22, 6) },
  abdomen: { front: R(-20, 124, 40, 42, 5) },
  lowerBack: { back: R(-20, 124, 40, 42, 5) },
  groin: { front: R(-12, 170, 24, 28, 8) },
};

const mirror = (s: Shape): Shape => (s.t === 'ellipse' ? { ...s, x: -s.x } : { ...s, x: -s.x - s.w });

/** The region's shape on a face in front-figure units, or null when the region is not on that face. */
function shapeOn(region: BodyRegionId, face: MapFace): Shape | null {
  const single = SINGLE[region]?.[face];
  if (single) return single;
  const info = BODY_REGIONS[region];
  const leftId = (info.side === 'right' ? region.replace(/^right/, 'left') : region) as BodyRegionId;
  const left = PAIRED[leftId]?.[face];
  if (!left) return null;
  return info.side === 'right' ? mirror(left) : left;
}

/** Whether a region is drawn on a face (its `face` in the region table: front, back or both). */
export function regionOnFace(region: BodyRegionId, face: MapFace): boolean {
  const f = BODY_REGIONS[region].face;
  return f === 'both' || f === face;
}

/** Drawing order on a face: every region that belongs to it, parents before the regions inside them. */
export function regionsOnFace(face: MapFace): BodyRegionId[] {
  const order = (id: BodyRegionId) => (BODY_REGIONS[id].within ? 1 : 0) + (id === 'lips' ? 1 : 0);
  return BODY_REGION_IDS.filter((id) => regionOnFace(id, face)).sort((a, b) => order(a) - order(b));
}

/** How each value is drawn: a fill (colour or pattern) and a stroke. */
export const BODY_MAP_STYLE: Readonly<Record<ConsentValue, { readonly fill: string; readonly stroke: string; readonly pattern: string | null }>> = {
  agreed: { fill: '#2f8a4c', stroke: '#1f6436', pattern: null },
  notAgreed: { fill: '#f6d5d2', stroke: '#b42318', pattern: 'hatch' },
  discuss: { fill: '#fbe7c0', stroke: '#b26b00', pattern: 'dots' },
  unrecorded: { fill: 'none', stroke: '#8a9099', pattern: null },
};

export interface BodyMapOptions {
  /** The value shown for every region (the chosen channel). Missing regions draw as not recorded. */
  readonly values: Partial<Record<BodyRegionId, ConsentValue>>;
  /** Optional heading above the figures (user text — escaped). */
  readonly title?: string;
  readonly selected?: BodyRegionId | null;
  /**
   * Makes each region a button (the People view); the sheet leaves it off. One region is in the Tab
   * order (the selected one, else the first drawn); the page moves between them with the arrow keys.
   */
  readonly interactive?: boolean;
  /** Prefix for the pattern ids, unique per map on one page. */
  readonly idPrefix?: string;
  /** Words for the accessible names ("Be touched"); escaped. */
  readonly channelLabel?: string;
  readonly legend?: boolean;
}

const FIGURE_W = 170;
const GAP = 40;
const TOP = 40;
export const BODY_MAP_SIZE = { width: 2 * FIGURE_W + GAP + 60, height: 470 } as const;
const CENTRES: Record<MapFace, number> = { front: 30 + FIGURE_W / 2, back: 30 + FIGURE_W + GAP + FIGURE_W / 2 };
const LEGEND_X: Readonly<Record<ConsentValue, number>> = { agreed: 24, notAgreed: 104, discuss: 204, unrecorded: 334 };

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function shapeSvg(s: Shape, cx: number, face: MapFace, attrs: string): string {
  // The back figure shows the performer from behind: their left is on the viewer's left.
  const flip = face === 'back';
  if (s.t === 'ellipse') return `<ellipse cx="${fmt(cx + (flip ? -s.x : s.x))}" cy="${fmt(TOP + s.y)}" rx="${fmt(s.rx)}" ry="${fmt(s.ry)}" ${attrs}/>`;
  const x = flip ? -s.x - s.w : s.x;
  return `<rect x="${fmt(cx + x)}" y="${fmt(TOP + s.y)}" width="${fmt(s.w)}" height="${fmt(s.h)}" rx="${fmt(s.r)}" ${attrs}/>`;
}

function silhouette(cx: number): string {
  const y = (v: number) => fmt(TOP + v);
  const limb = (x1: number, y1: number, x2: number, y2: number, w: number) =>
    `<line x1="${fmt(cx + x1)}" y1="${y(y1)}" x2="${fmt(cx + x2)}" y2="${y(y2)}" stroke-width="${w}"/><line x1="${fmt(cx - x1)}" y1="${y(y1)}" x2="${fmt(cx - x2)}" y2="${y(y2)}" stroke-width="${w}"/>`;
  return (
    `<g class="bm-silhouette" fill="#e4e7ec" stroke="#e4e7ec" stroke-linecap="round">` +
    `<ellipse cx="${fmt(cx)}" cy="${y(33)}" rx="25" ry="29"/>` +
    `<rect x="${fmt(cx - 11)}" y="${y(56)}" width="22" height="20"/>` +
    `<path d="M${fmt(cx - 40)} ${y(74)} Q${fmt(cx)} ${y(66)} ${fmt(cx + 40)} ${y(74)} L${fmt(cx + 36)} ${y(168)} L${fmt(cx + 30)} ${y(206)} L${fmt(cx - 30)} ${y(206)} L${fmt(cx - 36)} ${y(168)} Z" stroke-width="6" stroke-linejoin="round"/>` +
    limb(40, 84, 52, 150, 20) +
    limb(52, 150, 56, 214, 17) +
    limb(18, 200, 17, 275, 30) +
    limb(17, 275, 17, 356, 19) +
    `</g>`
  );
}

function defs(p: string): string {
  const hatch = BODY_MAP_STYLE.notAgreed;
  const dots = BODY_MAP_STYLE.discuss;
  return (
    `<defs>` +
    `<pattern id="${p}hatch" class="bm-pattern-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">` +
    `<rect width="6" height="6" fill="${hatch.fill}"/><line x1="0" y1="0" x2="0" y2="6" stroke="${hatch.stroke}" stroke-width="2.2"/></pattern>` +
    `<pattern id="${p}dots" class="bm-pattern-dots" patternUnits="userSpaceOnUse" width="6" height="6">` +
    `<rect width="6" height="6" fill="${dots.fill}"/><circle cx="3" cy="3" r="1.4" fill="${dots.stroke}"/></pattern>` +
    `</defs>`
  );
}

function fillOf(value: ConsentValue, p: string): string {
  const style = BODY_MAP_STYLE[value];
  return style.pattern ? `url(#${p}${style.pattern})` : style.fill;
}

function legendSvg(p: string, y: number): string {
  return (
    `<g class="bm-legend" font-size="11">` +
    CONSENT_VALUES.map((v) => {
      const x = LEGEND_X[v];
      const style = BODY_MAP_STYLE[v];
      const dash = v === 'unrecorded' ? ' stroke-dasharray="3 2"' : '';
      return `<rect class="bm-swatch bm-${v}" x="${fmt(x)}" y="${fmt(y)}" width="14" height="14" rx="3" fill="${fillOf(v, p)}" stroke="${style.stroke}" stroke-width="1.5"${dash}/><text class="bm-text" x="${fmt(x + 19)}" y="${fmt(y + 11)}" fill="#4b5360">${escapeXml(CONSENT_VALUE_LABELS[v])}</text>`;
    }).join('') +
    `</g>`
  );
}

/** The body map as one SVG document (a string). */
export function bodyMapSvg(options: BodyMapOptions): string {
  const p = escapeXml(options.idPrefix ?? 'bm-');
  const { width } = BODY_MAP_SIZE;
  const legendY = BODY_MAP_SIZE.height - 24;
  const height = options.legend ? BODY_MAP_SIZE.height : BODY_MAP_SIZE.height - 30;
  const channel = options.channelLabel ? `, ${options.channelLabel.toLowerCase()}` : '';
  const tabStop = options.selected ?? regionsOnFace('front')[0];
  const faces = (['front', 'back'] as const)
    .map((face) => {
      const cx = CENTRES[face];
      const regions = regionsOnFace(face)
        .map((id) => {
          const shape = shapeOn(id, face);
          if (!shape) return '';
          const value = options.values[id] ?? 'unrecorded';
          const style = BODY_MAP_STYLE[value];
          const selected = options.selected === id;
          const name = `${cap(BODY_REGIONS[id].label)}${channel}: ${CONSENT_VALUE_LABELS[value]}`;
          const tabindex = id === tabStop && face === (regionOnFace(id, 'front') ? 'front' : 'back') ? 0 : -1;
          const a11y = options.interactive ? ` tabindex="${tabindex}" role="button" aria-pressed="${selected}" aria-label="${escapeXml(name)}"` : '';
          const dash = value === 'unrecorded' ? ' stroke-dasharray="3 2"' : '';
          const attrs =
            `class="bm-region bm-${value}${selected ? ' bm-selected' : ''}" data-region="${id}" data-face="${face}" data-value="${value}" ` +
            `fill="${fillOf(value, p)}" stroke="${style.stroke}" stroke-width="${selected ? 3 : 1.4}"${dash}${a11y}`;
          return `<g>${shapeSvg(shape, cx, face, attrs)}<title>${escapeXml(name)}</title></g>`;
        })
        .join('');
      // The performer's left: viewer's right on the front figure, viewer's left on the back figure.
      const leftX = face === 'front' ? cx + 46 : cx - 46;
      const rightX = face === 'front' ? cx - 46 : cx + 46;
      const sides =
        `<text class="bm-text bm-side" data-side="left" x="${fmt(leftX)}" y="${fmt(TOP + 392)}" text-anchor="middle" font-size="10" fill="#4b5360">Performer’s left</text>` +
        `<text class="bm-text bm-side" data-side="right" x="${fmt(rightX)}" y="${fmt(TOP + 392)}" text-anchor="middle" font-size="10" fill="#4b5360">Performer’s right</text>`;
      const heading = `<text class="bm-text bm-face" x="${fmt(cx)}" y="${fmt(TOP - 16)}" text-anchor="middle" font-size="13" font-weight="600" fill="#1f2630">${face === 'front' ? 'Front' : 'Back'}</text>`;
      return `<g class="bm-figure" data-face="${face}">${heading}${silhouette(cx)}${regions}${sides}</g>`;
    })
    .join('');
  const title = options.title ? `<title>${escapeXml(options.title)}</title>` : '';
  const role = options.interactive ? 'group' : 'img';
  const label = escapeXml(options.title ?? `Body map${channel}`);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="body-map-svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="${role}" aria-label="${label}" font-family="system-ui, sans-serif">` +
    title +
    defs(p) +
    faces +
    (options.legend ? legendSvg(p, legendY) : '') +
    `</svg>`
  );
}
