import { runningPageRule, type Paper } from '../sheet/css';
import { SHEET_SANS, SHEET_SERIF, sheetFontFaces } from '../fonts';

/**
 * The rehearsal packet's print stylesheet. Landscape on both papers: the pictures are landscape (the
 * rehearsal view is 16:9, camera frames 1.85–2.39:1) and a stage plan is wider than deep, so a landscape
 * page holds the still, the plan and the words side by side at sizes that read from across a room
 * (beat number 46 pt, description 16 pt, contacts 13 pt). One beat per page: each is a fixed-height
 * sheet, so a page pinned on the wall is one moment of the scene. The sheet's fonts and running
 * header/footer (margin boxes) are reused, in larger type.
 */
export function packetCss(paper: Paper, running: { readonly left: string; readonly footer: string }): string {
  // The printable area inside the margins below (A4 297×210, Letter 279.4×215.9 mm, landscape).
  const pageH = paper === 'a4' ? 181 : 186.9;
  const [paperW, paperH] = paper === 'a4' ? [297, 210] : [279.4, 215.9];
  return `${sheetFontFaces()}
${runningPageRule(paper, running, { landscape: true, margin: '15mm 12mm 14mm 12mm', textPt: 9 })}
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: '${SHEET_SANS}', sans-serif; font-size: 12pt; line-height: 1.3; color: #1d1f24; }
h1, h2, h3, p { margin: 0; }
ul { margin: 0; padding: 0; list-style: none; }
/* A beat page is exactly the printable area (its columns fill it; long words turn dense, never cut); the cover may run on. */
.page { height: ${pageH}mm; break-after: page; display: flex; flex-direction: column; }
.page.cover { height: auto; min-height: ${pageH}mm; }
.page:last-child { break-after: auto; }
/* On screen (the export dialog's preview) each page is drawn as the sheet of paper it prints on. */
@media screen {
  html { background: #d9dce1; }
  body { padding: 6mm 0; }
  .page, .page.cover { width: ${paperW}mm; height: ${paperH}mm; padding: 15mm 12mm 14mm; margin: 0 auto 6mm; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,0.25); }
}
.label { font-size: 9pt; font-weight: 600; letter-spacing: 0.12em; text-transform: uppercase; color: #5b606b; }
.muted { color: #5b606b; }

.cover__top { display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 2pt solid #1d1f24; padding-bottom: 4mm; }
.cover__kind { font-size: 11pt; letter-spacing: 0.2em; text-transform: uppercase; color: #5b606b; font-weight: 600; }
.cover__production { font-family: '${SHEET_SERIF}', serif; font-size: 28pt; line-height: 1.1; margin-top: 1.5mm; }
.cover__sub { font-size: 12pt; color: #5b606b; margin-top: 1mm; }
.cover__scene { text-align: right; }
.cover__scene-number { font-family: '${SHEET_SERIF}', serif; font-size: 52pt; line-height: 0.95; }
.cover__scene-title { font-size: 14pt; margin-top: 1mm; }
.confidential { margin-top: 3mm; background: #a3262a; color: #fff; font-weight: 600; letter-spacing: 0.14em; text-transform: uppercase; font-size: 10pt; padding: 1.6mm 4mm; display: flex; justify-content: space-between; }
.confidential span:last-child { letter-spacing: 0.02em; text-transform: none; }
.facts { display: grid; grid-template-columns: 1.1fr 1.6fr 1.4fr 1.4fr; border: 0.7pt solid #b9bec8; border-top: none; }
.facts div { padding: 2mm 3mm; border-right: 0.7pt solid #d5d9e0; }
.facts div:last-child { border-right: none; }
.facts dd { margin: 0.5mm 0 0; font-size: 12.5pt; font-weight: 600; }
.cover__grid { display: grid; grid-template-columns: 1.35fr 1fr; gap: 7mm; margin-top: 4mm; flex: 1; min-height: 0; }
.block { margin-bottom: 4mm; }
.block__title { font-size: 10pt; font-weight: 600; letter-spacing: 0.12em; text-transform: uppercase; border-bottom: 1pt solid #1d1f24; padding-bottom: 1mm; margin-bottom: 2mm; }
.index li { display: grid; grid-template-columns: 11mm 22mm 1fr; gap: 2mm; padding: 1mm 0; border-bottom: 0.5pt solid #d5d9e0; font-size: 11pt; }
.index .n { font-family: '${SHEET_SERIF}', serif; font-size: 15pt; line-height: 1.1; }
.index .d { overflow: hidden; display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; max-height: 2.7em; }
.index--long li { padding: 0.8mm 0; font-size: 10pt; }
.index--long .d { display: block; white-space: nowrap; text-overflow: ellipsis; max-height: none; }
.index .ci { display: block; color: #2d5f8b; font-weight: 600; font-size: 9pt; letter-spacing: 0.06em; text-transform: uppercase; }
.signoff { border-left: 3pt solid #a3262a; background: #f3f4f6; padding: 2mm 3mm; font-size: 11.5pt; }
.signoff p + p { margin-top: 1mm; }
.pause { display: flex; align-items: baseline; gap: 4mm; border: 1.4pt solid #1d1f24; padding: 2mm 4mm; margin-bottom: 3mm; }
.pause__word { font-family: '${SHEET_SERIF}', serif; font-size: 30pt; line-height: 1; }
.lines { display: grid; grid-template-columns: 32mm 1fr; row-gap: 1.2mm; column-gap: 3mm; margin: 0; font-size: 11.5pt; }
.lines dt { font-size: 9pt; letter-spacing: 0.1em; text-transform: uppercase; color: #5b606b; padding-top: 0.6mm; }
.lines dd { margin: 0; }
.private-page { height: auto; min-height: ${pageH}mm; }
.private__head { border-bottom: 2pt solid #a3262a; padding-bottom: 4mm; margin-bottom: 5mm; }
.private__head .cover__kind { color: #a3262a; }
.private__grid { display: grid; grid-template-columns: 1.4fr 1fr 1fr; gap: 7mm; }
.private__list li { margin: 0 0 2mm; font-size: 11.5pt; }
.standing { margin-top: 6mm; padding: 2.5mm 4mm; background: #f3f4f6; border-left: 3pt solid #a3262a; font-weight: 600; font-size: 12pt; }

.beat__head { display: grid; grid-template-columns: auto 1fr auto; align-items: center; gap: 6mm; border-bottom: 2pt solid #1d1f24; padding-bottom: 2.5mm; margin-bottom: 3.5mm; }
.beat__side { text-align: right; display: flex; flex-direction: column; align-items: flex-end; gap: 1.5mm; }
.beat__no { display: flex; align-items: baseline; gap: 2.5mm; }
.beat__word { font-size: 11pt; letter-spacing: 0.18em; text-transform: uppercase; font-weight: 600; color: #5b606b; }
.beat__number { font-family: '${SHEET_SERIF}', serif; font-size: 46pt; line-height: 0.9; }
.beat__of { font-size: 14pt; color: #5b606b; }
.beat__counts { font-size: 18pt; font-weight: 600; white-space: nowrap; }
.beat__range { display: block; font-size: 10.5pt; color: #5b606b; font-weight: 400; }
.checkin { font-size: 12pt; font-weight: 600; letter-spacing: 0.08em; text-transform: uppercase; color: #fff; background: #2d5f8b; padding: 1.6mm 3.5mm; border-radius: 1mm; }
.beat__description { font-size: 15.5pt; line-height: 1.25; }
.beat__description--long { font-size: 13pt; }
/* One row, bounded by the page: when the words are long the rehearsal still gives way (it shrinks, at its aspect), never the words. */
.beat__main { display: grid; grid-template-columns: 1fr 1fr; grid-template-rows: minmax(0, 1fr); gap: 5mm; flex: 1; min-height: 0; }
.beat__main > div { min-height: 0; display: flex; flex-direction: column; }
figure { margin: 0 0 3mm; }
figure img { display: block; width: 100%; border: 0.6pt solid #b9bec8; }
/* The rehearsal still takes what the words leave of the column (at most its own 16:9 size), so the words are never pushed off the page. */
figure.rehearsal { flex: 1 1 0; min-height: 0; max-height: ${paper === 'a4' ? 82 : 77}mm; display: flex; flex-direction: column; }
figure.rehearsal img { flex: 1 1 0; min-height: 0; object-fit: contain; object-position: left top; border: none; }
.words, .plan, figcaption { flex: 0 0 auto; }
/* The camera's still takes what the plan leaves of the column, at its own frame aspect. */
figure.camera { flex: 1 1 0; min-height: 0; display: flex; flex-direction: column; margin: 2mm 0 0; }
figure.camera img { flex: 1 1 0; min-height: 0; width: 100%; object-fit: contain; object-position: left top; border: none; }
figcaption { font-size: 9.5pt; color: #5b606b; margin-top: 1mm; }
.plan svg { display: block; }
.plan svg text { font-family: '${SHEET_SANS}', sans-serif; }
.words { font-size: 13pt; line-height: 1.3; }
.words.dense { font-size: 11pt; }
.words section + section { margin-top: 2.5mm; }
.words .label { margin-bottom: 0.8mm; }
.words li { padding-left: 4mm; text-indent: -4mm; margin: 0.6mm 0; }
.words li::before { content: "\\2022"; display: inline-block; width: 4mm; text-indent: 0; color: #5b606b; }
.words li.mine { font-weight: 600; }
.notes { font-style: italic; color: #3d414a; }
.note-line { font-size: 9.5pt; color: #a3262a; margin-top: 1mm; }
`;
}
