// The sheet's fonts, embedded into its HTML as data: URIs (inlined into the main bundle by Vite's
// `?inline`), so a sheet prints the same on every machine and needs no font installed or fetched.
// The files and their OFL licence are in resources/fonts/.
import sans400 from '../../../resources/fonts/noto-sans-latin-400-normal.woff2?inline';
import sans400i from '../../../resources/fonts/noto-sans-latin-400-italic.woff2?inline';
import sans600 from '../../../resources/fonts/noto-sans-latin-600-normal.woff2?inline';
import sansExt400 from '../../../resources/fonts/noto-sans-latin-ext-400-normal.woff2?inline';
import sansExt600 from '../../../resources/fonts/noto-sans-latin-ext-600-normal.woff2?inline';
import serif600 from '../../../resources/fonts/noto-serif-latin-600-normal.woff2?inline';
import serifExt600 from '../../../resources/fonts/noto-serif-latin-ext-600-normal.woff2?inline';
import sansViet400 from '../../../resources/fonts/noto-sans-vietnamese-400-normal.woff2?inline';
import sansViet600 from '../../../resources/fonts/noto-sans-vietnamese-600-normal.woff2?inline';
import serifViet600 from '../../../resources/fonts/noto-serif-vietnamese-600-normal.woff2?inline';
import math400 from '../../../resources/fonts/noto-serif-math-400-normal.woff2?inline';

/** The families the sheet's CSS names. */
export const SHEET_SANS = 'Sheet Sans';
export const SHEET_SERIF = 'Sheet Serif';

// The unicode ranges of the @fontsource subsets (their unicode.json).
const LATIN = 'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD';
const LATIN_EXT = 'U+0100-02BA, U+02BD-02C5, U+02C7-02CC, U+02CE-02D7, U+02DD-02FF, U+1D00-1DBF, U+1E00-1E9F, U+1EF2-1EFF, U+2020, U+20A0-20AB, U+20AD-20C0, U+2113, U+2C60-2C7F, U+A720-A7FF';
const VIETNAMESE = 'U+0102-0103, U+0110-0111, U+0128-0129, U+0168-0169, U+01A0-01A1, U+01AF-01B0, U+0300-0301, U+0303-0304, U+0308-0309, U+0323, U+0329, U+1EA0-1EF9, U+20AB';
// Arrows ("Ruth → Tom") come from the serif's math subset: Noto Sans's latin subsets have none.
const ARROWS = 'U+2190-21FF';

const face = (family: string, src: string, weight: number, style: 'normal' | 'italic', range: string) =>
  `@font-face{font-family:'${family}';src:url(${src}) format('woff2');font-weight:${weight};font-style:${style};font-display:block;unicode-range:${range};}`;

/** @font-face rules for every face the sheet uses. */
export function sheetFontFaces(): string {
  return [
    face(SHEET_SANS, sans400, 400, 'normal', LATIN),
    face(SHEET_SANS, sans400i, 400, 'italic', LATIN),
    face(SHEET_SANS, sans600, 600, 'normal', LATIN),
    face(SHEET_SANS, sans600, 700, 'normal', LATIN),
    face(SHEET_SANS, sansExt400, 400, 'normal', LATIN_EXT),
    face(SHEET_SANS, sansExt600, 600, 'normal', LATIN_EXT),
    face(SHEET_SANS, sansExt600, 700, 'normal', LATIN_EXT),
    face(SHEET_SANS, sansViet400, 400, 'normal', VIETNAMESE),
    face(SHEET_SANS, sansViet600, 600, 'normal', VIETNAMESE),
    face(SHEET_SANS, sansViet600, 700, 'normal', VIETNAMESE),
    face(SHEET_SANS, math400, 400, 'normal', ARROWS),
    face(SHEET_SANS, math400, 600, 'normal', ARROWS),
    face(SHEET_SERIF, serif600, 600, 'normal', LATIN),
    face(SHEET_SERIF, serifExt600, 600, 'normal', LATIN_EXT),
    face(SHEET_SERIF, serifViet600, 600, 'normal', VIETNAMESE),
  ].join('\n');
}
