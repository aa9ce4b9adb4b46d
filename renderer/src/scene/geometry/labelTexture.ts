import { CanvasTexture, LinearFilter, SRGBColorSpace } from 'three';

export interface LabelTexture {
  readonly texture: CanvasTexture;
  /** Width ÷ height, to size the sprite. */
  readonly aspect: number;
}

/** Widest text on a tag, in canvas pixels (about 160 px on screen): a 200-letter name must not cross the viewport. */
export const MAX_LABEL_TEXT_PX = 360;

/** Right-to-left when the first letter is Hebrew, Arabic or another RTL script (as dir="auto" decides). */
export function isRtl(text: string): boolean {
  const first = text.match(/\p{L}/u)?.[0] ?? '';
  return /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u.test(first);
}

/** `text` cut to `max` pixels as `measure` reports them, whole characters (graphemes) and an ellipsis. */
export function fitText(text: string, max: number, measure: (s: string) => number): string {
  if (measure(text) <= max) return text;
  const parts = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((g) => g.segment);
  let lo = 0;
  let hi = parts.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (measure(`${parts.slice(0, mid).join('').trimEnd()}…`) <= max) lo = mid;
    else hi = mid - 1;
  }
  return `${parts.slice(0, lo).join('').trimEnd()}…`;
}

/**
 * A name tag drawn on a 2D canvas (no font download: the CSP and offline use rule out troika/drei <Text>).
 * Returns null outside a browser (scene-graph tests in Node), where there is no canvas to draw on.
 */
export function makeLabelTexture(title: string, subtitle: string, color: string): LabelTexture | null {
  if (typeof document === 'undefined') return null;
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  const scale = 2; // crisp on HiDPI screens
  const font = '600 26px system-ui, "Segoe UI", Roboto, "DejaVu Sans", sans-serif';
  const subFont = '400 21px system-ui, "Segoe UI", Roboto, "DejaVu Sans", sans-serif';
  // Each part is measured and drawn in its own direction, so a Hebrew or Arabic name reads right to left
  // and its ellipsis sits at its end; long names are cut, the whole name is in the panels and lists.
  const setFor = (f: string, text: string) => {
    ctx.font = f;
    ctx.direction = isRtl(text) ? 'rtl' : 'ltr';
  };
  const measureIn = (f: string, text: string) => {
    setFor(f, text);
    return ctx.measureText(text).width;
  };
  const shownTitle = fitText(title, subtitle ? MAX_LABEL_TEXT_PX * 0.6 : MAX_LABEL_TEXT_PX, (t) => measureIn(font, t));
  const titleW = measureIn(font, shownTitle);
  const shownSub = subtitle ? fitText(subtitle, MAX_LABEL_TEXT_PX - titleW - measureIn(subFont, ' · '), (t) => measureIn(subFont, t)) : '';
  const dotW = subtitle ? measureIn(subFont, ' · ') : 0;
  const subW = subtitle ? measureIn(subFont, shownSub) : 0;
  const padX = 16;
  const dot = 14;
  const w = Math.ceil(padX + dot + 10 + titleW + dotW + subW + padX);
  const h = 44;
  canvas.width = w * scale;
  canvas.height = h * scale;
  ctx.scale(scale, scale);
  ctx.fillStyle = 'rgba(22, 22, 26, 0.82)';
  ctx.beginPath();
  ctx.roundRect(0, 0, w, h, h / 2);
  ctx.fill();
  ctx.fillStyle = color;
  ctx.beginPath();
  ctx.arc(padX + dot / 2, h / 2, dot / 2, 0, Math.PI * 2);
  ctx.fill();
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left'; // x is the left edge whatever the direction
  const x = padX + dot + 10;
  ctx.fillStyle = '#ffffff';
  setFor(font, shownTitle);
  ctx.fillText(shownTitle, x, h / 2 + 1);
  if (subtitle) {
    ctx.fillStyle = 'rgba(255,255,255,0.68)';
    setFor(subFont, ' · ');
    ctx.fillText(' · ', x + titleW, h / 2 + 1);
    setFor(subFont, shownSub);
    ctx.fillText(shownSub, x + titleW + dotW, h / 2 + 1);
  }
  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  texture.minFilter = LinearFilter;
  texture.generateMipmaps = false;
  return { texture, aspect: w / h };
}
