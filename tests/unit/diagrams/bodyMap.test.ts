import { describe, expect, it } from 'vitest';
import { BODY_REGION_IDS, BODY_REGIONS, type BodyRegionId } from '../../../shared/domain/bodyRegions';
import { bodyMapSvg, regionOnFace, type MapFace } from '../../../shared/diagrams/bodyMap';

// Every drawn region: its id, face, value and the centre x of its shape.
function drawn(svg: string): { region: string; face: string; value: string; x: number }[] {
  const out: { region: string; face: string; value: string; x: number }[] = [];
  for (const m of svg.matchAll(/<(ellipse|rect) ([^>]*data-region="[^"]+"[^>]*)\/>/g)) {
    const attrs = m[2]!;
    const a = (name: string) => new RegExp(`(?:^| )${name}="([^"]*)"`).exec(attrs)?.[1] ?? '';
    const x = m[1] === 'ellipse' ? Number(a('cx')) : Number(a('x')) + Number(a('width')) / 2;
    out.push({ region: a('data-region'), face: a('data-face'), value: a('data-value'), x });
  }
  return out;
}

// The figure's midline: the x of the shape of a midline region on that face.
const midline = (shapes: ReturnType<typeof drawn>, face: MapFace) => shapes.find((s) => s.face === face && s.region === (face === 'front' ? 'abdomen' : 'lowerBack'))!.x;

describe('the consent body map (SVG)', () => {
  it('draws every region once on each face it belongs to, and nowhere else', () => {
    const shapes = drawn(bodyMapSvg({ values: {} }));
    for (const id of BODY_REGION_IDS) {
      for (const face of ['front', 'back'] as const) {
        const n = shapes.filter((s) => s.region === id && s.face === face).length;
        expect(n, `${id} on the ${face}`).toBe(regionOnFace(id, face) ? 1 : 0);
      }
    }
    expect(BODY_REGIONS.leftShoulderBlade.face).toBe('back');
    expect(shapes.filter((s) => s.region === 'leftShoulderBlade').map((s) => s.face)).toEqual(['back']);
  });

  it('puts the performer’s left on the viewer’s right of the front figure and on the viewer’s left of the back figure', () => {
    const svg = bodyMapSvg({ values: {} });
    const shapes = drawn(svg);
    const front = midline(shapes, 'front');
    const back = midline(shapes, 'back');
    expect(front).toBeLessThan(back);
    for (const s of shapes) {
      const side = BODY_REGIONS[s.region as BodyRegionId].side;
      if (!side) continue;
      const centre = s.face === 'front' ? front : back;
      const viewerRight = s.x > centre;
      expect(viewerRight, `${s.region} on the ${s.face}`).toBe(s.face === 'front' ? side === 'left' : side === 'right');
    }
    expect(svg).toContain('>Front</text>');
    expect(svg).toContain('>Back</text>');
    expect(svg.match(/Performer’s left/g)).toHaveLength(2);
    expect(svg.match(/Performer’s right/g)).toHaveLength(2);
  });

  it('shows each value by a pattern as well as a colour', () => {
    const svg = bodyMapSvg({ values: { leftHand: 'agreed', rightHand: 'notAgreed', lips: 'discuss' }, idPrefix: 'p1-', legend: true });
    const shapes = drawn(svg);
    expect(svg).toContain('<pattern id="p1-hatch"');
    expect(svg).toContain('<pattern id="p1-dots"');
    const fill = (region: string) => new RegExp(`data-region="${region}" data-face="front"[^>]*fill="([^"]+)"`).exec(svg)![1];
    expect(fill('rightHand')).toBe('url(#p1-hatch)');
    expect(fill('lips')).toBe('url(#p1-dots)');
    expect(fill('leftHand')).toMatch(/^#/);
    expect(fill('face')).toBe('none');
    expect(shapes.find((s) => s.region === 'leftHand')!.value).toBe('agreed');
    for (const words of ['Agreed', 'Not agreed', 'Needs discussion', 'Not recorded']) expect(svg).toContain(`>${words}</text>`);
  });

  it('as a control, puts one region in the Tab order: the selected one', () => {
    const svg = bodyMapSvg({ values: {}, interactive: true, selected: 'rightShoulderBlade' });
    const stops = [...svg.matchAll(/data-region="([^"]+)"[^>]*tabindex="0"/g)].map((m) => m[1]);
    expect(stops).toEqual(['rightShoulderBlade']);
    expect(svg).toContain('aria-pressed="true"');
    expect(bodyMapSvg({ values: {} })).not.toContain('tabindex');
  });

  it('escapes the text it is given', () => {
    const svg = bodyMapSvg({ values: {}, title: 'Maya <b>"O’Kafor"</b> & co', channelLabel: 'Be <touched>', interactive: true });
    expect(svg).not.toContain('<b>');
    expect(svg).not.toContain('<touched>');
    expect(svg).toContain('Maya &lt;b&gt;&quot;O’Kafor&quot;&lt;/b&gt; &amp; co');
    expect(svg).toContain('aria-label="Left hand, be &lt;touched&gt;: Not recorded"');
  });
});
