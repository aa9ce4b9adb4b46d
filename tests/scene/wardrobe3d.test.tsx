import ReactThreeTestRenderer from '@react-three/test-renderer';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type BufferGeometry, InstancedMesh, MathUtils, Line, Matrix4, Mesh, type Object3D, SkinnedMesh, Sprite, Vector3 } from 'three';
import type { Placement } from '../../shared/domain/blocking';
import type { Barrier, Garment } from '../../shared/domain/wardrobe';
import type { Contact } from '../../shared/domain/contact';
import { BODY_REGION_IDS, BODY_REGIONS } from '../../shared/domain/bodyRegions';
import { anchorWorld, GARMENT_CATALOGUE } from '../../shared/body';
import { applyChangeSet, useDocumentStore } from '../../renderer/src/store/documentStore';
import { StageScene } from '../../renderer/src/scene/three/StageScene';
import { HELPER_LAYER } from '../../renderer/src/scene/three/layers';
import { mannequinGeometry } from '../../renderer/src/scene/geometry/mannequinGeometry';
import { REGION_ATTRIBUTE } from '../../renderer/src/scene/geometry/regionAttribute';
import { bodyRigs } from '../../renderer/src/scene/three/bodyRigs';
import { applyRegionTints } from '../../renderer/src/scene/three/RegionPicker';
import { guessContactType, receiverFor } from '../../renderer/src/scene/contactActions3d';
import { useStageStore } from '../../renderer/src/scene/stageStore';
import { loadSampleIntoStore } from './stageFixture';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

type Renderer = Awaited<ReturnType<typeof ReactThreeTestRenderer.create>>;
let renderer: Renderer | null = null;
const SCENE = 'sample-scene-42';
const RUTH = 'sample-performer-maya';
const TOM = 'sample-performer-daniel';
const HISTORY = { canUndo: true, canRedo: false, undoLabel: 'x', redoLabel: null };
const NOW = '2026-12-01T10:00:00.000Z';
const stamps = { createdAt: NOW, updatedAt: NOW, deletedAt: null };
const change = (records: unknown[]) => ReactThreeTestRenderer.act(async () => applyChangeSet({ records: records as never, removed: [] }, HISTORY, NOW));

const garment = (id: string, performerId: string, type: Garment['type'], beatId = 'sample-beat-3'): Garment =>
  ({ kind: 'garment', id, beatId, performerId, type, notes: '', ...stamps }) as Garment;

const rootOf = (performerId: string): Object3D => bodyRigs.get(performerId)!.root;
/** What a renderer draws for a mannequin: its visible meshes, lines and sprites (one draw call each). */
function drawables(root: Object3D): Object3D[] {
  const out: Object3D[] = [];
  root.traverseVisible((o) => {
    if (o instanceof Mesh || o instanceof Line || o instanceof Sprite) out.push(o);
  });
  return out;
}
const regionsOf = (g: BufferGeometry) => new Set(Array.from(g.getAttribute(REGION_ATTRIBUTE).array as Uint8Array).map((i) => BODY_REGION_IDS[i]!));

beforeEach(() => {
  loadSampleIntoStore();
  useStageStore.setState({ selection: null, pickMode: 'select', pendingContact: null, hoverRegion: null });
});
afterEach(async () => {
  await renderer?.unmount();
  renderer = null;
});

describe('body regions on the mannequin', () => {
  it('classifies every vertex of the full and the low-detail body into a body region, head to feet', () => {
    for (const detail of ['full', 'preview'] as const) {
      const g = mannequinGeometry(168, detail);
      const ids = g.getAttribute(REGION_ATTRIBUTE);
      expect(ids.count).toBe(g.getAttribute('position').count);
      for (let i = 0; i < ids.count; i++) expect(ids.getX(i)).toBeLessThan(BODY_REGION_IDS.length);
      const regions = regionsOf(g);
      for (const r of ['head', 'face', 'leftHand', 'rightFoot', 'abdomen', 'lowerBack', 'leftThigh', 'rightShoulderBlade'] as const) expect(regions, `${detail}: ${r}`).toContain(r);
    }
  });

  it('tints only the hovered region of the hovered performer, through that mannequin’s own uniform', async () => {
    renderer = await ReactThreeTestRenderer.create(<StageScene sceneId={SCENE} beatId="sample-beat-3" />);
    applyRegionTints({ pickMode: 'contact', pendingContact: { performerId: RUTH, region: 'lips', offset: [0, 0, 0] }, hoverRegion: { performerId: TOM, region: 'leftShoulderBlade' } });
    expect(bodyRigs.get(RUTH)!.tint.tinted()).toEqual(['lips']);
    expect(bodyRigs.get(TOM)!.tint.tinted()).toEqual(['leftShoulderBlade']);
    // One geometry for both: the tint is per mannequin, the body is not duplicated.
    expect(bodyRigs.get(RUTH)!.mesh.geometry.getAttribute(REGION_ATTRIBUTE)).toBeDefined();
    applyRegionTints({ pickMode: 'select', pendingContact: null, hoverRegion: null });
    expect(bodyRigs.get(TOM)!.tint.tinted()).toEqual([]);
  });

  it('guesses the type of a new contact from the two regions', () => {
    expect(guessContactType('lips', { kind: 'performer' })).toBe('kiss');
    expect(guessContactType('rightHand', { kind: 'setPiece' })).toBe('handRest');
    expect(guessContactType('leftHand', { kind: 'self' })).toBe('handRest');
    expect(guessContactType('chest', { kind: 'performer' })).toBe('bodyPress');
  });

  it('makes the second click a partner, a set piece (in its own frame) or the initiator’s own body', () => {
    const from = { performerId: RUTH, region: 'rightHand' as const, offset: [0, 0.05, 0] as [number, number, number] };
    expect(receiverFor(from, { kind: 'body', performerId: TOM, region: 'leftShoulderBlade', offset: [0.01, 0, -0.1] })).toEqual({
      kind: 'performer',
      performerId: TOM,
      region: 'leftShoulderBlade',
      offset: [0.01, 0, -0.1],
    });
    expect(receiverFor(from, { kind: 'body', performerId: RUTH, region: 'leftThigh', offset: [0, 0, 0.08] })).toEqual({ kind: 'self', region: 'leftThigh', offset: [0, 0, 0.08] });
    expect(receiverFor(from, { kind: 'setPiece', setPieceId: 'bed', label: 'Bed', offset: [0.2, 0.5, -0.9] })).toEqual({ kind: 'setPiece', setPieceId: 'bed', offset: [0.2, 0.5, -0.9] });
  });
});

describe('garments on the mannequin', () => {
  it('draws what a performer wears as one skinned shell on the same skeleton, over the covered regions only', async () => {
    renderer = await ReactThreeTestRenderer.create(<StageScene sceneId={SCENE} beatId="sample-beat-3" />);
    const undressed = drawables(rootOf(RUTH)).length;
    await change([garment('g-briefs', RUTH, 'barrierLinedBriefs'), garment('g-covers', RUTH, 'nippleCovers')]);
    const rig = bodyRigs.get(RUTH)!;
    const shells: SkinnedMesh[] = [];
    rig.root.traverse((o) => o instanceof SkinnedMesh && o !== rig.mesh && shells.push(o));
    expect(shells).toHaveLength(1);
    const shell = shells[0]!;
    expect(shell.skeleton).toBe(rig.mesh.skeleton); // follows every pose of the body
    expect(shell.layers.mask & 1).toBe(1); // filmed by shot cameras, exported
    const covered = new Set([...GARMENT_CATALOGUE.barrierLinedBriefs.covers, ...GARMENT_CATALOGUE.nippleCovers.covers]);
    const drawn = regionsOf(shell.geometry);
    expect([...drawn].sort()).toEqual([...covered].sort());

    // Draw calls of a dressed, selected mannequin: body, shell, joint markers, name tag.
    await ReactThreeTestRenderer.act(async () => useStageStore.setState({ selection: { kind: 'performer', performerId: RUTH, bone: null } }));
    expect(drawables(rig.root).length).toBeLessThanOrEqual(4);
    expect(drawables(rig.root).length).toBe(undressed + 2);

    // Tom is not dressed; taking Ruth's garments off removes the shell.
    expect(bodyRigs.get(TOM)!.shell).toBeNull();
    await ReactThreeTestRenderer.act(async () =>
      applyChangeSet({ records: [], removed: [{ kind: 'garment', id: 'g-briefs' }, { kind: 'garment', id: 'g-covers' }] as never }, HISTORY, NOW),
    );
    expect(rig.shell).toBeNull();
  });
});

describe('contacts in 3D', () => {
  const markerPoints = () => {
    let markers: InstancedMesh | null = null;
    renderer!.scene.instance.traverse((o) => {
      if (o.name === 'contact-markers') markers = o as InstancedMesh;
    });
    const m = markers as unknown as InstancedMesh;
    const out: Vector3[] = [];
    const mat = new Matrix4();
    for (let i = 0; i < m.count; i++) out.push(new Vector3().setFromMatrixPosition((m.getMatrixAt(i, mat), mat)));
    return { mesh: m, points: out };
  };

  it('puts each contact’s two markers on the anchored body points, and they follow a changed pose', async () => {
    renderer = await ReactThreeTestRenderer.create(<StageScene sceneId={SCENE} beatId="sample-beat-3" />);
    const doc = useDocumentStore.getState();
    const kiss = doc.contacts['sample-contact-2'] as Contact;
    const expected = (performerId: string, point: { region: Contact['initiator']['region']; offset: Contact['initiator']['offset'] }) => {
      const placement = Object.values(useDocumentStore.getState().placements).find((p) => p.beatId === 'sample-beat-3' && p.performerId === performerId)!;
      return new Vector3(...anchorWorld(placement, doc.performers[performerId]!.heightCm, BODY_REGIONS[point.region].bone, point.offset));
    };
    const receiver = kiss.receiver as Extract<Contact['receiver'], { kind: 'performer' }>;
    let { mesh, points } = markerPoints();
    expect(mesh.layers.mask).toBe(1 << HELPER_LAYER); // a working aid: not filmed, not exported
    expect(points).toHaveLength(2);
    expect(points[0]!.distanceTo(expected(RUTH, kiss.initiator))).toBeLessThan(1e-4);
    expect(points[1]!.distanceTo(expected(TOM, receiver))).toBeLessThan(1e-4);

    // Ruth turns her head (the pose of another beat): the marker on her lips goes with it.
    const p3 = useDocumentStore.getState().placements['sample-placement-3-maya']!;
    const before = points[0]!.clone();
    const other = useDocumentStore.getState().placements['sample-placement-1-maya']!;
    await change([{ ...p3, pose: other.pose } satisfies Placement]);
    ({ points } = markerPoints());
    expect(points[0]!.distanceTo(before)).toBeGreaterThan(0.02);
    expect(points[0]!.distanceTo(expected(RUTH, kiss.initiator))).toBeLessThan(1e-4);
  });

  it('puts the marker of a contact with a set piece at the point in the piece’s own frame', async () => {
    renderer = await ReactThreeTestRenderer.create(<StageScene sceneId={SCENE} beatId="sample-beat-3" />);
    const piece = Object.values(useDocumentStore.getState().setPieces).find((p) => p.sceneId === SCENE && p.type === 'doubleBed')!;
    const onBed = {
      kind: 'contact', id: 'c-bed', beatId: 'sample-beat-3', type: 'handRest', kiss: null, pressure: 'light', fromCount: null, toCount: null, alternative: 'hover', notes: '',
      initiator: { performerId: RUTH, region: 'rightHand', offset: [0, 0.05, 0] },
      receiver: { kind: 'setPiece', setPieceId: piece.id, offset: [0.3, 0.6, -0.5] },
      ...stamps,
    };
    await change([onBed]);
    const { points } = markerPoints();
    const ids = (renderer.scene.instance.getObjectByName('contact-markers')!.userData.contactIds as string[]);
    const i = ids.indexOf('c-bed');
    const a = MathUtils.degToRad(piece.rotationY);
    const expected = new Vector3(0.3, 0.6, -0.5).applyAxisAngle(new Vector3(0, 1, 0), a).add(new Vector3(...piece.position));
    expect(points[2 * i + 1]!.distanceTo(expected)).toBeLessThan(1e-5);
  });

  it('draws all the contacts of a beat in one InstancedMesh and one LineSegments', async () => {
    renderer = await ReactThreeTestRenderer.create(<StageScene sceneId={SCENE} beatId="sample-beat-4" />);
    const contacts = Object.values(useDocumentStore.getState().contacts).filter((c) => c.beatId === 'sample-beat-4');
    expect(contacts.length).toBeGreaterThanOrEqual(3);
    const { mesh } = markerPoints();
    expect(mesh.count).toBe(contacts.length * 2);
    let lines = 0;
    renderer.scene.instance.traverse((o) => {
      if (o.name === 'contact-lines') lines++;
    });
    expect(lines).toBe(1);
  });
});

describe('barriers', () => {
  it('puts a barrier at its position and rotation, at its real size, where shot cameras see it', async () => {
    renderer = await ReactThreeTestRenderer.create(<StageScene sceneId={SCENE} beatId="sample-beat-3" />);
    const barrier = { kind: 'barrier', id: 'b-1', beatId: 'sample-beat-3', type: 'foamPad', position: [0.3, 0.5, -0.2], rotationY: 30, size: [0.4, 0.05, 0.3], attachedTo: null, notes: '', ...stamps } as Barrier;
    const bolster = { ...barrier, id: 'b-2', type: 'bolster', position: [1, 0.1, 0], rotationY: 0, size: [0.6, 0.2, 0.2] } as Barrier;
    await change([barrier, bolster]);
    for (const b of [barrier, bolster]) {
      let group: Object3D | null = null;
      renderer.scene.instance.traverse((o) => {
        if (o.userData?.barrierId === b.id) group = o;
      });
      const g = group as unknown as Object3D;
      expect(g.position.toArray()).toEqual(b.position);
      expect(g.rotation.y).toBeCloseTo((b.rotationY * Math.PI) / 180, 6);
      const body = g.getObjectByName('body') as Mesh;
      expect(body.layers.mask & 1).toBe(1);
      body.geometry.computeBoundingBox();
      const size = body.geometry.boundingBox!.getSize(new Vector3());
      expect(size.x).toBeCloseTo(b.size[0], 3);
      expect(size.y).toBeCloseTo(b.size[1], 3);
      expect(size.z).toBeCloseTo(b.size[2], 3);
    }
  });
});
