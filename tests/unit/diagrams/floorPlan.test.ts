import { describe, expect, it } from 'vitest';
import type { CameraSetup, SetPiece, Vec3 } from '../../../shared/domain/blocking';
import { frameFovDeg, posePresetById, sensorForPreset } from '../../../shared/blocking';
import { floorPlanSvg, type FloorPlanInput, type FloorPlanOptions, type FloorPlanPerformer } from '../../../shared/diagrams';

const standing = posePresetById('builtin:standing')!.pose;
const piece = (fields: Partial<SetPiece>): FloorPlanInput['setPieces'][number] => ({ label: 'Sofa', type: 'sofa', position: [0, 0, 0], rotationY: 0, size: [2, 0.85, 1], color: '#7d8f7a', ...fields });
const performer = (label: string, position: Vec3, extra: Partial<FloorPlanPerformer> = {}): FloorPlanPerformer => ({
  label,
  legend: '',
  color: '#e07a2f',
  heightCm: 170,
  placement: { position, rotationY: 0, pose: standing, hidden: false, pins: [] },
  ...extra,
});
const camera = (fields: Partial<CameraSetup> = {}): FloorPlanInput['cameras'][number] => ({
  name: 'A cam',
  position: [0, 1.5, 4],
  target: [0, 1, 0],
  focalLengthMm: 50,
  sensor: sensorForPreset('super35'),
  aspect: '2.39:1',
  ...fields,
});
const plan = (input: Partial<FloorPlanInput>, options?: FloorPlanOptions) => floorPlanSvg({ heading: ['Sc. 1 · Beat 1 of 1'], setPieces: [], performers: [], cameras: [], units: 'metric', ...input }, options);
const numbers = (s: string) => s.split(/[ ,]+/).filter(Boolean).map(Number);

describe('the floor plan (SVG)', () => {
  it('is drawn to a standard scale that fits the page, and says so', () => {
    const small = plan({ setPieces: [piece({})] });
    const large = plan({ setPieces: [piece({ position: [-9, 0, 0] }), piece({ position: [9, 0, 0] })] });
    expect(small.scale).toBeLessThan(large.scale);
    for (const p of [small, large]) {
      expect([20, 25, 50, 75, 100, 150, 200, 300]).toContain(p.scale);
      expect(p.svg).toContain(`scale 1:${p.scale} when printed at 100%`);
      expect(p.svg).toMatch(new RegExp(`width="${p.widthMm}mm"`));
    }
  });

  it('draws a set piece footprint at its real size and turn: a 2 m × 1 m sofa turned 90° is 1 m across and 2 m deep', () => {
    const p = plan({ setPieces: [piece({ position: [1, 0, -1], rotationY: 90 })] });
    const points = numbers(/<polygon points="([^"]+)"/.exec(p.svg)![1]!);
    const xs = points.filter((_, i) => i % 2 === 0);
    const ys = points.filter((_, i) => i % 2 === 1);
    const mmPerM = 1000 / p.scale;
    expect((Math.max(...xs) - Math.min(...xs)) / mmPerM).toBeCloseTo(1, 2);
    expect((Math.max(...ys) - Math.min(...ys)) / mmPerM).toBeCloseTo(2, 2);
  });

  it("draws each camera's wedge with the lens's horizontal angle of view", () => {
    for (const focalLengthMm of [25, 50, 100]) {
      const cam = camera({ focalLengthMm, position: [1, 1.5, 3], target: [-0.5, 1, -1] });
      const p = plan({ cameras: [cam], setPieces: [piece({})] });
      const [ax, ay, bx, by, cx, cy] = numbers(/<path d="M([^"]+) Z" fill="#4a55c9"/.exec(p.svg)![1]!.replace(/[ML]/g, ' '));
      const angle = Math.abs(Math.atan2(by! - ay!, bx! - ax!) - Math.atan2(cy! - ay!, cx! - ax!));
      expect((angle * 180) / Math.PI).toBeCloseTo(frameFovDeg(cam).horizontal, 0);
    }
  });

  it('puts upstage (−z) at the top and lists an off-stage performer without drawing them', () => {
    const p = plan({
      performers: [
        performer('Upstage', [0, 0, -2]),
        performer('Downstage', [0, 0, 2], { color: '#3a7bd5' }),
        performer('Away', [0, 0, 0], { color: '#22aa55', placement: { position: [0, 0, 0], rotationY: 0, pose: standing, hidden: true, pins: [] } }),
      ],
    });
    const headY = (color: string) => Number(new RegExp(`<circle cx="[\\d.]+" cy="([\\d.]+)" r="[\\d.]+" fill="${color}" stroke`).exec(p.svg)![1]);
    expect(headY('#e07a2f')).toBeLessThan(headY('#3a7bd5'));
    expect(p.svg).toContain('Away (off stage in this beat)');
    expect(p.svg.match(/fill="#22aa55"/g)).toHaveLength(1); // the legend swatch only
  });

  it('marks pinned hands and feet (anchor points)', () => {
    const pinned = performer('Ruth', [0, 0, 0]);
    const p = plan({ performers: [{ ...pinned, placement: { ...pinned.placement!, pins: [{ bone: 'leftHand', target: [0.3, 1, 0.2] }] } }] });
    expect(p.svg).toContain('<title>Ruth: left hand pinned</title>');
  });

  it('escapes names and descriptions, so user text cannot break or script the SVG', () => {
    const p = plan({ heading: ['Sc. 1 <script>alert(1)</script>', 'A & B "quoted"'], setPieces: [piece({ label: '</text><script>x</script>' })], performers: [performer('<b>Ruth</b>', [0, 0, 0])] });
    expect(p.svg).not.toMatch(/<script|<b>/);
    expect(p.svg).toContain('&lt;b&gt;Ruth&lt;/b&gt;');
    expect(p.svg).toContain('A &amp; B &quot;quoted&quot;');
    // A pasted control character is dropped rather than making the file unreadable as XML.
    expect(plan({ heading: ['Sc. 1\u0001 \u0008Beat'] }).svg).toContain('Sc. 1 Beat');
  });

  it('shortens long legend names to their column instead of running into the next one or off the plan', () => {
    const long = 'Detective Inspector Lindqvist';
    const width = (text: string) => text.length * 2.8 * 0.52; // the plan's own estimate of text width
    const rowsOf = (p: { svg: string }) => [...p.svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" font-size="2.8" fill="#1d1f24">([^<]*)<\/text>/g)];
    const performers = (far: number) => [performer(long, [0, 0, 0], { legend: 'Alexandra Fitzgerald-Smythe' }), performer('Jo', [far, 0, 0], { legend: 'Blake Roe' })];
    // A plan wide enough for two columns: the names sit side by side, the first cut before the second.
    const wide = plan({ performers: performers(5) });
    const [first, second] = rowsOf(wide);
    expect(first![2]).toBe(second![2]);
    expect(Number(first![1]) + width(first![3]!)).toBeLessThan(Number(second![1]));
    expect(first![3]).toMatch(/^Detective Inspector Lindqvist — .*…$/);
    // A narrow one (a beat card on the sheet): one column, every name inside the drawing.
    const narrow = plan({ performers: performers(1) }, { maxWidthMm: 80, maxHeightMm: 60 });
    const rows = rowsOf(narrow);
    expect(rows).toHaveLength(2);
    expect(rows[0]![1]).toBe(rows[1]![1]);
    for (const row of rows) expect(Number(row[1]) + width(row[3]!)).toBeLessThanOrEqual(narrow.widthMm);
  });

  it('uses feet on the scale bar for an imperial production', () => {
    expect(plan({ units: 'imperial', setPieces: [piece({})] }).svg).toMatch(/\d+ ft · scale 1:/);
    expect(plan({ units: 'metric', setPieces: [piece({})] }).svg).toMatch(/\d+ m · scale 1:/);
  });
});

describe('barriers on the floor plan', () => {
  const pad = { label: 'foam pad', position: [1, 0.025, 0.5] as Vec3, rotationY: 0, size: [0.4, 0.05, 0.3] as [number, number, number], color: '#7fb3a8' };
  it('draws each barrier as a hatched footprint at its real size, with a legend line', () => {
    const p = plan({ barriers: [pad, { ...pad, label: 'yoga mat <thin>', position: [-1, 0.003, 0], size: [0.61, 0.006, 1.83], rotationY: 90 }] });
    const groups = [...p.svg.matchAll(/<g aria-label="([^"]*)"><polygon points="([^"]+)"[^>]*\/><g[^>]*>((?:<line[^>]*\/>)*)<\/g><\/g>/g)];
    expect(groups.map((g) => g[1])).toEqual(['foam pad', 'yoga mat &lt;thin&gt;']);
    const mmPerM = 1000 / p.scale;
    // The pad's footprint: 0.4 m wide and 0.3 m deep on paper, to scale.
    const xs = numbers(groups[0]![2]!).filter((_, i) => i % 2 === 0);
    const ys = numbers(groups[0]![2]!).filter((_, i) => i % 2 === 1);
    expect(Math.max(...xs) - Math.min(...xs)).toBeCloseTo(0.4 * mmPerM, 1);
    expect(Math.max(...ys) - Math.min(...ys)).toBeCloseTo(0.3 * mmPerM, 1);
    // Hatched: several diagonal lines, all inside the footprint.
    const lines = [...groups[0]![3]!.matchAll(/x1="([\d.-]+)" y1="([\d.-]+)" x2="([\d.-]+)" y2="([\d.-]+)"/g)].map((m) => m.slice(1).map(Number));
    expect(lines.length).toBeGreaterThan(3);
    for (const [x1, y1, x2, y2] of lines) {
      expect(Math.abs(Math.abs(x2! - x1!) - Math.abs(y2! - y1!))).toBeLessThan(0.02); // 45°
      for (const x of [x1!, x2!]) expect(x).toBeGreaterThanOrEqual(Math.min(...xs) - 0.01);
      for (const x of [x1!, x2!]) expect(x).toBeLessThanOrEqual(Math.max(...xs) + 0.01);
    }
    // The mat turned 90°: 1.83 m across on paper.
    const matXs = numbers(groups[1]![2]!).filter((_, i) => i % 2 === 0);
    expect(Math.max(...matXs) - Math.min(...matXs)).toBeCloseTo(1.83 * mmPerM, 1);
    expect(p.svg).toContain('Barrier: foam pad, 40 × 30 cm, 5 cm thick');
    expect(p.svg).toContain('Barrier: yoga mat &lt;thin&gt;');
  });

  it('frames the plan round a barrier far from everything else, and draws nothing for none', () => {
    const far = plan({ setPieces: [piece({})], barriers: [{ ...pad, position: [6, 0.025, 0] }] });
    const none = plan({ setPieces: [piece({})] });
    expect(far.scale).toBeGreaterThan(none.scale);
    expect(none.svg).not.toContain('Barrier:');
  });
});
