import ReactThreeTestRenderer from '@react-three/test-renderer';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MathUtils, type Object3D, PerspectiveCamera, Quaternion, SkinnedMesh, Vector3 } from 'three';
import type { Placement } from '../../shared/domain/blocking';
import { ASPECT_RATIO_VALUES, boneWorldPositions, verticalFovDeg } from '../../shared/blocking';
import { applyChangeSet, useDocumentStore } from '../../renderer/src/store/documentStore';
import { StageScene } from '../../renderer/src/scene/three/StageScene';
import { getCamerasOfBeat } from '../../renderer/src/scene/selectors';
import { PreviousBeatGhosts } from '../../renderer/src/scene/three/PreviousBeatGhosts';
import { HELPER_LAYER } from '../../renderer/src/scene/three/layers';
import { useStageStore } from '../../renderer/src/scene/stageStore';
import { mannequinRigs } from '../../renderer/src/scene/rigRegistry';
import { loadSampleIntoStore } from './stageFixture';

// React's act() warnings off: this is a test environment that awaits its updates.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

type Renderer = Awaited<ReturnType<typeof ReactThreeTestRenderer.create>>;
let renderer: Renderer | null = null;

const SCENE = 'sample-scene-42';
/** The object built for a record, found by the id it carries in userData. */
const byRecord = (key: 'performerId' | 'setPieceId' | 'cameraId', id: string): Object3D => {
  let found: Object3D | undefined;
  renderer!.scene.instance.traverse((o) => {
    if (!found && o.userData?.[key] === id) found = o;
  });
  if (!found) throw new Error(`${key} ${id} is not in the scene graph`);
  return found;
};
const near = (a: readonly number[], b: readonly number[], eps = 1e-4) => a.every((v, i) => Math.abs(v - b[i]!) < eps);
const HISTORY = { canUndo: true, canRedo: false, undoLabel: 'x', redoLabel: null };

beforeEach(() => {
  loadSampleIntoStore();
});
afterEach(async () => {
  await renderer?.unmount();
  renderer = null;
});

describe('the stage of a beat', () => {
  it('has a mannequin per cast performer at its placement, facing its direction, posed by its pose', async () => {
    renderer = await ReactThreeTestRenderer.create(<StageScene sceneId={SCENE} beatId="sample-beat-1" />);
    const doc = useDocumentStore.getState();
    for (const performerId of ['sample-performer-maya', 'sample-performer-daniel']) {
      const placement = Object.values(doc.placements).find((p) => p.beatId === 'sample-beat-1' && p.performerId === performerId)!;
      const root = byRecord('performerId', performerId);
      expect(root.position.toArray()).toEqual(placement.position);
      expect(root.rotation.y).toBeCloseTo(MathUtils.degToRad(placement.rotationY), 6);
      expect(root.visible).toBe(true);

      // ONE skinned mesh for the body, bound to the VRM-named skeleton.
      const meshes: SkinnedMesh[] = [];
      root.traverse((o) => o instanceof SkinnedMesh && meshes.push(o));
      expect(meshes).toHaveLength(1);
      expect(meshes[0]!.skeleton.bones.map((b) => b.name)).toContain('leftUpperArm');

      // Every joint is where the shared pose maths puts it for this placement and height.
      const expected = boneWorldPositions(placement, doc.performers[performerId]!.heightCm);
      root.updateMatrixWorld(true);
      const rig = mannequinRigs.get(performerId)!;
      for (const bone of ['hips', 'head', 'leftHand', 'rightFoot'] as const) {
        const actual = rig.bones[bone].getWorldPosition(new Vector3()).toArray();
        expect(near(actual, expected[bone], 1e-5), `${performerId} ${bone}`).toBe(true);
      }
    }
  });

  it('has every set piece of the scene with its position, rotation and size', async () => {
    renderer = await ReactThreeTestRenderer.create(<StageScene sceneId={SCENE} beatId="sample-beat-1" />);
    const pieces = Object.values(useDocumentStore.getState().setPieces).filter((p) => p.sceneId === SCENE);
    expect(pieces.length).toBeGreaterThanOrEqual(4);
    for (const piece of pieces) {
      const obj = byRecord('setPieceId', piece.id);
      expect(obj.position.toArray()).toEqual(piece.position);
      expect(obj.rotation.y).toBeCloseTo(MathUtils.degToRad(piece.rotationY), 6);
      // The geometry spans the record's real dimensions.
      const body = obj.getObjectByName('body') as Object3D & { geometry: { boundingBox: { min: Vector3; max: Vector3 } } };
      const size = body.geometry.boundingBox.max.clone().sub(body.geometry.boundingBox.min);
      expect(size.x).toBeGreaterThanOrEqual(piece.size[0] - 1e-6);
      expect(size.z).toBeGreaterThanOrEqual(piece.size[2] - 1e-6);
      expect(size.x).toBeLessThan(piece.size[0] + 0.1);
    }
  });

  it('has the beat’s cameras with true optics: fov from lens and sensor, aimed at their target', async () => {
    renderer = await ReactThreeTestRenderer.create(<StageScene sceneId={SCENE} beatId="sample-beat-3" />);
    const cameras = getCamerasOfBeat('sample-beat-3');
    expect(cameras.map((c) => c.name).sort()).toEqual(['A cam', 'B cam']);
    for (const camera of cameras) {
      const group = byRecord('cameraId', camera.id);
      expect(group.position.toArray()).toEqual(camera.position);
      let lens: PerspectiveCamera | null = null;
      group.traverse((o) => {
        if (o instanceof PerspectiveCamera) lens = o;
      });
      expect(lens).not.toBeNull();
      const l = lens as unknown as PerspectiveCamera;
      expect(l.fov).toBeCloseTo(verticalFovDeg(camera), 9);
      expect(l.aspect).toBeCloseTo(ASPECT_RATIO_VALUES[camera.aspect], 9);
      // Worked out here from the record, not by verticalFovDeg: the frame is the sensor's width cropped to the
      // aspect ratio (its full height when that crop would be taller), and the vertical angle is
      // 2·atan(frame height / 2f) — e.g. 40 mm on Super 35 at 2.39:1 is 2·atan(10.41 / 80).
      const frameHeightMm = Math.min(camera.sensor.widthMm / ASPECT_RATIO_VALUES[camera.aspect], camera.sensor.heightMm);
      expect(l.fov).toBeCloseTo(2 * Math.atan(frameHeightMm / 2 / camera.focalLengthMm) * MathUtils.RAD2DEG, 6);
      // It looks down its −z axis at the target.
      group.updateMatrixWorld(true);
      const forward = new Vector3(0, 0, -1).applyQuaternion(l.getWorldQuaternion(new Quaternion()));
      const toTarget = new Vector3(...camera.target).sub(new Vector3(...camera.position)).normalize();
      expect(forward.distanceTo(toTarget)).toBeLessThan(1e-6);
    }
  });

  it('re-poses the same mannequins when the beat changes, and follows a changed placement', async () => {
    renderer = await ReactThreeTestRenderer.create(<StageScene sceneId={SCENE} beatId="sample-beat-1" />);
    const before = byRecord('performerId', 'sample-performer-daniel');
    await renderer.update(<StageScene sceneId={SCENE} beatId="sample-beat-5" />);
    const after = byRecord('performerId', 'sample-performer-daniel');
    expect(after).toBe(before); // same objects, no rebuild on a beat switch
    const p5 = Object.values(useDocumentStore.getState().placements).find((p) => p.id === 'sample-placement-5-daniel')!;
    expect(after.position.toArray()).toEqual(p5.position);

    const hidden: Placement = { ...p5, hidden: true, position: [1, 0, 2], rotationY: 90 };
    await ReactThreeTestRenderer.act(async () => applyChangeSet({ records: [hidden], removed: [] }, HISTORY, new Date().toISOString()));
    expect(after.visible).toBe(false);
    expect(after.position.toArray()).toEqual([1, 0, 2]);
    expect(after.rotation.y).toBeCloseTo(Math.PI / 2, 6);
  });

  it('shows where each performer was in the previous beat as a see-through ghost, only when asked and only for those who moved', async () => {
    const ghostOf = (performerId: string) => {
      let found: Object3D | null = null;
      renderer!.scene.instance.traverse((o) => {
        if (o.userData?.ghostOf === performerId) found = o;
      });
      return found as Object3D | null;
    };
    const stage = () => (
      <>
        <StageScene sceneId={SCENE} beatId="sample-beat-2" />
        <PreviousBeatGhosts sceneId={SCENE} beatId="sample-beat-2" />
      </>
    );
    useStageStore.setState({ ghosts: false });
    renderer = await ReactThreeTestRenderer.create(stage());
    expect(ghostOf('sample-performer-daniel')).toBeNull();

    await ReactThreeTestRenderer.act(async () => useStageStore.setState({ ghosts: true }));
    const doc = useDocumentStore.getState();
    const before = doc.placements['sample-placement-1-daniel']!;
    const ghost = ghostOf('sample-performer-daniel')!;
    expect(ghost.visible).toBe(true);
    expect(ghost.position.toArray()).toEqual(before.position); // standing by the door in beat 1
    expect(byRecord('performerId', 'sample-performer-daniel').position.toArray()).toEqual(doc.placements['sample-placement-2-daniel']!.position);
    const body = ghost.children[0] as SkinnedMesh;
    expect(body.layers.mask).toBe(1 << HELPER_LAYER); // never filmed, previewed or exported
    expect((body.material as { transparent: boolean }).transparent).toBe(true);

    // Someone who did not move between the beats has no ghost.
    const same: Placement = { ...doc.placements['sample-placement-2-daniel']!, position: before.position, rotationY: before.rotationY, pose: before.pose };
    await ReactThreeTestRenderer.act(async () => applyChangeSet({ records: [same], removed: [] }, HISTORY, new Date().toISOString()));
    expect(ghostOf('sample-performer-daniel')!.visible).toBe(false);
    useStageStore.setState({ ghosts: false });
  });
});
