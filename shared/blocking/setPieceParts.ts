import type { SetPieceType } from '../domain/blocking';

// The boxes a set piece is made of, in its own frame: what the renderer draws (one merged mesh per
// piece, renderer/src/scene/geometry/setPieceGeometry.ts) and what the camera exposure check
// (shared/exposure) tests sight lines against, so a wall or a headboard hides the same thing in both.

/** A box in the piece's frame: origin on the floor at the centre of the footprint, −z is the back. */
export interface SetPiecePart {
  readonly c: readonly [number, number, number];
  readonly s: readonly [number, number, number];
  /** Multiplied into the piece's colour. */
  readonly shade: number;
}

const box = (cx: number, cy: number, cz: number, w: number, h: number, d: number, shade = 1): SetPiecePart => ({ c: [cx, cy, cz], s: [w, h, d], shade });
/** A box standing on y0 (its bottom), handier for furniture. */
const on = (y0: number, cx: number, cz: number, w: number, h: number, d: number, shade = 1): SetPiecePart => box(cx, y0 + h / 2, cz, w, h, d, shade);

function bed(w: number, h: number, d: number, pillows: number): SetPiecePart[] {
  const base = h * 0.45;
  const parts: SetPiecePart[] = [
    on(0, 0, 0, w, base, d, 0.62), // frame
    on(base, 0, 0.01, w - 0.03, h - base, d - 0.04, 1.12), // mattress
    on(0, 0, -d / 2 - 0.03, w + 0.04, Math.max(h + 0.45, 0.9), 0.06, 0.55), // headboard
    on(h - 0.02, 0, d * 0.16, w + 0.02, 0.06, d * 0.66, 0.9), // duvet over the lower two thirds
  ];
  const pw = Math.min(0.7, (w - 0.1) / pillows - 0.04);
  for (let i = 0; i < pillows; i++) {
    const x = -((pillows - 1) * (pw + 0.04)) / 2 + i * (pw + 0.04);
    parts.push(on(h, x, -d / 2 + 0.25, pw, 0.12, 0.38, 1.2));
  }
  return parts;
}

function seat(w: number, h: number, d: number, seatH: number, arms: boolean): SetPiecePart[] {
  const back = Math.min(0.22, d * 0.25);
  const arm = arms ? Math.min(0.2, w * 0.12) : 0;
  const parts: SetPiecePart[] = [
    on(0, 0, 0, w, seatH * 0.55, d, 0.7),
    on(seatH * 0.55, 0, back / 2, w - 2 * arm, seatH * 0.45, d - back, 1.08),
    on(0, 0, -d / 2 + back / 2, w, h, back, 0.9),
  ];
  if (arms) {
    parts.push(on(0, -w / 2 + arm / 2, 0, arm, seatH + 0.2, d, 0.85), on(0, w / 2 - arm / 2, 0, arm, seatH + 0.2, d, 0.85));
  }
  return parts;
}

function legs(w: number, d: number, legH: number, t: number, inset: number, shade: number): SetPiecePart[] {
  const x = w / 2 - inset - t / 2;
  const z = d / 2 - inset - t / 2;
  return [on(0, -x, -z, t, legH, t, shade), on(0, x, -z, t, legH, t, shade), on(0, -x, z, t, legH, t, shade), on(0, x, z, t, legH, t, shade)];
}

/** The parts of a set piece of a type and size (width x, height y, depth z, metres). */
export function setPieceParts(type: SetPieceType, [w, h, d]: readonly [number, number, number]): SetPiecePart[] {
  switch (type) {
    case 'singleBed':
      return bed(w, h, d, 1);
    case 'doubleBed':
    case 'kingBed':
      return bed(w, h, d, 2);
    case 'sofa':
      return seat(w, h, d, 0.45, true);
    case 'armchair':
      return seat(w, h, d, 0.45, true);
    case 'chair': {
      const seatY = Math.min(0.46, h * 0.5);
      return [...legs(w, d, seatY - 0.04, 0.04, 0.02, 0.7), on(seatY - 0.04, 0, 0, w, 0.04, d, 1), on(seatY, 0, -d / 2 + 0.02, w, h - seatY, 0.04, 0.9)];
    }
    case 'table':
      return [...legs(w, d, h - 0.04, 0.06, 0.05, 0.7), on(h - 0.04, 0, 0, w, 0.04, d, 1)];
    case 'wall':
      return [on(0, 0, 0, w, h, d, 1), on(0, 0, d / 2 + 0.005, w, 0.1, 0.012, 0.8)];
    case 'door': {
      const frame = 0.06;
      return [
        on(0, -w / 2 + frame / 2, 0, frame, h, d + 0.04, 0.8),
        on(0, w / 2 - frame / 2, 0, frame, h, d + 0.04, 0.8),
        on(h - frame, 0, 0, w, frame, d + 0.04, 0.8),
        on(0, 0, 0, w - 2 * frame, h - frame, d * 0.7, 1.05),
        on(1.0, w / 2 - 0.16, d * 0.35 + 0.02, 0.12, 0.025, 0.04, 0.45),
      ];
    }
    case 'showerStall': {
      const post = 0.04;
      const xs = [-w / 2 + post / 2, w / 2 - post / 2];
      const zs = [-d / 2 + post / 2, d / 2 - post / 2];
      const out: SetPiecePart[] = [on(0, 0, 0, w, 0.06, d, 0.85)];
      for (const x of xs) for (const z of zs) out.push(on(0, x, z, post, h, post, 0.7));
      out.push(on(0, 0, -d / 2 + 0.01, w, h, 0.02, 1.1), on(0, -w / 2 + 0.01, 0, 0.02, h, d, 1.1), on(h - 0.04, 0, 0, w, 0.04, d, 0.7));
      return out;
    }
    case 'carFrontSeats': {
      const seatW = w * 0.36;
      const out: SetPiecePart[] = [on(0, 0, 0, w * 0.14, 0.5, d * 0.6, 0.6)]; // centre console
      for (const x of [-w / 2 + seatW / 2, w / 2 - seatW / 2]) {
        out.push(on(0, x, 0.05, seatW, 0.35, d * 0.7, 1), on(0, x, -d / 2 + 0.1, seatW, h * 0.82, 0.16, 0.92), on(h * 0.82, x, -d / 2 + 0.1, seatW * 0.5, h * 0.18, 0.12, 0.85));
      }
      return out;
    }
    case 'floorMat':
    case 'box':
      return [on(0, 0, 0, w, h, d, 1)];
  }
}

