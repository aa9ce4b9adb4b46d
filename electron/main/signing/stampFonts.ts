// The signature stamp's fonts: the sheet's own Noto Sans (resources/fonts/, OFL; the licence ships in
// resources/fonts of the package), so any name in Latin, Latin Extended and Vietnamese (ễ, ị…) is drawn
// exactly, in the faces the sheet itself uses (electron/main/export/fonts.ts).
//
// The app ships them only as WOFF2. pdf-lib embeds a font through @pdf-lib/fontkit, which reads WOFF2
// but cannot subset it (its subsetter copies glyphs byte for byte out of `glyf`/`loca`, which WOFF2
// stores transformed). So each face is rebuilt once per process, in memory, as the plain TrueType font
// the WOFF2 was compressed from: every table as stored, `glyf`/`loca` re-encoded from the glyphs fontkit
// decodes. Nothing converted is shipped; the subset embedded in the PDF is made from that rebuild.
import fontkit from '@pdf-lib/fontkit';
import sans400 from '../../../resources/fonts/noto-sans-latin-400-normal.woff2?inline';
import sans600 from '../../../resources/fonts/noto-sans-latin-600-normal.woff2?inline';
import sansExt400 from '../../../resources/fonts/noto-sans-latin-ext-400-normal.woff2?inline';
import sansExt600 from '../../../resources/fonts/noto-sans-latin-ext-600-normal.woff2?inline';
import sansViet400 from '../../../resources/fonts/noto-sans-vietnamese-400-normal.woff2?inline';
import sansViet600 from '../../../resources/fonts/noto-sans-vietnamese-600-normal.woff2?inline';

export type StampWeight = 'regular' | 'semibold';

/** The faces of one weight, in the order a character is looked up (latin, latin-ext, Vietnamese). */
const FACES: Record<StampWeight, readonly string[]> = {
  regular: [sans400, sansExt400, sansViet400],
  semibold: [sans600, sansExt600, sansViet600],
};

/**
 * One face, read only when a character needs it (the latin face covers most names; rebuilding a face
 * costs a few hundred milliseconds, once per process): the code points it has and its TrueType bytes.
 */
export class StampFace {
  private font: { characterSet: number[]; postscriptName: string | null } | null = null;
  private coverage: ReadonlySet<number> | null = null;
  private rebuilt: Uint8Array | null = null;

  constructor(private readonly woff2: Uint8Array) {}

  has(codePoint: number): boolean {
    this.coverage ??= new Set(this.parsed().characterSet);
    return this.coverage.has(codePoint);
  }

  get postscriptName(): string {
    return this.parsed().postscriptName ?? 'NotoSans';
  }

  get ttf(): Uint8Array {
    this.rebuilt ??= woff2ToTrueType(this.woff2);
    return this.rebuilt;
  }

  private parsed() {
    this.font ??= fontkit.create(Buffer.from(this.woff2));
    return this.font;
  }
}

const cache = new Map<StampWeight, StampFace[]>();

/** The faces of `weight`, in lookup order (made once per process, read lazily). */
export function stampFaces(weight: StampWeight): StampFace[] {
  let faces = cache.get(weight);
  if (!faces) {
    faces = FACES[weight].map((dataUri) => new StampFace(Buffer.from(dataUri.slice(dataUri.indexOf(',') + 1), 'base64')));
    cache.set(weight, faces);
  }
  return faces;
}

// --- WOFF2 → TrueType ---------------------------------------------------------------------------------

/** What @pdf-lib/fontkit 1.1.1 keeps of a decoded WOFF2 font (not in its typings; pinned version). */
interface DecodedWoff2 {
  numGlyphs: number;
  directory: { tables: Record<string, { tag: string; length: number; transformLength?: number }> };
  stream: { buffer: Uint8Array };
  getGlyph(id: number): { _decode(): DecodedGlyph | null; bbox: { minX: number; minY: number; maxX: number; maxY: number } };
}
interface DecodedGlyph {
  numberOfContours: number;
  points?: { x: number; y: number; onCurve: boolean; endContour: boolean }[];
  components?: { glyphID: number; dx: number; dy: number; scaleX: number; scaleY: number; scale01: number; scale10: number }[];
}

const ARG_1_AND_2_ARE_WORDS = 0x0001;
const ARGS_ARE_XY_VALUES = 0x0002;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

export function woff2ToTrueType(woff2: Uint8Array): Uint8Array {
  const font = fontkit.create(Buffer.from(woff2)) as unknown as DecodedWoff2;
  if (!font.directory?.tables?.glyf) throw new Error('The stamp font is not a TrueType-flavoured WOFF2 file.');
  // Decoding the first glyph decompresses the font and decodes the transformed glyf table.
  font.getGlyph(0)._decode();
  const data = font.stream.buffer;

  // Every table sits in the decompressed stream in directory order, at its (transformed) length.
  const tables = new Map<string, Uint8Array>();
  let offset = 0;
  for (const entry of Object.values(font.directory.tables)) {
    const length = entry.transformLength ?? entry.length;
    tables.set(entry.tag, Uint8Array.from(data.subarray(offset, offset + length)));
    offset += length;
  }

  const glyphs: Uint8Array[] = [];
  for (let id = 0; id < font.numGlyphs; id++) glyphs.push(encodeGlyph(font, id));
  const loca = new DataView(new ArrayBuffer(4 * (glyphs.length + 1)));
  let at = 0;
  glyphs.forEach((g, i) => {
    loca.setUint32(4 * i, at);
    at += g.length;
  });
  loca.setUint32(4 * glyphs.length, at);
  tables.set('glyf', concat(glyphs));
  tables.set('loca', new Uint8Array(loca.buffer));

  const head = tables.get('head')!;
  const headView = new DataView(head.buffer);
  headView.setUint32(8, 0); // checkSumAdjustment, recomputed below
  headView.setInt16(50, 1); // indexToLocFormat: long offsets, as written above
  if (tables.has('hmtx') && font.directory.tables.hmtx?.transformLength !== undefined) {
    throw new Error('The stamp font stores transformed horizontal metrics, which this reader does not rebuild.');
  }
  return sfnt(tables);
}

/** One glyph as a `glyf` entry, padded to 4 bytes (no hinting instructions: the PDF does not need them). */
function encodeGlyph(font: DecodedWoff2, id: number): Uint8Array {
  const glyph = font.getGlyph(id);
  const decoded = glyph._decode();
  if (!decoded || decoded.numberOfContours === 0) return new Uint8Array(0);
  const bytes: number[] = [];
  const u16 = (v: number) => bytes.push((v >> 8) & 0xff, v & 0xff);
  const i16 = (v: number) => u16(v < 0 ? v + 0x10000 : v);
  i16(decoded.numberOfContours);
  const points = decoded.points ?? [];
  if (decoded.numberOfContours > 0) {
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)].forEach(i16);
    points.forEach((p, i) => p.endContour && u16(i));
    u16(0); // instructionLength
    for (const p of points) bytes.push(p.onCurve ? 1 : 0); // every coordinate as a signed 16-bit delta
    let last = 0;
    for (const x of xs) (i16(x - last), (last = x));
    last = 0;
    for (const y of ys) (i16(y - last), (last = y));
  } else {
    // A composite's box from its outline (fontkit builds the path; only composites pay for it).
    const { minX, minY, maxX, maxY } = glyph.bbox;
    [Math.floor(minX), Math.floor(minY), Math.ceil(maxX), Math.ceil(maxY)].forEach(i16);
    const components = decoded.components ?? [];
    components.forEach((c, i) => {
      const twoByTwo = c.scale01 !== 0 || c.scale10 !== 0;
      const xy = !twoByTwo && c.scaleX !== c.scaleY;
      const uniform = !twoByTwo && !xy && c.scaleX !== 1;
      u16(ARG_1_AND_2_ARE_WORDS | ARGS_ARE_XY_VALUES | (i < components.length - 1 ? MORE_COMPONENTS : 0) |
        (twoByTwo ? WE_HAVE_A_TWO_BY_TWO : xy ? WE_HAVE_AN_X_AND_Y_SCALE : uniform ? WE_HAVE_A_SCALE : 0));
      u16(c.glyphID);
      i16(c.dx);
      i16(c.dy);
      const f2dot14 = (v: number) => i16(Math.round(v * 16384));
      if (twoByTwo) [c.scaleX, c.scale01, c.scale10, c.scaleY].forEach(f2dot14);
      else if (xy) [c.scaleX, c.scaleY].forEach(f2dot14);
      else if (uniform) f2dot14(c.scaleX);
    });
  }
  while (bytes.length % 4) bytes.push(0);
  return Uint8Array.from(bytes);
}

/** An OpenType file (TrueType outlines) holding `tables`, with its checksums. */
function sfnt(tables: Map<string, Uint8Array>): Uint8Array {
  const tags = [...tables.keys()].sort();
  const headerLength = 12 + 16 * tags.length;
  const padded = (n: number) => (n + 3) & ~3;
  const total = headerLength + tags.reduce((sum, tag) => sum + padded(tables.get(tag)!.length), 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  const searchRange = 2 ** Math.floor(Math.log2(tags.length)) * 16;
  view.setUint32(0, 0x00010000);
  view.setUint16(4, tags.length);
  view.setUint16(6, searchRange);
  view.setUint16(8, Math.log2(searchRange / 16));
  view.setUint16(10, tags.length * 16 - searchRange);
  let at = headerLength;
  let headAt = -1;
  tags.forEach((tag, i) => {
    const table = tables.get(tag)!;
    out.set(table, at);
    const record = 12 + 16 * i;
    for (let c = 0; c < 4; c++) view.setUint8(record + c, tag.charCodeAt(c));
    view.setUint32(record + 4, checksum(out, at, table.length));
    view.setUint32(record + 8, at);
    view.setUint32(record + 12, table.length);
    if (tag === 'head') headAt = at;
    at += padded(table.length);
  });
  if (headAt >= 0) view.setUint32(headAt + 8, (0xb1b0afba - checksum(out, 0, out.length)) >>> 0);
  return out;
}

function checksum(bytes: Uint8Array, start: number, length: number): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  let sum = 0;
  for (let i = start; i < start + ((length + 3) & ~3); i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) (out.set(p, at), (at += p.length));
  return out;
}
