import { SHEET_SANS, SHEET_SERIF, sheetFontFaces } from '../fonts';

import type { Paper } from '../../../../shared/sheet/channels';

export { PAPERS, type Paper } from '../../../../shared/sheet/channels';

/** Paper sizes in PDF points (1/72 in), as Chromium writes them into the PDF's MediaBox. */
export const PAPER_POINTS: Readonly<Record<Paper, readonly [number, number]>> = { a4: [595.28, 841.89], letter: [612, 792] };

/** Text as a CSS string literal: every character that could end the string or the <style> is escaped. */
export function cssString(text: string): string {
  return `"${[...text.replace(/[\u0000-\u001f\u007f]/g, ' ')].map((c) => (/[\w .,·–—()/#:-]/u.test(c) && c !== '\\' ? c : `\\${c.codePointAt(0)!.toString(16)} `)).join('')}"`;
}

export interface RunningText {
  /** Top left: "The Quiet Hours · Sc. 42 · v3 · #ab12cd34ef56". */
  readonly left: string;
  /** Bottom left: who the copy is for. */
  readonly footer: string;
}

/**
 * The @page rule of a printed document: the paper, its margins, and the running header and footer in
 * the page margins (production and version top left, "CONFIDENTIAL" top right, who the copy is for
 * bottom left, page x of y bottom right). The sheet prints portrait; the rehearsal packet landscape,
 * with larger running text to be read on a wall.
 */
export function runningPageRule(paper: Paper, running: RunningText, options: { readonly landscape?: boolean; readonly margin?: string; readonly textPt?: number } = {}): string {
  const size = `${paper === 'a4' ? 'A4' : 'letter'}${options.landscape ? ' landscape' : ''}`;
  const marginBox = `font-family:'${SHEET_SANS}';font-size:${options.textPt ?? 7.5}pt;color:#5b606b;`;
  return `@page {
  size: ${size};
  margin: ${options.margin ?? '17mm 15mm 16mm 15mm'};
  @top-left { content: ${cssString(running.left)}; ${marginBox} vertical-align: bottom; padding-bottom: 3mm; }
  @top-right { content: "CONFIDENTIAL \\2014  closed-set material"; ${marginBox} color:#a3262a; font-weight:600; letter-spacing:0.04em; vertical-align: bottom; padding-bottom: 3mm; }
  @bottom-left { content: ${cssString(running.footer)}; ${marginBox} vertical-align: top; padding-top: 3mm; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); ${marginBox} vertical-align: top; padding-top: 3mm; }
}`;
}

/**
 * The sheet's print stylesheet: A4 or US Letter, with the running header and footer drawn in the page
 * margins (CSS paged media margin boxes: Chromium prints them in page.pdf and printToPDF alike, with the
 * sheet's own embedded fonts), page x of y, and beat cards kept whole on a page where they fit.
 */
export function sheetCss(paper: Paper, running: RunningText): string {
  return `${sheetFontFaces()}
${runningPageRule(paper, running)}
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: '${SHEET_SANS}', sans-serif; font-size: 8.6pt; line-height: 1.38; color: #1d1f24; }
h1, h2, h3 { margin: 0; font-weight: 600; }
p { margin: 0; }
ul { margin: 0; padding-left: 3.6mm; }
li { margin: 0.4mm 0; }
.muted { color: #5b606b; }
.serif { font-family: '${SHEET_SERIF}', serif; }

.title { display: flex; justify-content: space-between; align-items: flex-start; border-bottom: 1.4pt solid #1d1f24; padding-bottom: 3mm; }
.title__production { font-family: '${SHEET_SERIF}', serif; font-size: 19pt; line-height: 1.15; }
.title__sub { font-size: 9pt; color: #5b606b; margin-top: 1mm; }
.title__kind { font-size: 7.5pt; letter-spacing: 0.14em; text-transform: uppercase; color: #5b606b; margin-bottom: 1.2mm; }
.title__scene { text-align: right; min-width: 38mm; }
.title__scene-number { font-family: '${SHEET_SERIF}', serif; font-size: 22pt; line-height: 1; }
.title__scene-title { font-size: 9pt; margin-top: 1mm; }
.confidential { margin-top: 2.2mm; background: #a3262a; color: #fff; font-weight: 600; letter-spacing: 0.12em; text-transform: uppercase; font-size: 8pt; padding: 1.2mm 3mm; display: flex; justify-content: space-between; }
.confidential span:last-child { letter-spacing: 0.02em; text-transform: none; font-weight: 400; }

.facts { display: grid; grid-template-columns: repeat(4, 1fr); border: 0.6pt solid #b9bec8; border-top: none; }
.facts div { padding: 1.4mm 2.2mm; border-right: 0.6pt solid #d5d9e0; border-top: 0.6pt solid #d5d9e0; }
.facts div:nth-child(4n) { border-right: none; }
.facts dt, .label { font-size: 6.6pt; letter-spacing: 0.1em; text-transform: uppercase; color: #5b606b; }
.facts dd { margin: 0.3mm 0 0; font-weight: 600; }
.facts .wide { grid-column: span 2; }
.facts .full { grid-column: span 4; border-right: none; }
.facts .wide:nth-child(4n-1) { border-right: none; }
.mono { font-variant-numeric: tabular-nums; letter-spacing: 0.03em; }

section { margin-top: 5mm; }
.section-head { display: flex; align-items: baseline; gap: 3mm; border-bottom: 0.8pt solid #1d1f24; padding-bottom: 1mm; margin-bottom: 2mm; break-after: avoid; }
.section-head h2 { font-size: 10.5pt; letter-spacing: 0.06em; text-transform: uppercase; }
.section-head .num { font-family: '${SHEET_SERIF}', serif; font-size: 10.5pt; color: #a3262a; }
.section-head .aside { margin-left: auto; font-size: 7.5pt; color: #5b606b; }

.lines { display: grid; grid-template-columns: 30mm 1fr; row-gap: 1mm; column-gap: 3mm; }
.lines dt { font-size: 7pt; letter-spacing: 0.08em; text-transform: uppercase; color: #5b606b; padding-top: 0.3mm; }
.lines dd { margin: 0; }
.two { display: grid; grid-template-columns: 1fr 1fr; gap: 6mm; }
.two > div { break-inside: avoid; }
.block-title { font-size: 8pt; font-weight: 600; letter-spacing: 0.08em; text-transform: uppercase; margin-bottom: 1.4mm; color: #1d1f24; }

.consent { border: 0.6pt solid #b9bec8; border-radius: 1mm; padding: 2.6mm 3mm; margin-bottom: 3mm; }
.consent tr, .consent li, .lines dd, .standing { break-inside: avoid; }
.consent h3 { font-size: 10pt; margin-bottom: 2mm; }
table { border-collapse: collapse; width: 100%; }
.channels { margin: 2mm 0; }
.channels th, .channels td { text-align: left; vertical-align: top; padding: 1.2mm 2mm; border-bottom: 0.5pt solid #d5d9e0; font-size: 8pt; }
.channels th { font-size: 6.6pt; letter-spacing: 0.1em; text-transform: uppercase; color: #5b606b; font-weight: 600; }
.channels td:first-child { width: 27mm; font-weight: 600; }
.titled-list { margin-top: 2mm; }
.standing { margin-top: 2mm; padding: 1.6mm 2.4mm; background: #f3f4f6; border-left: 2pt solid #a3262a; font-weight: 600; }
.staging { margin-bottom: 2mm; break-inside: avoid; }
.staging h3 { font-size: 9pt; }

.beat { border: 0.7pt solid #9aa0aa; border-radius: 1mm; margin-bottom: 3.5mm; break-inside: avoid; }
.beat__bar { display: flex; align-items: baseline; gap: 3mm; background: #eceef2; padding: 1.3mm 3mm; border-bottom: 0.7pt solid #9aa0aa; }
.beat__number { font-family: '${SHEET_SERIF}', serif; font-size: 12pt; }
.beat__counts { font-weight: 600; }
.beat__checkin { margin-left: auto; font-size: 7pt; font-weight: 600; letter-spacing: 0.08em; text-transform: uppercase; color: #fff; background: #2d5f8b; padding: 0.5mm 2mm; border-radius: 0.8mm; }
.beat__body { display: grid; grid-template-columns: 1fr 80mm; gap: 4mm; padding: 2.4mm 3mm 2.6mm; }
.beat__description { font-size: 9.2pt; margin-bottom: 1.6mm; }
.beat__notes { font-style: italic; color: #3d414a; margin-bottom: 1.6mm; }
.beat dl { display: grid; grid-template-columns: 21mm 1fr; row-gap: 1mm; column-gap: 2mm; margin: 0; }
.beat dt { font-size: 6.6pt; letter-spacing: 0.08em; text-transform: uppercase; color: #5b606b; padding-top: 0.4mm; }
.beat dd { margin: 0; }
.beat dd ul { padding-left: 3mm; }
.beat__plan svg { width: 100%; height: auto; display: block; }
.beat__plan svg text { font-family: '${SHEET_SANS}', sans-serif; }
.beat__still { margin-top: 2mm; }
.beat__still img { width: 100%; display: block; border: 0.5pt solid #b9bec8; }
.caption { font-size: 6.8pt; color: #5b606b; margin-top: 0.6mm; }

.signoff { break-inside: avoid; }
.signoff table th { font-size: 6.6pt; letter-spacing: 0.1em; text-transform: uppercase; color: #5b606b; text-align: left; font-weight: 600; padding: 1mm 2mm; border-bottom: 0.8pt solid #1d1f24; }
.signoff table td { padding: 2mm 2mm 1.2mm; vertical-align: bottom; border-bottom: 0.5pt solid #9aa0aa; height: 12mm; }
.signoff .role { width: 30mm; font-weight: 600; vertical-align: bottom; }
.signoff .sign { width: 62mm; }
.signoff .date { width: 30mm; }
.signoff .status { font-size: 7.4pt; color: #2d5f8b; font-weight: 600; }
.signoff .withdrawn { color: #a3262a; }
.statements { margin-top: 3mm; }
.statements p { margin-bottom: 1mm; }
.statements p:first-child { font-weight: 600; }
.distribution { margin-top: 3mm; font-size: 7.4pt; color: #3d414a; border-top: 0.5pt solid #d5d9e0; padding-top: 1.4mm; }
`;
}
