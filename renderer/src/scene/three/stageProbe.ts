import type { RootState } from '@react-three/fiber';
import { Box3, InstancedMesh, Matrix4, Quaternion, Raycaster, Vector2, Vector3, type Mesh, type Object3D } from 'three';
import type { BoneName } from '../../../../shared/domain/bones';
import type { Vec3 } from '../../../../shared/domain/blocking';
import type { BodyRegionId } from '../../../../shared/domain/bodyRegions';
import { regionPoints } from '../../../../shared/body';
import { clearExposureMemo, exposureOfBeat } from '../../../../shared/exposure';
import { useDocumentStore } from '../../store/documentStore';
import { mannequinRigs } from '../rigRegistry';
import { gizmoObject } from '../stageApi';
import { bodyRigs } from './bodyRigs';
import { REGION_INDEX } from '../geometry/regionAttribute';
import { bodyPointWorld } from './contactAnchors';
import { pickTarget, rayAt } from './regionPick';
import { labelScreenSizes } from './labelSprites';

/**
 * Where things of the 3D view are on screen, for the end-to-end tests that click and drag on the canvas
 * as a coordinator does. Installed with the renderer stats (`?stageStats` in the URL) only; never in normal use.
 * Screen points are CSS pixels relative to the page (what Playwright's page.mouse takes).
 */
export interface StageProbe {
  /** A world point on screen, through the view's current camera; `null` behind the camera. */
  project(world: Vec3): { x: number; y: number } | null;
  /** The ray under a page point: origin and unit direction in world metres. */
  ray(x: number, y: number): { origin: Vec3; direction: Vec3 };
  /** A joint of a mannequin as drawn now (world metres). */
  boneWorld(performerId: string, bone: BoneName): Vec3 | null;
  /** A joint's local x, y and z axes as world directions, as drawn now. */
  boneAxes(performerId: string, bone: BoneName): { x: Vec3; y: Vec3; z: Vec3 } | null;
  /** The view's camera: where it is and where it looks (world). */
  view(): { position: Vec3; forward: Vec3; up: Vec3 };
  /**
   * The centre of a visible handle of the move/rotate gizmo on screen ("XYZ" the free-move centre,
   * "XZ" the floor square, "X"/"Y"/"Z" the arrows or rings), or null when it is not shown.
   */
  gizmoHandle(name: string): { x: number; y: number } | null;
  /** The gizmo's mode and the world point it is attached to, or null when there is none. */
  gizmo(): { mode: string; dragging: boolean; axis: string | null; position: Vec3 } | null;
  /** A body region's anchor (shared/body/regionPoints.ts) on a mannequin as drawn now, on screen; null when off stage or behind. */
  regionAnchor(performerId: string, region: BodyRegionId): { x: number; y: number } | null;
  /** The region the contact / dress picking finds under a page point (what a click there would pick). */
  regionUnder(x: number, y: number): { performerId: string; region: BodyRegionId } | { setPieceId: string } | null;
  /** Both ends of each contact of the beat as drawn now (world metres), from the markers. */
  contactMarkers(): Vec3[];
  /** Garment shells on stage, and the draw calls they add to a frame of the current view (0 when out of shot or none). */
  garments(): { shells: number; drawCalls: number; triangles: number };
  /** Milliseconds per pick at a page point: the region picking on posed capsules, and (baseline) three's raycast of the skinned bodies. */
  pickCost(x: number, y: number, repeat: number): { capsules: number; skinnedRaycast: number };
  /** Every name tag's size on screen (CSS pixels) and the name of what it labels. */
  labels(): { name: string; width: number; height: number }[];
  /** The regions tinted on a mannequin now (hover, pending contact, exposure) and whether each is striped. */
  regionTints(performerId: string): { region: BodyRegionId; striped: boolean }[];
  /**
   * Milliseconds per camera exposure check of the beat on stage (shared/exposure: every camera × performer ×
   * region), in this page; `cold`: every pose a new object, so every body is posed again (as after moving all).
   */
  exposureCost(repeat: number, cold: boolean): { ms: number[]; shots: number; performers: number };
}

interface GizmoInternals extends Object3D {
  mode: string;
  dragging: boolean;
  axis: string | null;
  object?: Object3D;
  gizmo: { picker: Record<string, Object3D> };
}

/** The beat the 3D view shows (the stage section carries it). */
const beatOnStage = () => document.querySelector<HTMLElement>('section.stage')?.dataset.beatId || null;

export function createStageProbe(get: () => RootState): StageProbe {
  const v = new Vector3();
  const box = new Box3();
  const raycaster = new Raycaster();
  const rect = () => get().gl.domElement.getBoundingClientRect();
  const toScreen = (p: Vector3) => {
    const s = get();
    s.camera.updateMatrixWorld();
    v.copy(p).project(s.camera);
    if (v.z > 1) return null;
    const r = rect();
    return { x: r.left + ((v.x + 1) / 2) * r.width, y: r.top + ((1 - v.y) / 2) * r.height };
  };
  const gizmo = () => {
    const g = gizmoObject.current as GizmoInternals | null;
    return g && g.object && g.parent ? g : null;
  };
  return {
    labels: labelScreenSizes,
    exposureCost: (repeat, cold) => {
      const beatId = beatOnStage();
      const doc = useDocumentStore.getState();
      const beat = beatId ? doc.beats[beatId] : undefined;
      if (!beat) return { ms: [], shots: 0, performers: 0 };
      const ms: number[] = [];
      let last = exposureOfBeat(doc, beat.sceneId, beat.id);
      for (let i = 0; i < repeat; i++) {
        const d = cold ? { ...doc, placements: Object.fromEntries(Object.entries(doc.placements).map(([id, p]) => [id, { ...p, pose: structuredClone(p.pose) }])) } : doc;
        clearExposureMemo(); // the check itself, not a remembered answer
        const start = performance.now();
        last = exposureOfBeat(d, beat.sceneId, beat.id);
        ms.push(performance.now() - start);
      }
      return { ms, shots: last.shots.length, performers: last.shots[0]?.performers.length ?? 0 };
    },
    regionTints: (performerId) => {
      const tint = bodyRigs.get(performerId)?.tint;
      if (!tint) return [];
      return tint.tinted().map((region) => ({ region, striped: tint.uniform.value[REGION_INDEX[region] * 4 + 3]! < 0 }));
    },
    project: (world) => toScreen(new Vector3(...world)),
    ray: (x, y) => {
      const r = rect();
      raycaster.setFromCamera(new Vector2(((x - r.left) / r.width) * 2 - 1, -((y - r.top) / r.height) * 2 + 1), get().camera);
      return { origin: raycaster.ray.origin.toArray() as Vec3, direction: raycaster.ray.direction.toArray() as Vec3 };
    },
    boneWorld: (performerId, bone) => {
      const rig = mannequinRigs.get(performerId);
      if (!rig) return null;
      rig.root.updateMatrixWorld(true);
      return rig.bones[bone].getWorldPosition(new Vector3()).toArray() as Vec3;
    },
    boneAxes: (performerId, bone) => {
      const rig = mannequinRigs.get(performerId);
      if (!rig) return null;
      rig.root.updateMatrixWorld(true);
      const q = rig.bones[bone].getWorldQuaternion(new Quaternion());
      const axis = (x: number, y: number, z: number) => new Vector3(x, y, z).applyQuaternion(q).toArray() as Vec3;
      return { x: axis(1, 0, 0), y: axis(0, 1, 0), z: axis(0, 0, 1) };
    },
    view: () => {
      const camera = get().camera;
      camera.updateMatrixWorld();
      return {
        position: camera.getWorldPosition(new Vector3()).toArray() as Vec3,
        forward: camera.getWorldDirection(new Vector3()).toArray() as Vec3,
        up: new Vector3(0, 1, 0).applyQuaternion(camera.getWorldQuaternion(new Quaternion())).toArray() as Vec3,
      };
    },
    gizmoHandle: (name) => {
      const g = gizmo();
      if (!g) return null;
      const picker = g.gizmo.picker[g.mode];
      if (!picker) return null;
      g.updateMatrixWorld(true);
      // The pickers are invisible meshes; the gizmo marks the ones in use (shown axes) as visible.
      const handle = picker.children.find((c) => c.name === name && c.visible) as Mesh | undefined;
      if (!handle) return null;
      // Candidates: the handle's centre, then its faces' centres nearest the camera first. The first whose
      // screen point the gizmo itself would pick as this handle (same ray test as TransformControls) wins.
      const camera = get().camera;
      const eye = camera.getWorldPosition(new Vector3());
      const geometry = handle.geometry;
      geometry.computeBoundingBox();
      const candidates = [box.copy(geometry.boundingBox!).applyMatrix4(handle.matrixWorld).getCenter(new Vector3())];
      const pos = geometry.getAttribute('position');
      const index = geometry.getIndex();
      const count = index ? index.count : pos.count;
      const corner = (i: number) => new Vector3().fromBufferAttribute(pos, index ? index.getX(i) : i);
      const faces: Vector3[] = [];
      for (let i = 0; i + 2 < count; i += 3) faces.push(corner(i).add(corner(i + 1)).add(corner(i + 2)).divideScalar(3).applyMatrix4(handle.matrixWorld));
      faces.sort((a, b) => a.distanceToSquared(eye) - b.distanceToSquared(eye));
      candidates.push(...faces);
      const r = rect();
      for (const c of candidates) {
        const screen = toScreen(c);
        if (!screen || screen.x < r.left + 2 || screen.y < r.top + 2 || screen.x > r.right - 2 || screen.y > r.bottom - 2) continue;
        raycaster.setFromCamera(new Vector2(((screen.x - r.left) / r.width) * 2 - 1, -((screen.y - r.top) / r.height) * 2 + 1), camera);
        const hit = raycaster.intersectObject(picker, true).find((i) => i.object.visible);
        if (hit?.object.name === name) return screen;
      }
      return null;
    },
    regionAnchor: (performerId, region) => {
      const rig = bodyRigs.get(performerId);
      if (!rig) return null;
      rig.root.updateMatrixWorld(true);
      return bodyPointWorld(performerId, region, regionPoints(region).anchor, v) ? toScreen(v.clone()) : null;
    },
    regionUnder: (x, y) => {
      const beatId = beatOnStage();
      if (!beatId) return null;
      const r = rect();
      const hit = pickTarget(beatId, rayAt(get().camera, x - r.left, y - r.top, r.width, r.height), true);
      if (!hit) return null;
      return hit.kind === 'body' ? { performerId: hit.performerId, region: hit.region } : { setPieceId: hit.setPieceId };
    },
    contactMarkers: () => {
      const markers = get().scene.getObjectByName('contact-markers');
      if (!(markers instanceof InstancedMesh)) return [];
      const m = new Matrix4();
      const out: Vec3[] = [];
      for (let i = 0; i < markers.count; i++) {
        markers.getMatrixAt(i, m);
        out.push(new Vector3().setFromMatrixPosition(m).toArray() as Vec3);
      }
      return out;
    },
    garments: () => {
      const s = get();
      const shells = [...bodyRigs.values()].map((rig) => rig.shell).filter((x) => x !== null && x.parent && x.visible && x.parent.visible);
      const draw = () => {
        s.gl.render(s.scene, s.camera);
        return { calls: s.gl.info.render.calls, triangles: s.gl.info.render.triangles };
      };
      const dressed = draw();
      for (const shell of shells) shell!.visible = false;
      const bare = draw();
      for (const shell of shells) shell!.visible = true;
      s.invalidate();
      return { shells: shells.length, drawCalls: dressed.calls - bare.calls, triangles: dressed.triangles - bare.triangles };
    },
    pickCost: (x, y, repeat) => {
      const beatId = beatOnStage();
      const r = rect();
      const ray = rayAt(get().camera, x - r.left, y - r.top, r.width, r.height).clone();
      let t = performance.now();
      for (let i = 0; i < repeat; i++) if (beatId) pickTarget(beatId, ray, false);
      const capsules = (performance.now() - t) / repeat;
      const bodies = [...mannequinRigs.values()].filter((rig) => rig.root.visible).map((rig) => rig.mesh);
      raycaster.ray.copy(ray);
      raycaster.layers.enableAll();
      t = performance.now();
      for (let i = 0; i < repeat; i++) raycaster.intersectObjects(bodies, false);
      return { capsules, skinnedRaycast: (performance.now() - t) / repeat };
    },
    gizmo: () => {
      const g = gizmo();
      if (!g || !g.object) return null;
      return { mode: g.mode, dragging: g.dragging, axis: g.axis, position: g.object.getWorldPosition(new Vector3()).toArray() as Vec3 };
    },
  };
}
