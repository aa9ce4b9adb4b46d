import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { stampFaces, woff2ToTrueType } from '../../electron/main/signing/stampFonts';

// The stamp's faces are the shipped WOFF2 files rebuilt as TrueType in memory (stampFonts.ts): every glyph
// must come out with the outline and advance it has in the WOFF2, or a name would be drawn wrong.
const fonts = join(import.meta.dirname, '../../resources/fonts');
const vietnamese = (weight: number) => createRequire(import.meta.url).resolve(`@fontsource/noto-sans/files/noto-sans-vietnamese-${weight}-normal.woff2`);
const FILES = [
  join(fonts, 'noto-sans-latin-400-normal.woff2'),
  join(fonts, 'noto-sans-latin-ext-400-normal.woff2'),
  join(fonts, 'noto-sans-latin-600-normal.woff2'),
  join(fonts, 'noto-sans-latin-ext-600-normal.woff2'),
  vietnamese(400),
  vietnamese(600),
];

describe('the stamp fonts', () => {
  it.each(FILES.map((f) => [basename(f), f]))('%s is rebuilt with every glyph outline and advance unchanged', (_name, file) => {
    const woff2 = readFileSync(file);
    const original = fontkit.create(woff2);
    const rebuilt = fontkit.create(Buffer.from(woff2ToTrueType(woff2)));
    expect(rebuilt.numGlyphs).toBe(original.numGlyphs);
    expect(rebuilt.postscriptName).toBe(original.postscriptName);
    expect(rebuilt.characterSet).toEqual(original.characterSet);
    for (let id = 0; id < original.numGlyphs; id++) {
      const [a, b] = [original.getGlyph(id), rebuilt.getGlyph(id)];
      expect(b.path.toSVG(), `glyph ${id}`).toBe(a.path.toSVG());
      expect(b.advanceWidth, `glyph ${id}`).toBe(a.advanceWidth);
    }
  });

  it('covers every letter of Latin-1, Latin Extended-A and the Vietnamese letters in both weights', () => {
    const letters = [...'ÀÖØöøÿĀſƀɏ', ...'ĄąĆćĘęŁłŃńŚśŹźŻżČčĎďĚěŇňŘřŠšŤťŮůŽžȘșȚțŐőŰű', ...'ẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ'];
    for (const weight of ['regular', 'semibold'] as const) {
      const faces = stampFaces(weight);
      const missing = letters.filter((l) => !faces.some((f) => f.has(l.codePointAt(0)!)));
      expect(missing, weight).toEqual([]);
    }
  });
});
