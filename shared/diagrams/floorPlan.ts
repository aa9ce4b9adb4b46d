import { Quaternion, Vector3 } from 'three';
import { boneLabel, type BoneName } from '../domain/bones';
import type { CameraSetup, Placement, SetPiece } from '../domain/blocking';
import type { UnitSystem } from '../domain/production';
import { frameFovDeg, posedRig } from '../blocking';
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

export interface FloorPlanInput {
  /** Header lines, most important first (e.g. "Sc. 42 · Beat 3 of 6", the production, the beat's description). */
  readonly heading: readonly string[];
  readonly setPieces: readonly Pick<SetPiece, 'label' | 'type' | 'position' | 'rotationY' | 'size' | 'color'>[];
  readonly performers: readonly FloorPlanPerformer[];
  readonly cameras: readonly Pick<CameraSetup, 'name' | 'position' | 'target' | 'focalLengthMm' | 'sensor' | 'aspect'>[];
  readonly units: UnitSystem;
}

export interface FloorPlanOptions {
  /** The largest the plan itself may be on paper, millimetres (default: an A4 page's width and half its height). */
  readonly maxWidthMm?: number;
  readonly maxHeightMm?: number;
}

export interface FloorPlan {
  readonly svg: string;
  /** The scale's denominator: 50 means 1:50 (1 m on the ground is 20 mm on paper). */
  readonly scale: number;
  readonly widthMm: number;
  readonly heightMm: number;
}

const SCALES = [20, 25, 50, 75, 100, 150, 200, 300] as const;
const MARGIN_M = 0.6;
const MIN_EXTENT_M = 3;
const PAGE_PAD = 8; // mm around everything
const TEXT = '#1d1f24';
const MUTED = '#5d626d';
const FONT = "font-family=\"'Helvetica Neue', Helvetica, Arial, 'DejaVu Sans', sans-serif\"";

// Body parts seen from above: [from joint, to joint, thickness in metres for a 1.70 m figure].
const LIMBS: readonly (readonly [BoneName, BoneName, number])[] = [
  ['hips', 'chest', 0.3],
  ['chest', 'neck', 0.32],
  ['leftUpperLeg', 'leftLowerLeg', 0.15],
  ['rightUpperLeg', 'rightLowerLeg', 0.15],
  ['leftLowerLeg', 'leftFoot', 0.11],
  ['rightLowerLeg', 'rightFoot', 0.11],
  ['leftFoot', 'leftToes', 0.09],
  ['rightFoot', 'rightToes', 0.09],
  ['leftUpperArm', 'leftLowerArm', 0.09],
  ['rightUpperArm', 'rightLowerArm', 0.09],
  ['leftLowerArm', 'leftHand', 0.075],
  ['rightLowerArm', 'rightHand', 0.075],
  ['leftShoulder', 'leftUpperArm', 0.1],
  ['rightShoulder', 'rightUpperArm', 0.1],
];

interface Box {
  minX: number;
  maxX: number;
  minZ: number;
  maxZ: number;
}

function pieceCorners(piece: FloorPlanInput['setPieces'][number]): [number, number][] {
  const a = (piece.rotationY * Math.PI) / 180;
  const [w, , d] = piece.size;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  return [
    [-w / 2, -d / 2],
    [w / 2, -d / 2],
    [w / 2, d / 2],
    [-w / 2, d / 2],
  ].map(([x, z]) => [piece.position[0] + x! * cos + z! * sin, piece.position[2] - x! * sin + z! * cos]);
}

interface Body {
  readonly performer: FloorPlanPerformer;
  readonly joints: Record<BoneName, Vector3>;
  readonly facing: Vector3;
  readonly scale: number;
}

function bodyOf(performer: FloorPlanPerformer): Body | null {
  const p = performer.placement;
  if (!p || p.hidden) return null;
  const rig = posedRig(p, performer.heightCm);
  const joints = {} as Record<BoneName, Vector3>;
  for (const [name, bone] of Object.entries(rig.bones) as [BoneName, (typeof rig.bones)[BoneName]][]) joints[name] = bone.getWorldPosition(new Vector3());
  const facing = new Vector3(0, 0, 1).applyQuaternion(rig.bones.head.getWorldQuaternion(new Quaternion()));
  return { performer, joints, facing, scale: rig.scale };
}

function pickScale(box: Box, maxW: number, maxH: number): number {
  const w = box.maxX - box.minX;
  const h = box.maxZ - box.minZ;
  return SCALES.find((s) => (w * 1000) / s <= maxW && (h * 1000) / s <= maxH) ?? 300;
}

export function floorPlanSvg(input: FloorPlanInput, options: FloorPlanOptions = {}): FloorPlan {
  const maxW = options.maxWidthMm ?? 180;
  const maxH = options.maxHeightMm ?? 140;
  const bodies = input.performers.map(bodyOf).filter((b): b is Body => b !== null);

  // What must be on the plan: every set piece, body and camera, with room around them.
  const box: Box = { minX: Infinity, maxX: -Infinity, minZ: Infinity, maxZ: -Infinity };
  const take = (x: number, z: number) => {
    box.minX = Math.min(box.minX, x);
    box.maxX = Math.max(box.maxX, x);
    box.minZ = Math.min(box.minZ, z);
    box.maxZ = Math.max(box.maxZ, z);
  };
  for (const piece of input.setPieces) for (const [x, z] of pieceCorners(piece)) take(x, z);
  for (const body of bodies) for (const j of Object.values(body.joints)) take(j.x, j.z);
  for (const camera of input.cameras) take(camera.position[0], camera.position[2]);
  if (!Number.isFinite(box.minX)) take(0, 0);
  box.minX -= MARGIN_M;
  box.maxX += MARGIN_M;
  box.minZ -= MARGIN_M;
  box.maxZ += MARGIN_M;
  for (const [lo, hi] of [['minX', 'maxX'], ['minZ', 'maxZ']] as const) {
    const grow = Math.max(0, MIN_EXTENT_M - (box[hi] - box[lo])) / 2;
    box[lo] -= grow;
    box[hi] += grow;
  }
  const scale = pickScale(box, maxW, maxH);
  // A plan much smaller than the page wastes it: widen the frame to the page at that scale instead.
  const widthM = Math.max(box.maxX - box.minX, (Math.min(maxW, 150) * scale) / 1000);
  const extraX = (widthM - (box.maxX - box.minX)) / 2;
  box.minX -= extraX;
  box.maxX += extraX;

  const mmPerM = 1000 / scale;
  const planW = (box.maxX - box.minX) * mmPerM;
  const planH = (box.maxZ - box.minZ) * mmPerM;
  const headingLines = input.heading.filter((l) => l.trim()).slice(0, 3);
  const headerH = 10 + headingLines.length * 5.5;
  const legendRows = input.performers.length + input.cameras.length;
  const footerH = 14 + Math.ceil(legendRows / 2) * 5.5;
  const pageW = planW + PAGE_PAD * 2;
  const pageH = PAGE_PAD + headerH + planH + footerH + PAGE_PAD;
  const ox = PAGE_PAD;
  const oy = PAGE_PAD + headerH;
  const X = (x: number) => ox + (x - box.minX) * mmPerM;
  const Y = (z: number) => oy + (z - box.minZ) * mmPerM;
  const pt = (x: number, z: number) => `${fmt(X(x))},${fmt(Y(z))}`;

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${fmt(pageW)}mm" height="${fmt(pageH)}mm" viewBox="0 0 ${fmt(pageW)} ${fmt(pageH)}" ${FONT} role="img" aria-label="${escapeXml(`Floor plan, ${headingLines[0] ?? ''}`)}">`,
    `<rect width="${fmt(pageW)}" height="${fmt(pageH)}" fill="#ffffff"/>`,
  );

  // Header.
  out.push(`<text x="${ox}" y="${fmt(PAGE_PAD + 2)}" font-size="2.4" font-weight="700" fill="#a3262a" letter-spacing="0.3">CONFIDENTIAL — CLOSED-SET MATERIAL</text>`);
  const chars = (mm: number, size: number) => Math.floor(mm / (size * 0.52));
  headingLines.forEach((line, i) => {
    const size = i === 0 ? 4.2 : 3.2;
    out.push(`<text x="${ox}" y="${fmt(PAGE_PAD + 8 + i * 5.5)}" font-size="${size}" font-weight="${i === 0 ? 700 : 400}" fill="${i === 0 ? TEXT : MUTED}">${escapeXml(truncate(line, chars(planW, size)))}</text>`);
  });

  // Plan frame and grid (0.5 m / 1 m, or 1 ft / 5 ft).
  // The plan area clips what reaches past it (camera wedges): a nested viewport, not a clip-path id, so
  // several plans can sit in one document (the choreography sheet) without their ids colliding.
  out.push(`<svg x="${fmt(ox)}" y="${fmt(oy)}" width="${fmt(planW)}" height="${fmt(planH)}" viewBox="${fmt(ox)} ${fmt(oy)} ${fmt(planW)} ${fmt(planH)}" overflow="hidden">`);
  const [minor, major] = input.units === 'metric' ? [0.5, 1] : [0.3048, 1.524];
  const lines: string[] = [];
  for (let x = Math.ceil(box.minX / minor) * minor; x <= box.maxX; x += minor) {
    const isMajor = Math.abs(x / major - Math.round(x / major)) < 1e-6;
    lines.push(`<line x1="${fmt(X(x))}" y1="${fmt(oy)}" x2="${fmt(X(x))}" y2="${fmt(oy + planH)}" stroke="${isMajor ? '#cfd3da' : '#e8eaee'}" stroke-width="${isMajor ? 0.25 : 0.18}"/>`);
  }
  for (let z = Math.ceil(box.minZ / minor) * minor; z <= box.maxZ; z += minor) {
    const isMajor = Math.abs(z / major - Math.round(z / major)) < 1e-6;
    lines.push(`<line x1="${fmt(ox)}" y1="${fmt(Y(z))}" x2="${fmt(ox + planW)}" y2="${fmt(Y(z))}" stroke="${isMajor ? '#cfd3da' : '#e8eaee'}" stroke-width="${isMajor ? 0.25 : 0.18}"/>`);
  }
  out.push(...lines);

  // Camera wedges under everything else: the horizontal angle of view, out to the edge of the plan.
  const reach = Math.hypot(box.maxX - box.minX, box.maxZ - box.minZ);
  for (const camera of input.cameras) {
    const dx = camera.target[0] - camera.position[0];
    const dz = camera.target[2] - camera.position[2];
    if (Math.hypot(dx, dz) < 1e-6) continue; // looking straight down: no wedge on a plan
    const heading = Math.atan2(dz, dx);
    const half = ((frameFovDeg(camera).horizontal / 2) * Math.PI) / 180;
    const [cx, , cz] = camera.position;
    const edge = (a: number): [number, number] => [cx + Math.cos(a) * reach, cz + Math.sin(a) * reach];
    const [lx, lz] = edge(heading - half);
    const [rx, rz] = edge(heading + half);
    out.push(`<path d="M${pt(cx, cz)} L${pt(lx, lz)} L${pt(rx, rz)} Z" fill="#4a55c9" fill-opacity="0.07" stroke="#4a55c9" stroke-opacity="0.55" stroke-width="0.25" stroke-dasharray="1.2 0.8"/>`);
  }

  // Set pieces: footprints with their names.
  for (const piece of input.setPieces) {
    const corners = pieceCorners(piece);
    out.push(`<polygon points="${corners.map(([x, z]) => pt(x, z)).join(' ')}" fill="${escapeXml(piece.color)}" fill-opacity="0.22" stroke="${escapeXml(piece.color)}" stroke-width="0.4"/>`);
  }

  // Bodies from above, lowest first so a body lying over another is drawn on top.
  const ordered = [...bodies].sort((a, b) => a.joints.hips.y - b.joints.hips.y);
  for (const body of ordered) {
    const color = escapeXml(body.performer.color);
    const parts = LIMBS.map(([from, to, thickness]) => ({ from: body.joints[from], to: body.joints[to], w: thickness * body.scale * mmPerM }));
    parts.sort((a, b) => a.from.y + a.to.y - (b.from.y + b.to.y));
    out.push(`<g stroke-linecap="round" stroke-linejoin="round">`);
    // A dark outline under the coloured fill keeps touching bodies apart on paper.
    for (const outline of [true, false]) {
      for (const p of parts) {
        out.push(`<line x1="${fmt(X(p.from.x))}" y1="${fmt(Y(p.from.z))}" x2="${fmt(X(p.to.x))}" y2="${fmt(Y(p.to.z))}" stroke="${outline ? '#2a2d33' : color}" stroke-width="${fmt(outline ? p.w + 0.6 : p.w)}"${outline ? ' stroke-opacity="0.85"' : ''}/>`);
      }
    }
    const head = body.joints.head;
    const r = 0.105 * body.scale * mmPerM;
    out.push(`<circle cx="${fmt(X(head.x))}" cy="${fmt(Y(head.z))}" r="${fmt(r)}" fill="${color}" stroke="#2a2d33" stroke-width="0.3"/>`);
    // The way the face points (seen from above), unless the face points straight up or down.
    const f = new Vector3(body.facing.x, 0, body.facing.z);
    if (f.length() > 0.3) {
      f.normalize();
      const tip = [head.x + f.x * 0.2 * body.scale, head.z + f.z * 0.2 * body.scale] as const;
      const side = [-f.z * 0.06 * body.scale, f.x * 0.06 * body.scale] as const;
      const base = [head.x + f.x * 0.09 * body.scale, head.z + f.z * 0.09 * body.scale] as const;
      out.push(`<path d="M${pt(base[0] + side[0], base[1] + side[1])} L${pt(tip[0], tip[1])} L${pt(base[0] - side[0], base[1] - side[1])} Z" fill="#2a2d33"/>`);
    }
    out.push(`</g>`);
  }

  // Anchor points: pinned hands and feet.
  for (const body of bodies) {
    for (const pin of body.performer.placement?.pins ?? []) {
      const [x, , z] = pin.target;
      const s = 1.3;
      out.push(
        `<path d="M${fmt(X(x))},${fmt(Y(z) - s)} L${fmt(X(x) + s)},${fmt(Y(z))} L${fmt(X(x))},${fmt(Y(z) + s)} L${fmt(X(x) - s)},${fmt(Y(z))} Z" fill="#ffd166" stroke="#2a2d33" stroke-width="0.3"><title>${escapeXml(`${body.performer.label}: ${boneLabel(pin.bone)} pinned`)}</title></path>`,
      );
    }
  }

  // Camera bodies with their names.
  for (const camera of input.cameras) {
    const [cx, , cz] = camera.position;
    const a = (Math.atan2(camera.target[2] - cz, camera.target[0] - cx) * 180) / Math.PI;
    out.push(`<g transform="translate(${pt(cx, cz)}) rotate(${fmt(a)})"><rect x="-3" y="-1.6" width="4.2" height="3.2" rx="0.5" fill="#2a2d33"/><path d="M1.2,-1 L2.6,-1.7 L2.6,1.7 L1.2,1 Z" fill="#2a2d33"/></g>`);
  }

  // Labels last, on top of everything: set pieces, then performers, then cameras.
  const label = (x: number, y: number, text: string, opts: { size?: number; weight?: number; color?: string; halo?: boolean } = {}) =>
    `<text x="${fmt(x)}" y="${fmt(y)}" font-size="${opts.size ?? 2.6}" font-weight="${opts.weight ?? 400}" fill="${opts.color ?? TEXT}" text-anchor="middle"${opts.halo === false ? '' : ' paint-order="stroke" stroke="#ffffff" stroke-width="0.9" stroke-linejoin="round"'}>${escapeXml(text)}</text>`;
  // Performer and camera names must not sit on each other (an embrace puts two heads together): each
  // takes the first free spot of above / below / right / left of its anchor.
  const placed: { x0: number; x1: number; y0: number; y1: number }[] = [];
  const freeSpot = (x: number, y: number, text: string, size: number, away: number): [number, number] => {
    const w = text.length * size * 0.56;
    const spots: [number, number][] = [
      [x, y - away],
      [x, y + away + size],
      [x + away + w / 2, y + size / 3],
      [x - away - w / 2, y + size / 3],
      [x, y - away - size * 1.3],
      [x, y + away + size * 2.3],
    ];
    const box = ([cx, cy]: [number, number]) => ({ x0: cx - w / 2, x1: cx + w / 2, y0: cy - size, y1: cy + size * 0.25 });
    const fits = (b: ReturnType<typeof box>) => placed.every((p) => b.x1 < p.x0 || b.x0 > p.x1 || b.y1 < p.y0 || b.y0 > p.y1);
    const spot = spots.find((c) => fits(box(c))) ?? spots[0]!;
    placed.push(box(spot));
    return spot;
  };
  for (const body of bodies) {
    const head = body.joints.head;
    const text = truncate(body.performer.label, 24);
    const [x, y] = freeSpot(X(head.x), Y(head.z), text, 2.9, 0.16 * body.scale * mmPerM + 0.8);
    out.push(label(x, y, text, { weight: 700, size: 2.9 }));
  }
  for (const camera of input.cameras) {
    const [cx, , cz] = camera.position;
    const text = `${truncate(camera.name, 16)} · ${fmt(camera.focalLengthMm)} mm`;
    const [x, y] = freeSpot(X(cx), Y(cz), text, 2.6, 2.6);
    out.push(label(x, y, text, { weight: 700 }));
  }
  for (const piece of input.setPieces) {
    const [x, , z] = piece.position;
    const text = truncate(piece.label, 28);
    const [lx, ly] = freeSpot(X(x), Y(z) + 1, text, 2.6, 0);
    out.push(label(lx, ly, text, { color: MUTED }));
  }
  out.push(`</svg>`);
  out.push(`<rect x="${fmt(ox)}" y="${fmt(oy)}" width="${fmt(planW)}" height="${fmt(planH)}" fill="none" stroke="#9aa0aa" stroke-width="0.3"/>`);
  out.push(`<text x="${fmt(ox + planW / 2)}" y="${fmt(oy - 1.5)}" font-size="2.4" fill="${MUTED}" text-anchor="middle" letter-spacing="0.4">UPSTAGE</text>`);
  out.push(`<text x="${fmt(ox + planW / 2)}" y="${fmt(oy + planH + 3.6)}" font-size="2.4" fill="${MUTED}" text-anchor="middle" letter-spacing="0.4">DOWNSTAGE</text>`);

  // Footer: scale bar, scale, legend.
  const fy = oy + planH + 9;
  const barUnit = input.units === 'metric' ? 1 : 0.3048;
  const barCount = input.units === 'metric' ? (scale <= 50 ? 2 : 5) : scale <= 50 ? 5 : 10;
  const barStep = barUnit * mmPerM;
  for (let i = 0; i < barCount; i++) out.push(`<rect x="${fmt(ox + i * barStep)}" y="${fmt(fy)}" width="${fmt(barStep)}" height="1.4" fill="${i % 2 ? '#ffffff' : TEXT}" stroke="${TEXT}" stroke-width="0.2"/>`);
  const barLabel = input.units === 'metric' ? `${barCount} m` : `${barCount} ft`;
  out.push(`<text x="${fmt(ox + barCount * barStep + 2)}" y="${fmt(fy + 1.4)}" font-size="2.6" fill="${TEXT}">${barLabel} · scale 1:${scale} when printed at 100%</text>`);
  const legend: { swatch: string; text: string; camera?: boolean }[] = [
    ...input.performers.map((p) => {
      const off = !p.placement || p.placement.hidden;
      return { swatch: p.color, text: `${p.label}${p.legend ? ` — ${p.legend}` : ''}${off ? ' (off stage in this beat)' : ''}` };
    }),
    ...input.cameras.map((c) => {
      const fov = frameFovDeg(c).horizontal;
      return { swatch: '#2a2d33', camera: true, text: `${c.name} · ${fmt(c.focalLengthMm)} mm · ${c.aspect} · ${fov.toFixed(0)}° wide` };
    }),
  ];
  const colW = Math.max(planW / 2, 80);
  legend.forEach((row, i) => {
    const x = ox + (i % 2) * colW;
    const y = fy + 7 + Math.floor(i / 2) * 5.5;
    out.push(
      row.camera
        ? `<rect x="${fmt(x)}" y="${fmt(y - 2.4)}" width="3" height="2.4" rx="0.4" fill="${row.swatch}"/>`
        : `<circle cx="${fmt(x + 1.4)}" cy="${fmt(y - 1.1)}" r="1.4" fill="${escapeXml(row.swatch)}" stroke="#2a2d33" stroke-width="0.25"/>`,
      `<text x="${fmt(x + 4.5)}" y="${fmt(y)}" font-size="2.8" fill="${TEXT}">${escapeXml(truncate(row.text, chars(colW - 6, 2.8)))}</text>`,
    );
  });
  out.push(`</svg>`);
  return { svg: out.join('\n'), scale, widthMm: pageW, heightMm: pageH };
}

