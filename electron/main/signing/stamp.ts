import { type PDFDocument, type PDFFont, type PDFPage, StandardFonts, rgb } from 'pdf-lib';
import { formatFingerprint } from '../../../shared/signing/verdict';

const FONT_SIZE = 7;
const PADDING = 5;
const MARGIN = 28;
const INK = rgb(0.2, 0.22, 0.26);
const RULE = rgb(0.55, 0.58, 0.63);

/**
 * A small signature stamp in the last page's bottom-right corner, drawn into the page itself (so it
 * prints) before the placeholder is added; returns its rectangle for the signature widget.
 */
export async function drawSignatureStamp(
  doc: PDFDocument,
  page: PDFPage,
  { signerName, signingTime, fingerprint }: { signerName: string; signingTime: Date; fingerprint: string },
): Promise<[number, number, number, number]> {
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const lines: [PDFFont, string][] = [
    [bold, `Digitally signed by ${encodable(regular, signerName)}`],
    [regular, `${signingTime.toISOString().slice(0, 16).replace('T', ' ')} UTC · PAdES, whole document`],
    [regular, `Certificate SHA-256 ${formatFingerprint(fingerprint, 8)}…`],
  ];
  const width = Math.max(...lines.map(([font, text]) => font.widthOfTextAtSize(text, FONT_SIZE))) + 2 * PADDING;
  const lineHeight = FONT_SIZE * 1.35;
  const height = lines.length * lineHeight + 2 * PADDING - (lineHeight - FONT_SIZE);
  const { width: pageWidth } = page.getSize();
  const x = pageWidth - MARGIN - width;
  const y = MARGIN / 2;

  page.drawRectangle({ x, y, width, height, borderColor: RULE, borderWidth: 0.5, color: rgb(1, 1, 1) });
  page.drawRectangle({ x, y, width: 2, height, color: INK });
  lines.forEach(([font, text], i) => {
    page.drawText(text, { x: x + PADDING + 1, y: y + height - PADDING - FONT_SIZE - i * lineHeight + 1.5, size: FONT_SIZE, font, color: INK });
  });
  return [x, y, x + width, y + height];
}

/**
 * The standard PDF fonts cover Latin-1 (WinAnsi) only: a character outside it is shown without its
 * accent when that is enough, else as "?". The full name stays in the signature dictionary and sheet.json.
 */
const UNDECOMPOSABLE: Record<string, string> = { Ł: 'L', ł: 'l', Đ: 'D', đ: 'd', Ħ: 'H', ħ: 'h', ı: 'i' };

function encodable(font: PDFFont, text: string): string {
  return Array.from(text)
    .map((ch) => {
      for (const candidate of [ch, ch.normalize('NFD').replace(/\p{M}/gu, ''), UNDECOMPOSABLE[ch] ?? '']) {
        try {
          font.encodeText(candidate);
          if (candidate !== '') return candidate;
        } catch {
          // not in WinAnsi
        }
      }
      return '?';
    })
    .join('');
}
