import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Placement } from '../../shared/domain/blocking';
import type { CommandInput } from '../../shared/commands';
import type { ApplyResult } from '../../shared/ipc/contract';
import { bodyLandmarks, jointEulerDeg, seatContactY } from '../../shared/blocking';
import { openApp, screenshot, type AppUnderTest } from '../support/e2e';

// The blocking of one scene, end to end: real UI in Chromium (WebGL via SwiftShader), real browser host,
// real SQLite file. Setup (cast, scene, first beat) goes through the same command API the UI uses.

let app: AppUnderTest;

const command = (c: CommandInput): Promise<ApplyResult> => app.host.apply(c);
const snapshot = () => app.host.snapshot();
const created = (r: ApplyResult, kind: string) => r.changes.records.find((x) => x.kind === kind)!.id;

let ruthId = '';
let tomId = '';
let sceneId = '';
let beat1 = '';

async function placementsByBeat(): Promise<Record<string, Record<string, Placement>>> {
  const s = await snapshot();
  const out: Record<string, Record<string, Placement>> = {};
  for (const p of s.placements) (out[p.beatId] ??= {})[p.performerId] = p;
  return out;
}
const placementOf = async (beatId: string, performerId: string) => (await placementsByBeat())[beatId]?.[performerId];

beforeAll(async () => {
  app = await openApp();
  ruthId = created(await command({ type: 'performer.create', fields: { name: 'Maya Okafor', character: 'Ruth', heightCm: 168 } }), 'performer');
  tomId = created(await command({ type: 'performer.create', fields: { name: 'Daniel Reyes', character: 'Tom', heightCm: 181 } }), 'performer');
  sceneId = created(await command({ type: 'scene.create', fields: { number: '42', title: 'Ruth and Tom reconcile' } }), 'scene');
  await command({ type: 'scene.update', id: sceneId, patch: { performerIds: [ruthId, tomId] } });
  beat1 = created(await command({ type: 'beat.create', sceneId, fields: { description: 'Both on the bed.' } }), 'beat');
  await app.page.reload();
  await app.page.getByTestId('stage-viewport').waitFor();
});

afterAll(async () => {
  await app?.close();
});

describe('blocking a scene in the 3D view', () => {
  it('places two performers on the double bed, poses them, frames a camera, and keeps every beat through undo and reload', async () => {
    const page = app.page;
    const panel = page.getByRole('complementary', { name: 'Blocking' });

    // A double bed from the catalogue (1.37 × 1.95 m, centred on the stage).
    await page.getByLabel('Add set piece').selectOption('doubleBed');
    await expect.poll(async () => (await snapshot()).setPieces.map((p) => p.type)).toEqual(['doubleBed']);

    // Ruth: seated on the foot edge of the bed.
    await panel.getByLabel('Back to the outline').click();
    await panel.getByRole('button', { name: /^Ruth/ }).click();
    await panel.getByLabel('Search pose presets').fill('edge');
    await panel.getByRole('button', { name: 'Seated on the edge of a bed' }).click();
    await panel.getByLabel('Position X').fill('-0.3');
    await panel.getByLabel('Position X').press('Enter');
    await panel.getByLabel('Position Z').fill('0.8');
    await panel.getByLabel('Position Z').press('Enter');
    const floorSpot = async (beat: string, who: string) => {
      const p = (await placementOf(beat, who))?.position;
      return p ? [p[0], p[2]] : null;
    };
    await expect.poll(() => floorSpot(beat1, ruthId)).toEqual([-0.3, 0.8]);
    // Seated on the edge of the 55 cm mattress: raised until her thighs rest on it, feet still on the floor.
    await expect.poll(async () => Math.abs(seatContactY((await placementOf(beat1, ruthId))!, 168) - 0.55)).toBeLessThan(0.01);
    const ruthSeated = (await placementOf(beat1, ruthId))!;
    expect(Math.abs(bodyLandmarks(ruthSeated, 168).feet[1])).toBeLessThan(0.03);
    const ruthY = ruthSeated.position[1];
    expect(ruthY).toBeGreaterThan(0.1);

    // A joint rotated by number: the left elbow bent 90°; a value past its limit is refused with the range.
    await panel.getByLabel('Selected joint').selectOption('leftLowerArm');
    await panel.getByLabel('left lower arm X rotation').fill('-90');
    await panel.getByLabel('left lower arm X rotation').press('Enter');
    await expect.poll(async () => Math.round(jointEulerDeg((await placementOf(beat1, ruthId))!.pose, 'leftLowerArm')[0])).toBe(-90);
    await panel.getByLabel('left lower arm X rotation').fill('-200');
    await panel.getByLabel('left lower arm X rotation').press('Enter');
    await panel.getByText(/^left lower arm X rotation must be from -\d+ to \d+°$/).waitFor();
    expect(Math.round(jointEulerDeg((await placementOf(beat1, ruthId))!.pose, 'leftLowerArm')[0])).toBe(-90);
    await panel.getByLabel('left lower arm X rotation').press('Escape');

    // Tom: lying on his back on the bed; snapping puts him on the mattress (0.55 m), not the floor.
    await panel.getByLabel('Back to the outline').click();
    await panel.getByRole('button', { name: /^Tom/ }).click();
    await panel.getByLabel('Position X').fill('0.3');
    await panel.getByLabel('Position X').press('Enter');
    await panel.getByLabel('Search pose presets').fill('lying back');
    await panel.getByRole('button', { name: 'Lying on the back' }).click();
    await expect.poll(async () => (await placementOf(beat1, tomId))?.position).toEqual([0.3, 0.55, 0]);
    await expect.poll(() => panel.getByLabel('Elevation').inputValue()).toBe('0.55');
    await screenshot(page, 'blocking-free-view');

    // A camera: 50 mm on Super 35 at 2.39:1, with the angle of view from lens and sensor.
    await page.getByTitle(/Add a camera/).click();
    await expect.poll(() => panel.getByLabel('Focal length preset').inputValue()).toBe('50');
    await expect.poll(() => panel.getByLabel('Sensor').inputValue()).toBe('super35');
    const h = 2 * Math.atan(24.89 / 100) * (180 / Math.PI);
    const v = 2 * Math.atan(24.89 / 2.39 / 100) * (180 / Math.PI);
    await expect.poll(async () => (await panel.getByTestId('camera-fov').textContent()) ?? '').toContain(`${h.toFixed(1)}° × ${v.toFixed(1)}°`);
    const cams = (await snapshot()).cameras;
    expect(cams).toHaveLength(1);
    expect(cams[0]).toMatchObject({ name: 'A cam', aspect: '2.39:1', sensor: { preset: 'super35', widthMm: 24.89, heightMm: 18.66 } });
    expect((await snapshot()).cameraPlacements).toMatchObject([{ cameraId: cams[0]!.id, focalLengthMm: 50, hidden: false }]);

    // Top plan.
    await page.getByRole('button', { name: 'Top' }).click();
    await expect.poll(async () => (await page.getByTestId('view-badge').textContent()) ?? '').toContain('Top plan');
    await page.waitForTimeout(600);
    await screenshot(page, 'blocking-top-plan');

    // Look through it: the frame is letterboxed to 2.39:1.
    await panel.getByRole('button', { name: 'Look through A cam' }).click();
    await expect.poll(async () => (await page.getByTestId('view-badge').textContent()) ?? '').toContain('A cam');
    await expect.poll(async () => (await page.getByTestId('view-badge').textContent()) ?? '').toContain('50 mm · Super 35 · 2.39:1');
    const frame = await page.getByTestId('stage-frame').boundingBox();
    expect(frame!.width / frame!.height).toBeCloseTo(2.39, 1);
    await page.waitForTimeout(600);
    await screenshot(page, 'blocking-camera-view');
    await page.getByRole('button', { name: 'Free' }).click();

    // From Ruth's own panel: a medium close-up of her in A cam moves the camera in along its line of sight.
    await panel.getByLabel('Back to the outline').click();
    await panel.getByRole('button', { name: /^Ruth/ }).click();
    const far = (await snapshot()).cameraPlacements[0]!;
    const chest = bodyLandmarks((await placementOf(beat1, ruthId))!, 168).chest;
    const away = (c: { position: readonly number[] }) => Math.hypot(...c.position.map((v, i) => v - chest[i]!));
    await panel.getByRole('group', { name: 'Frame Ruth in A cam' }).getByRole('button', { name: 'MCU' }).click();
    await expect.poll(async () => (await snapshot()).cameraPlacements[0]!.shotSize).toBe('mediumCloseUp');
    const near = (await snapshot()).cameraPlacements[0]!;
    expect(away(near)).toBeLessThan(away(far));
    expect(Math.hypot(...near.target.map((v, i) => v - chest[i]!))).toBeLessThan(0.3); // aimed at her
    expect(near.focalLengthMm).toBe(50); // the lens stays; the camera moves
    await panel.getByLabel('Back to the outline').click();

    // A new beat starts as a copy of the previous one.
    await page.getByRole('button', { name: 'Add beat' }).click();
    let beat2 = '';
    await expect
      .poll(async () => {
        const s = await snapshot();
        beat2 = s.beats.find((b) => b.id !== beat1)?.id ?? '';
        return beat2 ? s.placements.filter((p) => p.beatId === beat2).length : 0;
      })
      .toBe(2);
    const b1 = await placementsByBeat();
    expect((await placementsByBeat())[beat2]![ruthId]!.pose).toEqual(b1[beat1]![ruthId]!.pose);

    // Move mannequins with the keyboard in beat 2: N selects Ruth, N again Tom; Shift+← moves 25 cm.
    await page.locator(`li[data-beat-id="${beat2}"]`).click();
    await expect.poll(() => page.locator('section.stage').getAttribute('data-beat-id')).toBe(beat2);
    const viewport = page.getByTestId('stage-viewport');
    await viewport.focus();
    await page.keyboard.press('n');
    await page.keyboard.press('n');
    await panel.getByText('Daniel Reyes · 181 cm').waitFor();
    await page.keyboard.press('Shift+ArrowLeft');
    await expect.poll(async () => (await placementOf(beat2, tomId))?.position).toEqual([0.05, 0.55, 0]);
    // Move Ruth too, then undo that move: she is back where beat 1 left her.
    await page.keyboard.press('n');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => floorSpot(beat2, ruthId)).toEqual([-0.25, 0.8]);
    expect(Math.abs((await placementOf(beat2, ruthId))!.position[1] - ruthY)).toBeLessThan(0.003); // still seated on the edge
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await placementOf(beat2, ruthId))?.position).toEqual([-0.3, ruthY, 0.8]);

    const before = await placementsByBeat();
    const camerasBefore = { cameras: (await snapshot()).cameras, placements: (await snapshot()).cameraPlacements };

    // Reload (restart the host on the same file): every beat's blocking is exactly as left.
    await app.restart();
    await page.getByTestId('stage-viewport').waitFor();
    const after = await placementsByBeat();
    const strip = (m: Record<string, Record<string, Placement>>) =>
      Object.fromEntries(Object.entries(m).map(([beat, byPerformer]) => [beat, Object.fromEntries(Object.entries(byPerformer).map(([id, p]) => [id, { position: p.position, rotationY: p.rotationY, pose: p.pose, hidden: p.hidden, pins: p.pins }]))]));
    expect(strip(after)).toEqual(strip(before));
    expect(strip(after)[beat1]![ruthId]!.position).toEqual([-0.3, ruthY, 0.8]);
    expect(strip(after)[beat2]![tomId]!.position).toEqual([0.05, 0.55, 0]);
    expect({ cameras: (await snapshot()).cameras, placements: (await snapshot()).cameraPlacements }).toEqual(camerasBefore);

    // And the UI shows it: beat 2, Tom at x = 0.05 m on the bed.
    await page.locator(`li[data-beat-id="${beat2}"]`).click();
    await expect.poll(() => page.locator('section.stage').getAttribute('data-beat-id')).toBe(beat2);
    await page.getByTestId('stage-viewport').focus();
    await page.keyboard.press('n');
    await page.keyboard.press('n');
    await expect.poll(() => panel.getByLabel('Position X').inputValue()).toBe('0.05');
    await expect.poll(() => panel.getByLabel('Elevation').inputValue()).toBe('0.55');
  });
});
