import { useEffect, useRef } from 'react';
import { SIGNATURE_LIMITS, type DrawnSignature } from '../../../../shared/domain/versions';

/** The pad's own units: what a stored signature's points are measured in, whatever size the pad is drawn at. */
export const PAD = { width: 600, height: 200 } as const;

type Strokes = DrawnSignature['strokes'];

/**
 * A signature drawn with a pointer (mouse, pen, finger). Points are kept in the pad's units, rounded to a
 * tenth, and stop being added at the stored limit. It is one image for screen readers ("Signature pad");
 * keyboard users sign with their typed name instead (the dialog offers it beside the pad).
 */
export function SignaturePad({ strokes, onChange, disabled }: { readonly strokes: Strokes; readonly onChange: (strokes: Strokes) => void; readonly disabled?: boolean }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef<[number, number][] | null>(null);
  const current = useRef<Strokes>(strokes);
  current.current = strokes;

  useEffect(() => draw(canvas.current, strokes), [strokes]);

  const point = (e: React.PointerEvent<HTMLCanvasElement>): [number, number] => {
    const r = e.currentTarget.getBoundingClientRect();
    const x = Math.min(PAD.width, Math.max(0, ((e.clientX - r.left) / r.width) * PAD.width));
    const y = Math.min(PAD.height, Math.max(0, ((e.clientY - r.top) / r.height) * PAD.height));
    return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
  };
  const total = (s: Strokes) => s.reduce((n, st) => n + st.length, 0);

  return (
    <canvas
      ref={canvas}
      className={`signature-pad${disabled ? ' signature-pad--off' : ''}`}
      width={PAD.width}
      height={PAD.height}
      role="img"
      aria-label={strokes.length ? 'Signature pad: signature drawn' : 'Signature pad: empty'}
      data-testid="signature-pad"
      onPointerDown={(e) => {
        if (disabled || current.current.length >= SIGNATURE_LIMITS.strokes) return;
        e.currentTarget.setPointerCapture(e.pointerId);
        drawing.current = [point(e)];
        onChange([...current.current, drawing.current]);
      }}
      onPointerMove={(e) => {
        const stroke = drawing.current;
        if (!stroke || total(current.current) >= SIGNATURE_LIMITS.points) return;
        const p = point(e);
        const last = stroke[stroke.length - 1]!;
        if (Math.hypot(p[0] - last[0], p[1] - last[1]) < 1.5) return; // a tremor is not a stroke
        stroke.push(p);
        onChange([...current.current.slice(0, -1), [...stroke]]);
      }}
      onPointerUp={() => (drawing.current = null)}
      onPointerCancel={() => (drawing.current = null)}
    />
  );
}

function draw(el: HTMLCanvasElement | null, strokes: Strokes): void {
  const ctx = el?.getContext('2d');
  if (!el || !ctx) return;
  ctx.clearRect(0, 0, el.width, el.height);
  const ink = getComputedStyle(el).color || '#1b2733';
  ctx.strokeStyle = ink;
  ctx.fillStyle = ink;
  ctx.lineWidth = 2.5;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  for (const stroke of strokes) {
    if (stroke.length === 1) {
      ctx.beginPath();
      ctx.arc(stroke[0]![0], stroke[0]![1], 1.5, 0, Math.PI * 2);
      ctx.fill();
      continue;
    }
    ctx.beginPath();
    stroke.forEach(([x, y], i) => (i ? ctx.lineTo(x, y) : ctx.moveTo(x, y)));
    ctx.stroke();
  }
}

/** A stored signature as SVG path data (for showing it in the list). */
export function signaturePath(sig: DrawnSignature): string {
  return sig.strokes.map((st) => st.map(([x, y], i) => `${i ? 'L' : 'M'}${x} ${y}`).join(' ') + (st.length === 1 ? ' l0.1 0' : '')).join(' ');
}
