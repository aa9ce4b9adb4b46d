import type { CameraSetup, Placement, SetPiece, Vec3 } from '../domain/blocking';
import type { UnitSystem } from '../domain/production';
import { frameFovDeg } from '../blocking';
import { bodiesSvg, pinsSvg, planBody, type PlanBody } from './floorPlanBodies';
import { pieceCorners, planFrame, type PlanFrame } from './floorPlanFrame';
import { escapeXml, fmt, truncate } from './svg';

/**
 * The floor plan of one beat as SVG, drawn to a true architectural scale (1:20 … 1:300, the largest that
 * fits the page), for printing and for the choreography sheet: the set pieces' footprints, each
 * performer's body seen from above (so lying, seated and standing read differently) with the way they
 * face, pinned hands and feet (anchor points), and every camera with its horizontal angle of view.
 * Upstage (−z) is at the top, as in the app's top plan. Pure: data in, a string out.
 */

export interface FloorPlanPerformer {
  /** What the plan calls them: the character, or the performer's name when there is none. */
  readonly label: string;
  /** Second line of the legend (the performer's name beside the character), or ''. */
  readonly legend: string;
  readonly color: string;
  readonly heightCm: number;
  /** Their blocking in this beat; null or hidden = off stage. */
  readonly placement: Pick<Placement, 'position' | 'rotationY' | 'pose' | 'hidden' | 'pins'> | null;
}

/** A barrier between bodies (pad, mat, cushion, bolster) as the plan draws it: a hatched footprint. */
export interface FloorPlanBarrier {
  /** Clinical name, lower case ("foam pad"). */
  readonly label: string;
  readonly position: Vec3;
  readonly rotationY: number;
  /** Width, thickness, depth, metres. */
  readonly size: [number, number, number];
  readonly color: string;
}

export interface FloorPlanInput {
  /** Header lines, most important first (e.g. "Sc. 42 · Beat 3 of 6", the production, the beat's description). */
  readonly heading: readonly string[];
  readonly setPieces: readonly Pick<SetPiece, 'label' | 'type' | 'position' | 'rotationY' | 'size' | 'color'>[];
  readonly performers: readonly FloorPlanPerformer[];
  readonly cameras: readonly Pick<CameraSetup, 'name' | 'position' | 'target' | 'focalLengthMm' | 'sensor' | 'aspect'>[];
  /** The beat's barriers (optional: plans made before barriers existed have none). */
  readonly barriers?: readonly FloorPlanBarrier[];
  readonly units: UnitSystem;
}

export interface FloorPlanOptions {
  /** The largest the plan itself may be on paper, millimetres (default: an A4 page's width and half its height). */
  readonly maxWidthMm?: number;
  readonly maxHeightMm?: number;
  /** Draw at this scale's denominator or a smaller scale when it does not fit (25 = 1:25 or 1:50…); default: the largest that fits. */
  readonly minScale?: number;
}

export interface FloorPlan {
  readonly svg: string;
  /** The scale's denominator: 50 means 1:50 (1 m on the ground is 20 mm on paper). */
  readonly scale: number;
  readonly widthMm: number;
  readonly heightMm: number;
}

const PAGE_PAD = 8; // mm around everything
const TEXT = '#1d1f24';
const MUTED = '#5d626d';
const DARK = '#2a2d33';
const FONT = "font-family=\"'Helvetica Neue', Helvetica, Arial, 'DejaVu Sans', sans-serif\"";
/** How many characters of text at `size` mm fit in `mm` (an estimate for a sans-serif face). */
const chars = (mm: number, size: number) => Math.floor(mm / (size * 0.52));

export function floorPlanSvg(input: FloorPlanInput, options: FloorPlanOptions = {}): FloorPlan {
  const bodies = input.performers.map(planBody).filter((b): b is PlanBody => b !== null);
  const heading = input.heading.filter((l) => l.trim()).slice(0, 3);
  // What must be on the plan: every set piece, body and camera.
  const points: [number, number][] = [
    ...input.setPieces.flatMap(pieceCorners),
    ...bodies.flatMap((b) => Object.values(b.joints).map((j): [number, number] => [j.x, j.z])),
    ...input.cameras.map((c): [number, number] => [c.position[0], c.position[2]]),
    ...(input.barriers ?? []).flatMap(pieceCorners),
  ];
  const f = planFrame(points, { x: PAGE_PAD, y: PAGE_PAD + 10 + heading.length * 5.5 }, options.maxWidthMm ?? 180, options.maxHeightMm ?? 140, options.minScale ?? 0);
  const legend = legendRows(input);
  const pageW = f.planW + PAGE_PAD * 2;
  const pageH = f.oy + f.planH + 14 + Math.ceil(legend.length / legendColumns(f)) * 5.5 + PAGE_PAD;

  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${fmt(pageW)}mm" height="${fmt(pageH)}mm" viewBox="0 0 ${fmt(pageW)} ${fmt(pageH)}" ${FONT} role="img" aria-label="${escapeXml(`Floor plan, ${heading[0] ?? ''}`)}">`,
    `<rect width="${fmt(pageW)}" height="${fmt(pageH)}" fill="#ffffff"/>`,
    `<text x="${f.ox}" y="${fmt(PAGE_PAD + 2)}" font-size="2.4" font-weight="700" fill="#a3262a" letter-spacing="0.3">CONFIDENTIAL — CLOSED-SET MATERIAL</text>`,
    ...heading.map((line, i) => {
      const size = i === 0 ? 4.2 : 3.2;
      return `<text x="${f.ox}" y="${fmt(PAGE_PAD + 8 + i * 5.5)}" font-size="${size}" font-weight="${i === 0 ? 700 : 400}" fill="${i === 0 ? TEXT : MUTED}">${escapeXml(truncate(line, chars(f.planW, size)))}</text>`;
    }),
    // The plan area clips what reaches past it (camera wedges): a nested viewport, not a clip-path id, so
    // several plans can sit in one document (the choreography sheet) without their ids colliding.
    `<svg x="${fmt(f.ox)}" y="${fmt(f.oy)}" width="${fmt(f.planW)}" height="${fmt(f.planH)}" viewBox="${fmt(f.ox)} ${fmt(f.oy)} ${fmt(f.planW)} ${fmt(f.planH)}" overflow="hidden">`,
    ...gridSvg(f, input.units),
    ...cameraWedgesSvg(f, input.cameras),
    ...input.setPieces.map(
      (piece) => `<polygon points="${pieceCorners(piece).map(([x, z]) => f.pt(x, z)).join(' ')}" fill="${escapeXml(piece.color)}" fill-opacity="0.22" stroke="${escapeXml(piece.color)}" stroke-width="0.4"/>`,
    ),
    ...(input.barriers ?? []).flatMap((b) => barrierSvg(f, b)),
    ...bodiesSvg(bodies, f),
    ...pinsSvg(bodies, f),
    ...input.cameras.map((camera) => {
      const [cx, , cz] = camera.position;
      const a = (Math.atan2(camera.target[2] - cz, camera.target[0] - cx) * 180) / Math.PI;
      return `<g transform="translate(${f.pt(cx, cz)}) rotate(${fmt(a)})"><rect x="-3" y="-1.6" width="4.2" height="3.2" rx="0.5" fill="${DARK}"/><path d="M1.2,-1 L2.6,-1.7 L2.6,1.7 L1.2,1 Z" fill="${DARK}"/></g>`;
    }),
    ...labelsSvg(f, input, bodies),
    `</svg>`,
    `<rect x="${fmt(f.ox)}" y="${fmt(f.oy)}" width="${fmt(f.planW)}" height="${fmt(f.planH)}" fill="none" stroke="#9aa0aa" stroke-width="0.3"/>`,
    `<text x="${fmt(f.ox + f.planW / 2)}" y="${fmt(f.oy - 1.5)}" font-size="2.4" fill="${MUTED}" text-anchor="middle" letter-spacing="0.4">UPSTAGE</text>`,
    `<text x="${fmt(f.ox + f.planW / 2)}" y="${fmt(f.oy + f.planH + 3.6)}" font-size="2.4" fill="${MUTED}" text-anchor="middle" letter-spacing="0.4">DOWNSTAGE</text>`,
    ...footerSvg(f, input.units, legend),
    `</svg>`,
  ];
  return { svg: out.join('\n'), scale: f.scale, widthMm: pageW, heightMm: pageH };
}

/** Grid lines every 0.5 m (1 m stronger), or every foot (5 ft stronger) for an imperial production. */
function gridSvg(f: PlanFrame, units: UnitSystem): string[] {
  const [minor, major] = units === 'metric' ? [0.5, 1] : [0.3048, 1.524];
  const line = (x1: number, y1: number, x2: number, y2: number, at: number) => {
    const strong = Math.abs(at / major - Math.round(at / major)) < 1e-6;
    return `<line x1="${fmt(x1)}" y1="${fmt(y1)}" x2="${fmt(x2)}" y2="${fmt(y2)}" stroke="${strong ? '#cfd3da' : '#e8eaee'}" stroke-width="${strong ? 0.25 : 0.18}"/>`;
  };
  const out: string[] = [];
  for (let x = Math.ceil(f.minX / minor) * minor; x <= f.maxX; x += minor) out.push(line(f.X(x), f.oy, f.X(x), f.oy + f.planH, x));
  for (let z = Math.ceil(f.minZ / minor) * minor; z <= f.maxZ; z += minor) out.push(line(f.ox, f.Y(z), f.ox + f.planW, f.Y(z), z));
  return out;
}

/** Each camera's horizontal angle of view as a wedge out to the edge of the plan, under everything else. */
function cameraWedgesSvg(f: PlanFrame, cameras: FloorPlanInput['cameras']): string[] {
  const reach = Math.hypot(f.maxX - f.minX, f.maxZ - f.minZ);
  return cameras.flatMap((camera) => {
    const [cx, , cz] = camera.position;
    const dx = camera.target[0] - cx;
    const dz = camera.target[2] - cz;
    if (Math.hypot(dx, dz) < 1e-6) return []; // looking straight down: no wedge on a plan
    const heading = Math.atan2(dz, dx);
    const half = ((frameFovDeg(camera).horizontal / 2) * Math.PI) / 180;
    const edge = (a: number) => f.pt(cx + Math.cos(a) * reach, cz + Math.sin(a) * reach);
    return [`<path d="M${f.pt(cx, cz)} L${edge(heading - half)} L${edge(heading + half)} Z" fill="#4a55c9" fill-opacity="0.07" stroke="#4a55c9" stroke-opacity="0.55" stroke-width="0.25" stroke-dasharray="1.2 0.8"/>`];
  });
}

/**
 * Names on top of everything, each in the first free spot above / below / right / left of what it names,
 * so two heads together (an embrace) do not put one name over the other: performers, cameras, set pieces.
 */
function labelsSvg(f: PlanFrame, input: FloorPlanInput, bodies: readonly PlanBody[]): string[] {
  type Box = { x0: number; x1: number; y0: number; y1: number };
  const taken: Box[] = [];
  const out: string[] = [];
  const place = (x: number, y: number, text: string, size: number, away: number, style: { weight: number; color: string }) => {
    const w = text.length * size * 0.56;
    const spots: [number, number][] = [
      [x, y - away],
      [x, y + away + size],
      [x + away + w / 2, y + size / 3],
      [x - away - w / 2, y + size / 3],
      [x, y - away - size * 1.3],
      [x, y + away + size * 2.3],
    ];
    const box = ([cx, cy]: [number, number]): Box => ({ x0: cx - w / 2, x1: cx + w / 2, y0: cy - size, y1: cy + size * 0.25 });
    const free = (b: Box) => taken.every((t) => b.x1 < t.x0 || b.x0 > t.x1 || b.y1 < t.y0 || b.y0 > t.y1);
    const spot = spots.find((c) => free(box(c))) ?? spots[0]!;
    taken.push(box(spot));
    out.push(
      `<text x="${fmt(spot[0])}" y="${fmt(spot[1])}" font-size="${size}" font-weight="${style.weight}" fill="${style.color}" text-anchor="middle" paint-order="stroke" stroke="#ffffff" stroke-width="0.9" stroke-linejoin="round">${escapeXml(text)}</text>`,
    );
  };
  for (const body of bodies) {
    const head = body.joints.head;
    place(f.X(head.x), f.Y(head.z), truncate(body.label, 24), 2.9, 0.16 * body.scale * f.mmPerM + 0.8, { weight: 700, color: TEXT });
  }
  for (const camera of input.cameras) {
    place(f.X(camera.position[0]), f.Y(camera.position[2]), `${truncate(camera.name, 16)} · ${fmt(camera.focalLengthMm)} mm`, 2.6, 2.6, { weight: 700, color: TEXT });
  }
  for (const piece of input.setPieces) place(f.X(piece.position[0]), f.Y(piece.position[2]) + 1, truncate(piece.label, 28), 2.6, 0, { weight: 400, color: MUTED });
  return out;
}

/** Diagonal hatching inside a barrier's footprint, every 1.2 mm on paper: pure lines, no pattern ids. */
const HATCH_MM = 1.2;

/** Hatch lines (x − z = c in the barrier's own frame) clipped to its w × d footprint, turned and placed. */
function hatchLines(b: Pick<FloorPlanBarrier, 'position' | 'rotationY' | 'size'>, spacingM: number): [number, number, number, number][] {
  const [w, , d] = b.size;
  const a = (b.rotationY * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  const world = (x: number, z: number): [number, number] => [b.position[0] + x * cos + z * sin, b.position[2] - x * sin + z * cos];
  const out: [number, number, number, number][] = [];
  const step = spacingM * Math.SQRT2;
  for (let c = -(w + d) / 2 + step / 2; c < (w + d) / 2; c += step) {
    const u0 = Math.max(-w / 2, c - d / 2);
    const u1 = Math.min(w / 2, c + d / 2);
    if (u1 - u0 < 1e-9) continue;
    out.push([...world(u0, u0 - c), ...world(u1, u1 - c)]);
  }
  return out;
}

function barrierSvg(f: PlanFrame, b: FloorPlanBarrier): string[] {
  const colour = escapeXml(b.color);
  const lines = hatchLines(b, HATCH_MM / f.mmPerM)
    .map(([x1, z1, x2, z2]) => `<line x1="${fmt(f.X(x1))}" y1="${fmt(f.Y(z1))}" x2="${fmt(f.X(x2))}" y2="${fmt(f.Y(z2))}"/>`)
    .join('');
  return [
    `<g aria-label="${escapeXml(b.label)}"><polygon points="${pieceCorners(b).map(([x, z]) => f.pt(x, z)).join(' ')}" fill="${colour}" fill-opacity="0.18" stroke="${DARK}" stroke-width="0.35"/><g stroke="${DARK}" stroke-width="0.2" stroke-opacity="0.75">${lines}</g></g>`,
  ];
}

interface LegendRow {
  readonly swatch: string;
  readonly text: string;
  readonly camera: boolean;
  readonly barrier?: boolean;
}

function legendRows(input: FloorPlanInput): LegendRow[] {
  return [
    ...input.performers.map((p) => {
      const off = !p.placement || p.placement.hidden;
      return { swatch: p.color, camera: false, text: `${p.label}${p.legend ? ` — ${p.legend}` : ''}${off ? ' (off stage in this beat)' : ''}` };
    }),
    ...input.cameras.map((c) => ({ swatch: DARK, camera: true, text: `${c.name} · ${fmt(c.focalLengthMm)} mm · ${c.aspect} · ${frameFovDeg(c).horizontal.toFixed(0)}° wide` })),
    ...(input.barriers ?? []).map((b) => ({
      swatch: b.color,
      camera: false,
      barrier: true,
      text: `Barrier: ${b.label}, ${cm(b.size[0])} × ${cm(b.size[2])} cm, ${cm(b.size[1])} cm thick${b.position[1] - b.size[1] / 2 > 0.05 ? `, ${cm(b.position[1] - b.size[1] / 2)} cm above the floor` : ''}`,
    })),
  ];
}

const cm = (m: number) => fmt(Math.round(m * 1000) / 10);

/** The scale bar and its words, then the legend in two columns. */
/** Two legend columns where the plan is wide enough for two names side by side (60 mm each), else one: the legend stays inside the plan's width. */
function legendColumns(f: PlanFrame): number {
  return f.planW >= 120 ? 2 : 1;
}

function footerSvg(f: PlanFrame, units: UnitSystem, legend: readonly LegendRow[]): string[] {
  const fy = f.oy + f.planH + 9;
  const count = units === 'metric' ? (f.scale <= 50 ? 2 : 5) : f.scale <= 50 ? 5 : 10;
  const step = (units === 'metric' ? 1 : 0.3048) * f.mmPerM;
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(`<rect x="${fmt(f.ox + i * step)}" y="${fmt(fy)}" width="${fmt(step)}" height="1.4" fill="${i % 2 ? '#ffffff' : TEXT}" stroke="${TEXT}" stroke-width="0.2"/>`);
  // A narrow plan (a beat card on the sheet) keeps the scale and leaves out "when printed at 100%", which would not fit.
  const printed = f.planW >= 120 ? ' when printed at 100%' : '';
  out.push(`<text x="${fmt(f.ox + count * step + 2)}" y="${fmt(fy + 1.4)}" font-size="2.6" fill="${TEXT}">${count} ${units === 'metric' ? 'm' : 'ft'} · scale 1:${f.scale}${printed}</text>`);
  const columns = legendColumns(f);
  const colW = f.planW / columns;
  legend.forEach((row, i) => {
    const x = f.ox + (i % columns) * colW;
    const y = fy + 7 + Math.floor(i / columns) * 5.5;
    out.push(
      row.barrier
        ? `<rect x="${fmt(x)}" y="${fmt(y - 2.6)}" width="3" height="2.6" fill="${escapeXml(row.swatch)}" fill-opacity="0.18" stroke="${DARK}" stroke-width="0.3"/><path d="M${fmt(x)},${fmt(y - 1.3)} L${fmt(x + 1.3)},${fmt(y - 2.6)} M${fmt(x)},${fmt(y)} L${fmt(x + 2.6)},${fmt(y - 2.6)} M${fmt(x + 1.3)},${fmt(y)} L${fmt(x + 3)},${fmt(y - 1.7)}" stroke="${DARK}" stroke-width="0.2"/>`
        : row.camera
        ? `<rect x="${fmt(x)}" y="${fmt(y - 2.4)}" width="3" height="2.4" rx="0.4" fill="${row.swatch}"/>`
        : `<circle cx="${fmt(x + 1.4)}" cy="${fmt(y - 1.1)}" r="1.4" fill="${escapeXml(row.swatch)}" stroke="${DARK}" stroke-width="0.25"/>`,
      `<text x="${fmt(x + 4.5)}" y="${fmt(y)}" font-size="2.8" fill="${TEXT}">${escapeXml(truncate(row.text, chars(colW - 6, 2.8)))}</text>`,
    );
  });
  return out;
}
