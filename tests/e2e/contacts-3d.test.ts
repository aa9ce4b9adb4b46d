import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BODY_REGIONS, type BodyRegionId } from '../../shared/domain/bodyRegions';
import type { Vec3 } from '../../shared/domain/blocking';
import { openApp, type AppUnderTest } from '../support/e2e';

// Contacts, garments and barriers in the 3D view of the sample production, the way a coordinator makes
// them: real clicks on the WebGL canvas (Chromium, SwiftShader) through the browser host onto a real file.
// Screen positions of body regions come from the `?stageStats` probe (renderer/src/scene/three/stageProbe.ts).

const SHOTS = join(import.meta.dirname, '../../test-results/contacts-3d');
const RUTH = 'sample-performer-maya';
const TOM = 'sample-performer-daniel';
const BEAT = 'sample-beat-1';

interface Probe {
  nextFrame(): Promise<number>;
  regionAnchor(performerId: string, region: BodyRegionId): { x: number; y: number } | null;
  regionUnder(x: number, y: number): { performerId: string; region: BodyRegionId } | { setPieceId: string } | null;
  contactMarkers(): Vec3[];
  garments(): { shells: number; drawCalls: number; triangles: number };
}
type ProbeWindow = Window & { __closedSetStageStats?: Probe };

let app: AppUnderTest;
let page: Page;

const probe = <T,>(fn: (p: Probe, arg: never) => T, arg?: unknown): Promise<T> =>
  page.evaluate(([src, a]) => new Function('p', 'a', `return (${src})(p, a)`)((window as ProbeWindow).__closedSetStageStats, a) as T, [fn.toString(), arg] as const);
const settle = async () => {
  await probe((p) => p.nextFrame());
  await probe((p) => p.nextFrame());
};
const anchor = (performerId: string, region: BodyRegionId) => probe((p, a: [string, BodyRegionId]) => p.regionAnchor(a[0], a[1]), [performerId, region]);
const under = (pt: { x: number; y: number }) => probe((p, a: { x: number; y: number }) => p.regionUnder(a.x, a.y), pt);
const shot = async (name: string) => {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
};

async function openStage(): Promise<void> {
  await page.goto(`${app.host.url}?stageStats`);
  await page.waitForFunction(() => !!(window as ProbeWindow).__closedSetStageStats, undefined, { timeout: 60_000 });
  await page.locator(`li[data-beat-id="${BEAT}"]`).click();
  await page.locator(`section.stage[data-beat-id="${BEAT}"]`).waitFor();
  await settle();
}

/** Moves onto a region (so the hover label shows), waits for the pick, then clicks there. */
async function clickRegion(performerId: string, region: BodyRegionId): Promise<{ x: number; y: number }> {
  const pt = (await anchor(performerId, region))!;
  expect(pt, `${region} of ${performerId} on screen`).not.toBeNull();
  expect(await under(pt)).toEqual({ performerId, region });
  await page.mouse.move(pt.x, pt.y, { steps: 4 });
  await page.mouse.click(pt.x, pt.y);
  return pt;
}

beforeAll(async () => {
  app = await openApp({ sample: true, smoothEdges: true });
  page = app.page;
  await openStage();
});

afterAll(async () => {
  await app?.close();
});

describe('contacts, garments and barriers in the 3D view', () => {
  it('contact mode: hovering names the region, Ruth’s lips then Tom’s lips make a kiss, with markers on both', async () => {
    // Frame the two of them closely (select Ruth, F), then enter contact mode from the toolbar.
    const viewport = page.getByTestId('stage-viewport');
    await viewport.focus();
    await page.keyboard.press('n');
    await page.keyboard.press('f');
    await page.keyboard.press('Escape');
    await settle();
    await page.getByRole('button', { name: 'Contact', exact: true }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Contact', exact: true }).getAttribute('aria-pressed')).toBe('true');
    await page.locator('.stage-pick-hint').getByText(/click the body region that touches/).waitFor();

    const lips = (await anchor(RUTH, 'lips'))!;
    await page.mouse.move(lips.x, lips.y, { steps: 4 });
    await page.locator('.stage-region-label', { hasText: 'Ruth · lips' }).waitFor({ timeout: 10_000 });
    await settle();
    await shot('contact-hover-light');

    const before = (await app.host.snapshot()).contacts.filter((c) => c.beatId === BEAT && !c.deletedAt).length;
    await clickRegion(RUTH, 'lips');
    await page.locator('.stage-pick-hint').getByText(/From Ruth's lips: click what it touches/).waitFor();
    await clickRegion(TOM, 'lips');

    await expect.poll(async () => (await app.host.snapshot()).contacts.filter((c) => c.beatId === BEAT && !c.deletedAt).length).toBe(before + 1);
    const kiss = (await app.host.snapshot()).contacts.find((c) => c.beatId === BEAT && !c.deletedAt)!;
    expect(kiss.type).toBe('kiss');
    expect(kiss.initiator).toMatchObject({ performerId: RUTH, region: 'lips' });
    expect(kiss.receiver).toMatchObject({ kind: 'performer', performerId: TOM, region: 'lips' });
    // Two markers, on the two mouths as drawn.
    await settle();
    const markers = await probe((p) => p.contactMarkers());
    expect(markers).toHaveLength(2);
    await shot('contact-made-light');

    // Escape drops a half-made contact, a second Escape leaves contact mode.
    await clickRegion(RUTH, 'rightHand');
    await page.locator('.stage-pick-hint').getByText(/From Ruth's right hand/).waitFor();
    await page.keyboard.press('Escape');
    await page.locator('.stage-pick-hint').getByText(/click the body region that touches/).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('button', { name: 'Contact', exact: true }).getAttribute('aria-pressed')).toBe('false');
    expect((await app.host.snapshot()).contacts.filter((c) => c.beatId === BEAT && !c.deletedAt)).toHaveLength(before + 1);
  });

  it('dress mode: a click selects the performer, the panel dresses them, and a shot camera sees the garment', async () => {
    await page.keyboard.press('d');
    await expect.poll(() => page.getByRole('button', { name: 'Dress', exact: true }).first().getAttribute('aria-pressed')).toBe('true');
    const belly = (await anchor(RUTH, 'abdomen'))!;
    await page.mouse.move(belly.x, belly.y, { steps: 3 });
    await page.locator('.stage-region-label', { hasText: 'Ruth · abdomen' }).waitFor({ timeout: 10_000 });
    await page.mouse.click(belly.x, belly.y);
    // Dressed through the Blocking panel's wardrobe section (another part of the app) with a garment.add.
    const dressIn = page.getByRole('combobox', { name: 'Dress Ruth in' });
    await dressIn.selectOption('barrierLinedBriefs');
    await dressIn.locator('xpath=..').getByRole('button', { name: 'Dress' }).click();
    await expect.poll(async () => (await app.host.snapshot()).garments.filter((g) => g.beatId === BEAT && !g.deletedAt).map((g) => g.type)).toEqual(['barrierLinedBriefs']);
    await expect.poll(() => probe((p) => p.garments().shells)).toBe(1);
    await page.keyboard.press('Escape');
    await settle();
    await shot('dressed-light');

    // Looking through the active camera: the garment is drawn in the shot (one more draw call).
    await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Camera' }).click();
    await page.locator('section.stage[data-view="camera"]').waitFor();
    await settle();
    const inShot = await probe((p) => p.garments());
    expect(inShot.shells).toBe(1);
    expect(inShot.drawCalls).toBe(1);
    expect(inShot.triangles).toBeGreaterThan(50);
    await shot('dressed-through-camera-light');
    await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Free' }).click();

    // Undo takes the garment off again (the contact made before stays).
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(async () => (await app.host.snapshot()).garments.filter((g) => g.beatId === BEAT && !g.deletedAt)).toHaveLength(0);
    await expect.poll(() => probe((p) => p.garments().shells)).toBe(0);
  });

  it('a barrier is added at its real size, shows in 3D and stays after a restart, as does the contact', async () => {
    await page.getByRole('combobox', { name: 'Add barrier' }).selectOption('foamPad');
    await expect.poll(async () => (await app.host.snapshot()).barriers.filter((b) => b.beatId === BEAT && !b.deletedAt).length).toBe(1);
    const pad = (await app.host.snapshot()).barriers.find((b) => b.beatId === BEAT && !b.deletedAt)!;
    expect(pad.size).toEqual([0.4, 0.05, 0.3]);
    await settle();
    await shot('barrier-light');

    await app.restart();
    await openStage();
    const snap = await app.host.snapshot();
    expect(snap.contacts.filter((c) => c.beatId === BEAT && !c.deletedAt && c.type === 'kiss')).toHaveLength(1);
    expect(snap.barriers.filter((b) => b.beatId === BEAT && !b.deletedAt)).toHaveLength(1);
    expect(snap.garments.filter((g) => g.beatId === BEAT && !g.deletedAt)).toHaveLength(0);
    expect(await probe((p) => p.contactMarkers().length)).toBe(2);
  });

  it('looks right in the dark theme too (screenshots)', async () => {
    await page.getByRole('button', { name: /^Theme: / }).click(); // system → light
    await page.getByRole('button', { name: /^Theme: / }).click(); // light → dark
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await app.host.apply({ type: 'garment.add', beatId: BEAT as never, performerId: RUTH as never, garmentType: 'barrierLinedBriefs' });
    await app.host.apply({ type: 'garment.add', beatId: BEAT as never, performerId: RUTH as never, garmentType: 'nippleCovers' });
    const pad = (await app.host.snapshot()).barriers.find((b) => b.beatId === BEAT && !b.deletedAt);
    const where = { position: [0.55, 0.025, 0.75] as Vec3, rotationY: 20 };
    if (pad) await app.host.apply({ type: 'barrier.update', id: pad.id as never, patch: where });
    else await app.host.apply({ type: 'barrier.add', beatId: BEAT as never, barrierType: 'foamPad', fields: where });
    await openStage();
    await page.getByTestId('stage-viewport').focus();
    await page.keyboard.press('c');
    await expect.poll(() => page.getByRole('button', { name: 'Contact', exact: true }).getAttribute('aria-pressed')).toBe('true');
    // Whatever region of Tom is under the anchor of his upper chest from this angle, the label names it.
    const chest = (await anchor(TOM, 'chest'))!;
    const hit = (await under(chest)) as { performerId: string; region: BodyRegionId };
    expect(hit.performerId).toBe(TOM);
    await page.mouse.move(chest.x, chest.y, { steps: 3 });
    await page.locator('.stage-region-label', { hasText: `Tom · ${BODY_REGIONS[hit.region].label}` }).waitFor({ timeout: 10_000 });
    await settle();
    await shot('contact-hover-dressed-barrier-dark');
    // Close up: the hovered region tinted on the body, Ruth's garments, the kiss line.
    const belly = (await anchor(RUTH, 'abdomen'))!;
    await page.mouse.move(belly.x, belly.y, { steps: 3 });
    await page.locator('.stage-region-label', { hasText: 'Ruth · abdomen' }).waitFor({ timeout: 10_000 });
    await settle();
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, 'region-tint-closeup-dark.png'), clip: { x: belly.x - 170, y: belly.y - 150, width: 340, height: 260 } });
    await page.keyboard.press('Escape');

    // The glTF export carries the garment shell (skinned to Ruth's skeleton) and the pad, not the contact markers.
    await page.getByRole('button', { name: 'Export…' }).click();
    const exportDialog = page.getByRole('dialog', { name: 'Export' });
    await exportDialog.getByRole('combobox', { name: 'What to export' }).selectOption('glb');
    const pending = page.waitForEvent('download');
    await exportDialog.getByRole('button', { name: 'Save glTF' }).click();
    const bytes = readFileSync((await (await pending).path())!);
    const json = bytes.toString('utf8', 20, 20 + bytes.readUInt32LE(12));
    const gltf = JSON.parse(json) as { nodes: { name?: string; mesh?: number; skin?: number }[]; skins?: { joints: number[] }[] };
    const garments = gltf.nodes.filter((n) => n.name === 'garments');
    expect(garments).toHaveLength(1);
    expect(garments[0]!.skin).toBeDefined();
    const ruthBody = gltf.nodes.find((n, i) => n.name === 'body' && gltf.nodes.some((p) => p.name === 'Ruth' && (p as { children?: number[] }).children?.includes(i)));
    expect(gltf.skins![garments[0]!.skin!]!.joints).toEqual(gltf.skins![ruthBody!.skin!]!.joints); // the same bones
    expect(gltf.nodes.map((n) => n.name)).toContain('Foam pad');
    expect(json).not.toMatch(/contact-markers|contact-lines|hover-point/);

    await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Camera' }).click();
    await page.locator('section.stage[data-view="camera"]').waitFor();
    await settle();
    await shot('dressed-through-camera-dark');
  });
});
