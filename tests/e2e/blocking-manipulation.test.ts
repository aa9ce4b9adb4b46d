import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { BoneName } from '../../shared/domain/bones';
import type { Placement, Vec3 } from '../../shared/domain/blocking';
import type { CommandInput } from '../../shared/commands';
import type { ApplyResult } from '../../shared/ipc/contract';
import { boneWorldPositions, formatMeasurement, isWithinLimits, jointEulerDeg, LIMB_CHAINS } from '../../shared/blocking';
import { openApp, type AppUnderTest } from '../support/e2e';

// Direct manipulation in the 3D view, the way a coordinator does it: real mouse presses, moves and releases
// on the WebGL canvas (Chromium, SwiftShader), through the browser host onto a real file. Screen positions of
// joints and gizmo handles come from the `?stageStats` hook (renderer/src/scene/three/stageProbe.ts).

const SHOTS = '/tmp/shots-manip';

interface Probe {
  nextFrame(): Promise<number>;
  project(world: Vec3): { x: number; y: number } | null;
  ray(x: number, y: number): { origin: Vec3; direction: Vec3 };
  boneWorld(performerId: string, bone: BoneName): Vec3 | null;
  gizmoHandle(name: string): { x: number; y: number } | null;
  gizmo(): { mode: string; dragging: boolean; axis: string | null; position: Vec3 } | null;
  boneAxes(performerId: string, bone: BoneName): { x: Vec3; y: Vec3; z: Vec3 } | null;
  view(): { position: Vec3; forward: Vec3; up: Vec3 };
}
type ProbeWindow = Window & { __closedSetStageStats?: Probe };
type Pt = { x: number; y: number };

let app: AppUnderTest;
let page: Page;
let ruthId = '';
let tomId = '';
let sceneId = '';
let beatId = '';
const RUTH_CM = 168;
const TOM_CM = 181;

const command = (c: CommandInput): Promise<ApplyResult> => app.host.apply(c);
const snapshot = () => app.host.snapshot();
const created = (r: ApplyResult, kind: string) => r.changes.records.find((x) => x.kind === kind)!.id;
const placementOf = async (performerId: string): Promise<Placement> => (await snapshot()).placements.find((p) => p.beatId === beatId && p.performerId === performerId)!;

// ---- the probe -------------------------------------------------------------------------------------
const frame = () => page.evaluate(() => (window as ProbeWindow).__closedSetStageStats!.nextFrame());
async function settle(): Promise<void> {
  await frame();
  await frame();
}
const project = (p: Vec3) => page.evaluate((w) => (window as ProbeWindow).__closedSetStageStats!.project(w), p as [number, number, number]);
const boneWorld = (performerId: string, bone: BoneName) => page.evaluate(([id, b]) => (window as ProbeWindow).__closedSetStageStats!.boneWorld(id, b as BoneName), [performerId, bone] as const);
const gizmoHandle = (name: string) => page.evaluate((n) => (window as ProbeWindow).__closedSetStageStats!.gizmoHandle(n), name);
const gizmo = () => page.evaluate(() => (window as ProbeWindow).__closedSetStageStats!.gizmo());
const boneAxes = (performerId: string, bone: BoneName) => page.evaluate(([id, b]) => (window as ProbeWindow).__closedSetStageStats!.boneAxes(id, b as BoneName), [performerId, bone] as const);
const view = () => page.evaluate(() => (window as ProbeWindow).__closedSetStageStats!.view());
const ray = (p: Pt) => page.evaluate(([x, y]) => (window as ProbeWindow).__closedSetStageStats!.ray(x, y), [p.x, p.y] as const);

// ---- vector helpers --------------------------------------------------------------------------------
const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const scale = (a: Vec3, s: number): Vec3 => [a[0] * s, a[1] * s, a[2] * s];
const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const cross = (a: Vec3, b: Vec3): Vec3 => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
const len = (a: Vec3) => Math.hypot(...a);
const norm = (a: Vec3): Vec3 => scale(a, 1 / len(a));
const dist = (a: Vec3, b: Vec3) => len(sub(a, b));
/** Where the ray under a screen point meets the plane through `point` with normal `normal`. */
async function onPlane(screen: Pt, point: Vec3, normal: Vec3): Promise<Vec3> {
  const r = await ray(screen);
  const t = dot(sub(point, r.origin), normal) / dot(r.direction, normal);
  return add(r.origin, scale(r.direction, t));
}

const round = (p: Pt): Pt => ({ x: Math.round(p.x), y: Math.round(p.y) });
const plus = (p: Pt, d: Pt): Pt => ({ x: p.x + d.x, y: p.y + d.y });
const minus = (a: Pt, b: Pt): Pt => ({ x: a.x - b.x, y: a.y - b.y });

// ---- the mouse -------------------------------------------------------------------------------------
async function click(p: Pt): Promise<void> {
  await page.mouse.move(p.x, p.y, { steps: 3 });
  await page.mouse.down();
  await page.mouse.up();
  await settle();
}
/** Press, move in several steps, release: a drag as a hand does it. */
/** A mouse drag; `midway` runs with the button still down, the pointer at the drop point. */
async function drag(from: Pt, to: Pt, steps = 12, midway?: () => Promise<void>): Promise<void> {
  await page.mouse.move(from.x, from.y, { steps: 2 });
  await page.mouse.down();
  await page.mouse.move(from.x + (to.x - from.x) * 0.05, from.y + (to.y - from.y) * 0.05, { steps: 2 });
  await page.mouse.move(to.x, to.y, { steps });
  await midway?.();
  await page.mouse.up();
  await settle();
}

/** The command:apply POSTs sent while `work` runs (what the app asks main to change). */
async function commandsDuring(work: () => Promise<void>): Promise<{ type: string; label?: string }[]> {
  const sent: { type: string; label?: string }[] = [];
  const listen = (r: import('playwright-core').Request) => {
    if (r.method() === 'POST' && r.url().includes('/api/command:apply')) sent.push((JSON.parse(r.postData() ?? '{}') as { command: { type: string; label?: string } }).command);
  };
  page.on('request', listen);
  try {
    await work();
    // A release sends its command right away; give a late one the chance to show up.
    await page.waitForTimeout(300);
  } finally {
    page.off('request', listen);
  }
  return sent;
}

const shot = async (name: string) => {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
};

const panel = () => page.getByRole('complementary', { name: 'Blocking' });
const ruthHeader = () => panel().getByText(`Maya Okafor · ${RUTH_CM} cm`);
const tomHeader = () => panel().getByText(`Daniel Reyes · ${TOM_CM} cm`);
const selectedJoint = () => panel().getByLabel('Selected joint');
const viewport = () => page.getByTestId('stage-viewport');
async function key(k: string): Promise<void> {
  await viewport().focus();
  await page.keyboard.press(k);
  await settle();
}
async function canvasRect() {
  return (await page.locator('canvas').first().boundingBox())!;
}
async function onCanvas(p: Pt | null): Promise<boolean> {
  const r = await canvasRect();
  return !!p && p.x > r.x + 4 && p.y > r.y + 4 && p.x < r.x + r.width - 4 && p.y < r.y + r.height - 4;
}

/** The middle of a body segment (between a joint and the next one down the limb) on screen. */
async function segmentOnScreen(performerId: string, from: BoneName, to: BoneName, t = 0.5): Promise<Pt> {
  const a = (await boneWorld(performerId, from))!;
  const b = (await boneWorld(performerId, to))!;
  return (await project(add(a, scale(sub(b, a), t))))!;
}

beforeAll(async () => {
  app = await openApp();
  page = app.page;
  // The production measures in feet and inches: the measuring tool must say so.
  await command({ type: 'production.update', patch: { units: 'imperial' } });
  ruthId = created(await command({ type: 'performer.create', fields: { name: 'Maya Okafor', character: 'Ruth', heightCm: RUTH_CM } }), 'performer');
  tomId = created(await command({ type: 'performer.create', fields: { name: 'Daniel Reyes', character: 'Tom', heightCm: TOM_CM } }), 'performer');
  sceneId = created(await command({ type: 'scene.create', fields: { number: '42', title: 'Ruth and Tom reconcile' } }), 'scene');
  await command({ type: 'scene.update', id: sceneId, patch: { performerIds: [ruthId, tomId] } });
  beatId = created(await command({ type: 'beat.create', sceneId, fields: { description: 'Standing apart.' } }), 'beat');
  await page.goto(`${app.host.url}?stageStats`);
  await page.waitForFunction(() => !!(window as ProbeWindow).__closedSetStageStats, undefined, { timeout: 60_000 });
  await page.locator(`li[data-beat-id="${beatId}"]`).click();
  await page.locator(`section.stage[data-beat-id="${beatId}"]`).waitFor();
  await settle();
});

afterAll(async () => {
  await app?.close();
});

describe('direct manipulation in the 3D view', () => {
  it('a click on a mannequin selects it, a click on a body part selects that joint, a click on the floor clears it', async () => {
    await shot('00-start');
    // Ruth stands at x = −0.4 m, facing the audience (+z). Click her chest.
    await click(await segmentOnScreen(ruthId, 'chest', 'upperChest'));
    await ruthHeader().waitFor({ timeout: 5000 });
    await expect.poll(() => selectedJoint().inputValue()).toBe('');
    // Now her left forearm (between elbow and wrist): that joint is selected.
    await click(await segmentOnScreen(ruthId, 'leftLowerArm', 'leftHand'));
    await expect.poll(() => selectedJoint().inputValue()).toBe('leftLowerArm');
    await shot('01-forearm-selected');
    // Empty floor, well away from both of them: nothing is selected any more.
    await click((await project([-2.2, 0, 1.6]))!);
    await expect.poll(() => ruthHeader().count()).toBe(0);
    await panel().getByRole('button', { name: /^Ruth/ }).waitFor({ timeout: 5000 });
  });

  it('the rotate rings bend a joint: one command per release, and never past the joint limit', async () => {
    // Select Ruth, frame her (F), then her left forearm: the elbow gets the rotate rings.
    await click(await segmentOnScreen(ruthId, 'chest', 'upperChest'));
    await ruthHeader().waitFor();
    await key('f');
    await click(await segmentOnScreen(ruthId, 'leftLowerArm', 'leftHand'));
    await expect.poll(() => selectedJoint().inputValue()).toBe('leftLowerArm');
    expect((await gizmo())?.mode).toBe('rotate');
    const before = await placementOf(ruthId);

    // Grab the elbow's X ring (its hinge) and pull it the way that bends the elbow (−X), about 70°.
    // The gizmo turns by (mouse travel on the plane facing the view) · (axis × eye) · 20 / distance.
    const bendBy = async (deg: number) => {
      const ring = round((await gizmoHandle('X'))!);
      expect(await onCanvas(ring)).toBe(true);
      const elbow = (await boneWorld(ruthId, 'leftLowerArm'))!;
      const axis = (await boneAxes(ruthId, 'leftLowerArm'))!.x;
      const cam = (await view()).position;
      const eye = norm(sub(cam, elbow));
      const along = scale(norm(cross(axis, eye)), -1);
      const metres = ((deg * Math.PI) / 180) * (dist(cam, elbow) / 20);
      const screenDelta = minus((await project(add(elbow, scale(along, metres))))!, (await project(elbow))!);
      return commandsDuring(() => drag(ring, round(plus(ring, screenDelta))));
    };
    const sent = await bendBy(70);
    expect(sent.map((c) => c.type)).toEqual(['placement.update']);
    expect(sent[0]!.label).toBe("Rotate Ruth's left lower arm");
    await expect.poll(async () => jointEulerDeg((await placementOf(ruthId)).pose, 'leftLowerArm')[0]).toBeLessThan(-55);
    const bent = (await placementOf(ruthId)).pose.bones.leftLowerArm ?? [0, 0, 0, 1];
    const [bx, by, bz] = jointEulerDeg((await placementOf(ruthId)).pose, 'leftLowerArm');
    expect(bx).toBeGreaterThan(-85);
    expect(Math.abs(by)).toBeLessThan(3);
    expect(Math.abs(bz)).toBeLessThan(5.1);
    expect(isWithinLimits('leftLowerArm', bent)).toBe(true);
    await shot('02-elbow-bent');

    // Another 100° the same way asks for about −170°: the elbow stops at its limit (−150°).
    const again = await bendBy(100);
    expect(again.map((c) => c.type)).toEqual(['placement.update']);
    await expect.poll(async () => jointEulerDeg((await placementOf(ruthId)).pose, 'leftLowerArm')[0]).toBeLessThan(-140);
    const held = (await placementOf(ruthId)).pose.bones.leftLowerArm ?? [0, 0, 0, 1];
    expect(isWithinLimits('leftLowerArm', held)).toBe(true);
    expect(jointEulerDeg((await placementOf(ruthId)).pose, 'leftLowerArm')[0]).toBeCloseTo(-150, 0);
    // The rest of the body did not move.
    const after = await placementOf(ruthId);
    expect({ ...after.pose.bones, leftLowerArm: null }).toEqual({ ...before.pose.bones, leftLowerArm: null });
    expect(after.position).toEqual(before.position);

    // Two undos: the arm hangs straight again.
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(async () => (await placementOf(ruthId)).pose).toEqual(before.pose);
  });

  it('dragging a hand in move mode (W) moves the arm by inverse kinematics, as one command, undone in one step', async () => {
    await key('w');
    // Click her left hand (just below the wrist, on the hand itself).
    await click(await segmentOnScreen(ruthId, 'leftLowerArm', 'leftHand', 1.25));
    await expect.poll(() => selectedJoint().inputValue()).toBe('leftHand');
    const g = (await gizmo())!;
    expect(g.mode).toBe('translate');
    const wrist = (await boneWorld(ruthId, 'leftHand'))!;
    expect(dist(g.position, wrist)).toBeLessThan(0.001);
    const before = await placementOf(ruthId);
    await shot('03-hand-selected');

    // Grab the centre handle (free move on the plane facing the view) and raise the hand 20 cm on screen.
    const v = await view();
    const grab = round((await gizmoHandle('XYZ'))!);
    const target = add(wrist, scale(v.up, 0.2));
    const drop = round((await project(target))!);
    expect(await onCanvas(drop)).toBe(true);
    const sent = await commandsDuring(() => drag(grab, drop, 16));
    // Where the hand was dropped: the mouse's travel on the drag plane (through the wrist, facing the view).
    const dropped = add(wrist, sub(await onPlane(drop, wrist, v.forward), await onPlane(grab, wrist, v.forward)));
    expect(dist(dropped, wrist)).toBeGreaterThan(0.18);
    expect(dist(dropped, wrist)).toBeLessThan(0.22);

    expect(sent.map((c) => c.type)).toEqual(['placement.update']);
    expect(sent[0]!.label).toBe("Move Ruth's left hand");
    await expect.poll(async () => JSON.stringify((await placementOf(ruthId)).pose) !== JSON.stringify(before.pose)).toBe(true);
    const moved = await placementOf(ruthId);
    const joints = boneWorldPositions(moved, RUTH_CM);
    expect(dist(joints.leftHand, dropped)).toBeLessThan(0.02);
    // The arm bent to get there, inside every joint's range; the rest of the body stayed put.
    for (const bone of LIMB_CHAINS.leftHand) expect(isWithinLimits(bone, moved.pose.bones[bone] ?? [0, 0, 0, 1]), bone).toBe(true);
    expect(jointEulerDeg(moved.pose, 'leftLowerArm')[0]).toBeLessThan(-5);
    const beforeJoints = boneWorldPositions(before, RUTH_CM);
    for (const bone of ['hips', 'head', 'rightHand', 'leftFoot', 'rightFoot'] as const) expect(dist(joints[bone], beforeJoints[bone]), bone).toBeLessThan(0.001);
    // What is drawn is what was stored.
    expect(dist((await boneWorld(ruthId, 'leftHand'))!, joints.leftHand)).toBeLessThan(0.002);
    await shot('04-hand-dragged');

    // One Undo puts the arm back exactly.
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(async () => (await placementOf(ruthId)).pose).toEqual(before.pose);
    await settle();
    expect(dist((await boneWorld(ruthId, 'leftHand'))!, wrist)).toBeLessThan(0.002);
    // The handle came back with the hand (not left floating where the hand was dropped).
    expect(dist((await gizmo())!.position, wrist)).toBeLessThan(0.002);
    // The view itself never moved: the drag went to the gizmo, not to the orbit controls.
    expect(await view()).toEqual(v);
  });

  it('a pinned hand stays where it was pinned while the body is nudged with the arrow keys or turned with the ring', async () => {
    await panel().getByRole('button', { name: 'Pin in place' }).click();
    await expect.poll(async () => (await placementOf(ruthId)).pins.map((p) => p.bone)).toEqual(['leftHand']);
    const pin = (await placementOf(ruthId)).pins[0]!.target;
    expect(dist(pin, (await boneWorld(ruthId, 'leftHand'))!)).toBeLessThan(0.002);

    // Whole body: Esc, then click her. Two nudges to her right (−x), 5 cm each.
    await key('Escape');
    await click(await segmentOnScreen(ruthId, 'chest', 'upperChest'));
    await ruthHeader().waitFor();
    await expect.poll(() => selectedJoint().inputValue()).toBe('');
    const before = await placementOf(ruthId);
    const sent = await commandsDuring(async () => {
      await key('ArrowLeft');
      await key('ArrowLeft');
    });
    expect(sent.map((c) => c.type)).toEqual(['placement.update', 'placement.update']);
    await expect.poll(async () => (await placementOf(ruthId)).position).toEqual([before.position[0] - 0.1, 0, 0]);
    await settle();
    const moved = await placementOf(ruthId);
    const joints = boneWorldPositions(moved, RUTH_CM);
    expect(joints.hips[0] - boneWorldPositions(before, RUTH_CM).hips[0]).toBeCloseTo(-0.1, 3);
    expect(dist(joints.leftHand, pin)).toBeLessThan(0.01);
    for (const bone of LIMB_CHAINS.leftHand) expect(isWithinLimits(bone, moved.pose.bones[bone] ?? [0, 0, 0, 1]), bone).toBe(true);
    expect(dist((await boneWorld(ruthId, 'leftHand'))!, pin)).toBeLessThan(0.01);
    await shot('05-pinned-hand-after-nudge');

    // Turn her with the rotate ring (E): about 25° round; the pinned hand still stays where it was.
    await key('e');
    expect((await gizmo())?.mode).toBe('rotate');
    const root = moved.position;
    const ring = round((await gizmoHandle('Y'))!);
    expect(await onCanvas(ring)).toBe(true);
    const v = await view();
    const eye = norm(sub(v.position, root));
    const along = norm(cross([0, 1, 0], eye));
    const metres = ((25 * Math.PI) / 180) * (dist(v.position, root) / 20);
    const drop = round(plus(ring, minus((await project(add(root, scale(along, metres))))!, (await project(root))!)));
    const turned = await commandsDuring(() =>
      drag(ring, drop, 12, async () => {
        // Mid-turn, before anything is saved: the body has turned, the hand has stayed on its pin.
        expect((await gizmo())?.dragging).toBe(true);
        expect(dist((await boneWorld(ruthId, 'leftHand'))!, pin)).toBeLessThan(0.01);
        expect(dist((await boneWorld(ruthId, 'hips'))!, boneWorldPositions(moved, RUTH_CM).hips)).toBeLessThan(0.01); // turning about the root
        expect(dist((await boneWorld(ruthId, 'rightHand'))!, boneWorldPositions(moved, RUTH_CM).rightHand)).toBeGreaterThan(0.05);
      }),
    );
    expect(turned.map((c) => c.type)).toEqual(['placement.update']);
    expect(turned[0]!.label).toBe('Turn Ruth');
    // The angle the gizmo turns by for this mouse travel (TransformControls: offset · (axis × eye) · 20 / distance).
    const offset = sub(await onPlane(drop, root, v.forward), await onPlane(ring, root, v.forward));
    const expectedDeg = (dot(offset, along) * 20 * 180) / (dist(v.position, root) * Math.PI);
    expect(expectedDeg).toBeGreaterThan(15);
    await expect.poll(async () => (await placementOf(ruthId)).rotationY).not.toBe(0);
    const after = await placementOf(ruthId);
    expect(after.rotationY).toBeCloseTo(expectedDeg, 0);
    expect(after.position).toEqual(root);
    expect(dist(boneWorldPositions(after, RUTH_CM).leftHand, pin)).toBeLessThan(0.01);
    expect(dist((await boneWorld(ruthId, 'leftHand'))!, pin)).toBeLessThan(0.01);
    await shot('05b-pinned-hand-after-turn');

    // A big step (Shift+←, 25 cm) takes her out of reach of the pin: the arm stretches towards it and
    // the coordinator is told, rather than the hand silently leaving its mark.
    await key('w');
    await key('Shift+ArrowLeft');
    await expect.poll(async () => (await placementOf(ruthId)).position[0]).toBeCloseTo(root[0] - 0.25, 3);
    await page.getByRole('region', { name: 'Notifications' }).getByText("Ruth's left hand can't reach its pin from here").waitFor();
    const far = await placementOf(ruthId);
    const reach = dist(boneWorldPositions(far, RUTH_CM).leftHand, pin);
    expect(reach).toBeGreaterThan(0.01);
    expect(reach).toBeLessThan(0.25);
    expect(far.pins.map((p) => p.target)).toEqual([pin]);
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(async () => (await placementOf(ruthId)).position).toEqual(root);
  });

  it('dragging the floor handle moves a mannequin across the floor, as one command', async () => {
    await key('Escape');
    await key('n');
    await key('n');
    await tomHeader().waitFor();
    await key('f');
    const before = await placementOf(tomId);
    const grab = round((await gizmoHandle('XZ'))!);
    expect(await onCanvas(grab)).toBe(true);
    const up: Vec3 = [0, 1, 0];
    const start = await onPlane(grab, before.position, up);
    const drop = round((await project(add(start, [0.5, 0, 0.3])))!);
    expect(await onCanvas(drop)).toBe(true);
    const sent = await commandsDuring(() => drag(grab, drop, 14));
    expect(sent.map((c) => c.type)).toEqual(['placement.update']);
    expect(sent[0]!.label).toBe('Move Tom');
    const expected = add(before.position, sub(await onPlane(drop, before.position, up), start));
    await expect.poll(async () => (await placementOf(tomId)).position[0]).not.toBe(before.position[0]);
    const moved = await placementOf(tomId);
    expect(dist(moved.position, expected)).toBeLessThan(0.01);
    expect(moved.position[1]).toBe(0);
    expect(moved.rotationY).toBe(before.rotationY);
    expect(moved.pose).toEqual(before.pose);
    await shot('06-tom-moved');
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(async () => (await placementOf(tomId)).position).toEqual(before.position);
  });

  it('dragging a camera along its red arrow slides it sideways; it keeps aiming at the same point', async () => {
    await page.getByTitle(/Add a camera/).click();
    await expect.poll(async () => (await snapshot()).cameras.length).toBe(1);
    const cam = (await snapshot()).cameraPlacements[0]!;
    await panel().getByLabel('Camera name').waitFor();
    await key('f');
    // Step back a little from the camera body (wheel zooms the free view out).
    const r = await canvasRect();
    await page.mouse.move(r.x + r.width / 2, r.y + r.height / 2);
    await page.mouse.wheel(0, 300);
    await settle();
    await shot('07-camera-selected');
    const grab = round((await gizmoHandle('X'))!);
    expect(await onCanvas(grab)).toBe(true);
    const body = cam.position;
    const v = await view();
    // The gizmo drags an arrow on the plane through the body that holds the axis and faces the eye most.
    const eye = norm(sub(v.position, body));
    const normal = norm(sub(eye, scale([1, 0, 0], eye[0])));
    const start = await onPlane(grab, body, normal);
    const drop = round((await project(add(start, [-0.4, 0, 0])))!);
    expect(await onCanvas(drop)).toBe(true);
    const sent = await commandsDuring(() => drag(grab, drop, 12));
    expect(sent.map((c) => c.type)).toEqual(['camera.update']);
    const dx = (await onPlane(drop, body, normal))[0] - start[0];
    expect(dx).toBeLessThan(-0.3);
    await expect.poll(async () => (await snapshot()).cameraPlacements[0]!.position[0]).not.toBe(body[0]);
    const moved = (await snapshot()).cameraPlacements[0]!;
    expect(moved.position[0]).toBeCloseTo(body[0] + dx, 2);
    expect(moved.position[1]).toBe(body[1]);
    expect(moved.position[2]).toBe(body[2]);
    expect(moved.target).toEqual(cam.target);
    await shot('08-camera-moved');
  });

  it('measuring (M): two clicks on joints show their distance in the production’s units', async () => {
    await key('Escape');
    await click(await segmentOnScreen(ruthId, 'chest', 'upperChest'));
    await key('f');
    // Back out so both performers are in view.
    const r = await canvasRect();
    await page.mouse.move(r.x + r.width / 2, r.y + r.height / 2);
    await page.mouse.wheel(0, 400);
    await settle();
    await key('Escape');
    await key('m');
    await page.getByRole('status').filter({ hasText: 'Click two points' }).waitFor();
    const sent = await commandsDuring(async () => {
      await click((await project((await boneWorld(ruthId, 'leftHand'))!))!);
      await click(await segmentOnScreen(tomId, 'leftLowerArm', 'leftHand', 1.1));
    });
    expect(sent).toEqual([]);
    const result = page.getByTestId('measure-result');
    await result.waitFor();
    const hud = (await page.locator('.stage-measure-hud').textContent()) ?? '';
    expect(hud).toContain('Ruth · left hand → Tom · left hand');
    const ruth = boneWorldPositions(await placementOf(ruthId), RUTH_CM);
    const tom = boneWorldPositions(await placementOf(tomId), TOM_CM);
    const expected = formatMeasurement(ruth.leftHand, tom.leftHand, 'imperial');
    expect(expected).toMatch(/^\d+ ft \d+ in$|^\d+ in$/);
    expect(await result.textContent()).toBe(expected);
    expect(await page.getByTestId('measure-distance').textContent()).toBe(expected);
    // Measuring did not select anyone.
    expect(await ruthHeader().count()).toBe(0);
    await shot('09-measure');
    await key('Escape');
    expect(await page.getByTestId('measure-result').count()).toBe(0);
  });

  it('keeps the working view where it was when Smooth edges remakes the canvas', async () => {
    const before = await view();
    const smooth = page.getByRole('button', { name: 'Smooth edges' });
    const was = await smooth.getAttribute('aria-pressed');
    await smooth.click();
    await expect.poll(() => smooth.getAttribute('aria-pressed')).not.toBe(was);
    await page.waitForFunction(() => !!(window as ProbeWindow).__closedSetStageStats, undefined, { timeout: 30_000 });
    const after = await view();
    expect(dist(after.position, before.position)).toBeLessThan(1e-6);
    expect(dist(after.forward, before.forward)).toBeLessThan(1e-6);
    await smooth.click();
    await page.waitForFunction(() => !!(window as ProbeWindow).__closedSetStageStats, undefined, { timeout: 30_000 });
  });
});
