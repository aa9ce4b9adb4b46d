import fontkit from '@pdf-lib/fontkit';
import { type PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';
import { formatFingerprint } from '../../../shared/signing/verdict';
import { type StampWeight, stampFaces } from './stampFonts';

const FONT_SIZE = 7;
const PADDING = 5;
const MARGIN = 28;
const INK = rgb(0.2, 0.22, 0.26);
const MUTED = rgb(0.4, 0.42, 0.46);
const RULE = rgb(0.55, 0.58, 0.63);
/** Drawn for a character no face has (CJK, Cyrillic…): the Unicode replacement character, never a guess. */
const REPLACEMENT = '\uFFFD';

/**
 * A small signature stamp in the last page's bottom-right corner, drawn into the page itself (so it
 * prints) before the placeholder is added; returns its rectangle for the signature widget.
 *
 * The text is set in the sheet's Noto Sans (stampFonts.ts), embedded as subsets, so a name in Latin or
 * Latin Extended is drawn exactly. A character none of the faces has is drawn as "�", and a last line
 * says so: the signer name is the certificate's common name, which holds it in full
 */
export async function drawSignatureStamp(
  doc: PDFDocument,
  page: PDFPage,
  { signerName, signingTime, fingerprint }: { signerName: string; signingTime: Date; fingerprint: string },
): Promise<[number, number, number, number]> {
  // A fresh parse per document: a fontkit font shared between documents loses code points of glyphs an
  // earlier subset read by id, and the text would not copy out of the PDF whole.
  doc.registerFontkit(fontkit);
  const regular = new StampType(doc, 'regular');
  const semibold = new StampType(doc, 'semibold');
  const name = await semibold.layout(`Digitally signed by ${signerName}`);
  const lines = [
    name,
    await regular.layout(`${signingTime.toISOString().slice(0, 16).replace('T', ' ')} UTC · PAdES, whole document`),
    await regular.layout(`Certificate SHA-256 ${formatFingerprint(fingerprint, 8)}…`),
  ];
  if (name.replaced) lines.push(await regular.layout(`${REPLACEMENT} marks a character the stamp cannot draw; the signing certificate gives the name in full.`, MUTED));

  const width = Math.max(...lines.map((l) => l.width)) + 2 * PADDING;
  const lineHeight = FONT_SIZE * 1.35;
  const height = lines.length * lineHeight + 2 * PADDING - (lineHeight - FONT_SIZE);
  const { width: pageWidth } = page.getSize();
  const x = pageWidth - MARGIN - width;
  const y = MARGIN / 2;

  page.drawRectangle({ x, y, width, height, borderColor: RULE, borderWidth: 0.5, color: rgb(1, 1, 1) });
  page.drawRectangle({ x, y, width: 2, height, color: INK });
  for (const [i, line] of lines.entries()) {
    let runX = x + PADDING + 1;
    const runY = y + height - PADDING - FONT_SIZE - i * lineHeight + 1.5;
    for (const run of line.runs) {
      page.drawText(run.text, { x: runX, y: runY, size: FONT_SIZE, font: run.font, color: line.color });
      runX += run.width;
    }
  }
  return [x, y, x + width, y + height];
}

interface Run {
  readonly font: PDFFont;
  readonly text: string;
  readonly width: number;
}
interface Line {
  readonly runs: readonly Run[];
  readonly width: number;
  readonly color: ReturnType<typeof rgb>;
  /** Whether some character had no glyph in any face and is drawn as the replacement character. */
  readonly replaced: boolean;
}

/** One weight of the stamp's type: splits text into runs by the first face that has each character. */
class StampType {
  private readonly faces;
  private readonly embedded = new Map<number, Promise<PDFFont>>();

  constructor(private readonly doc: PDFDocument, private readonly weight: StampWeight) {
    this.faces = stampFaces(weight);
  }

  async layout(text: string, color = INK): Promise<Line> {
    const pieces: { face: number; text: string }[] = [];
    let replaced = false;
    // NFC first: a name typed as letter + combining accent is drawn with the precomposed letter.
    for (let ch of Array.from(text.normalize('NFC'))) {
      let face = this.faceFor(ch);
      if (face < 0) {
        replaced = true;
        ch = REPLACEMENT;
        face = Math.max(0, this.faceFor(ch));
      }
      const last = pieces.at(-1);
      if (last?.face === face) last.text += ch;
      else pieces.push({ face, text: ch });
    }
    const runs = await Promise.all(pieces.map(async (p) => {
      const font = await this.font(p.face);
      return { font, text: p.text, width: font.widthOfTextAtSize(p.text, FONT_SIZE) };
    }));
    return { runs, width: runs.reduce((w, r) => w + r.width, 0), color, replaced };
  }

  private faceFor(ch: string): number {
    const code = ch.codePointAt(0)!;
    return this.faces.findIndex((f) => f.has(code));
  }

  /** Each face is embedded (as a subset of the glyphs drawn) only when a run uses it. */
  private font(face: number): Promise<PDFFont> {
    let font = this.embedded.get(face);
    if (!font) {
      const { ttf, postscriptName } = this.faces[face]!;
      // A subset's name starts with a six-letter tag (ISO 32000-1, 9.6.4), distinct per subset in the file.
      const tag = `CSST${this.weight === 'regular' ? 'R' : 'S'}${'ABCDEFGH'[face]}`;
      font = this.doc.embedFont(ttf, { subset: true, customName: `${tag}+${postscriptName}` });
      this.embedded.set(face, font);
    }
    return font;
  }
}
