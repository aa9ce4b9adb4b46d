import { CanvasTexture, LinearFilter, SRGBColorSpace } from 'three';

export interface LabelTexture {
  readonly texture: CanvasTexture;
  /** Width ÷ height, to size the sprite. */
  readonly aspect: number;
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
  ctx.font = font;
  const titleW = ctx.measureText(title).width;
  ctx.font = subFont;
  const subW = subtitle ? ctx.measureText(` · ${subtitle}`).width : 0;
  const padX = 16;
  const dot = 14;
  const w = Math.ceil(padX + dot + 10 + titleW + subW + padX);
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
  ctx.fillStyle = '#ffffff';
  ctx.font = font;
  ctx.fillText(title, padX + dot + 10, h / 2 + 1);
  if (subtitle) {
    ctx.fillStyle = 'rgba(255,255,255,0.68)';
    ctx.font = subFont;
    ctx.fillText(` · ${subtitle}`, padX + dot + 10 + titleW, h / 2 + 1);
  }
  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  texture.minFilter = LinearFilter;
  texture.generateMipmaps = false;
  return { texture, aspect: w / h };
}
