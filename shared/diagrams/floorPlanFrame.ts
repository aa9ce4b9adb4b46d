import type { SetPiece } from '../domain/blocking';
import { fmt } from './svg';

/** Where the plan sits on the page and how stage metres map to paper millimetres (upstage −z at the top). */
export interface PlanFrame {
  /** The stage area shown, metres. */
  readonly minX: number;
  readonly maxX: number;
  readonly minZ: number;
  readonly maxZ: number;
  /** The scale's denominator (50 = 1:50). */
  readonly scale: number;
  readonly mmPerM: number;
  /** The plan area on the page, millimetres. */
  readonly ox: number;
  readonly oy: number;
  readonly planW: number;
  readonly planH: number;
  readonly X: (x: number) => number;
  readonly Y: (z: number) => number;
  /** "x,y" on the page for a stage point. */
  readonly pt: (x: number, z: number) => string;
}

/** The standard architectural scales a plan is drawn at (denominators). */
export const FLOOR_PLAN_SCALES = [20, 25, 50, 75, 100, 150, 200, 300] as const;
const SCALES = FLOOR_PLAN_SCALES;
const MARGIN_M = 0.6;
const MIN_EXTENT_M = 3;

/** The corners of a set piece's footprint on the floor (x, z), turned by its rotation. */
export function pieceCorners(piece: Pick<SetPiece, 'position' | 'rotationY' | 'size'>): [number, number][] {
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

/**
 * Frames the given floor points (x, z) with room around them at the largest standard scale that fits
 * `maxW` × `maxH` mm; a small plan is widened to the page (at least 150 mm) rather than left tiny.
 * `minScale` (e.g. 50) asks for that scale or a smaller one (1:50, else 1:75…), never a larger one.
 */
export function planFrame(points: readonly (readonly [number, number])[], origin: { x: number; y: number }, maxW: number, maxH: number, minScale = 0): PlanFrame {
  const xs = points.length ? points.map((p) => p[0]) : [0];
  const zs = points.length ? points.map((p) => p[1]) : [0];
  let [minX, maxX, minZ, maxZ] = [Math.min(...xs) - MARGIN_M, Math.max(...xs) + MARGIN_M, Math.min(...zs) - MARGIN_M, Math.max(...zs) + MARGIN_M];
  const growX = Math.max(0, MIN_EXTENT_M - (maxX - minX)) / 2;
  const growZ = Math.max(0, MIN_EXTENT_M - (maxZ - minZ)) / 2;
  [minX, maxX, minZ, maxZ] = [minX - growX, maxX + growX, minZ - growZ, maxZ + growZ];
  const scale = SCALES.find((s) => s >= minScale && ((maxX - minX) * 1000) / s <= maxW && ((maxZ - minZ) * 1000) / s <= maxH) ?? 300;
  const widen = Math.max(0, (Math.min(maxW, 150) * scale) / 1000 - (maxX - minX)) / 2;
  [minX, maxX] = [minX - widen, maxX + widen];
  const mmPerM = 1000 / scale;
  const X = (x: number) => origin.x + (x - minX) * mmPerM;
  const Y = (z: number) => origin.y + (z - minZ) * mmPerM;
  return {
    minX,
    maxX,
    minZ,
    maxZ,
    scale,
    mmPerM,
    ox: origin.x,
    oy: origin.y,
    planW: (maxX - minX) * mmPerM,
    planH: (maxZ - minZ) * mmPerM,
    X,
    Y,
    pt: (x, z) => `${fmt(X(x))},${fmt(Y(z))}`,
  };
}
