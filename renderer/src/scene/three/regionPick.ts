import { Raycaster, type Camera, type Object3D, type Ray, Vector2 } from 'three';
import type { Vec3 } from '../../../../shared/domain/blocking';
import { pickBodies } from '../../../../shared/body';
import { useDocumentStore } from '../../store/documentStore';
import type { PickedTarget } from '../contactActions3d';
import { setPieceObjects } from '../rigRegistry';
import { getPlacementsOfBeat } from '../selectors';

const raycaster = new Raycaster();
const ndc = new Vector2();
const round = (v: number) => Math.round(v * 1e4) / 1e4 || 0;

/** The ray under a point of the canvas (CSS pixels relative to its top-left corner). */
export function rayAt(camera: Camera, x: number, y: number, width: number, height: number): Ray {
  ndc.set((x / width) * 2 - 1, -(y / height) * 2 + 1);
  raycaster.setFromCamera(ndc, camera);
  return raycaster.ray;
}

/**
 * What a ray meets first among the beat's bodies and (with `setPieces`) the scene's set pieces. Bodies are
 * picked on their posed capsules with the shared maths (shared/body/pick.ts) — the same region map as the
 * vertex attribute and the same offsets a contact stores — never by raycasting the skinned mesh. Set pieces
 * are plain meshes and use three's raycaster; the offset is in the piece's own frame.
 */
export type PickHit = PickedTarget & { readonly distance: number; readonly point: Vec3 };

export function pickTarget(beatId: string, ray: Ray, setPieces: boolean): PickHit | null {
  const doc = useDocumentStore.getState();
  const bodies = getPlacementsOfBeat(beatId)
    .filter((p) => !p.hidden && doc.performers[p.performerId])
    .map((placement) => ({ placement, heightCm: doc.performers[placement.performerId]!.heightCm }));
  const body = pickBodies(bodies, ray);
  let best: PickHit | null = body
    ? { kind: 'body', performerId: body.body.placement.performerId, region: body.region, offset: body.localOffset, distance: body.distance, point: body.point }
    : null;
  if (setPieces) {
    raycaster.ray.copy(ray);
    const pieces: Object3D[] = [...setPieceObjects.values()];
    for (const hit of raycaster.intersectObjects(pieces, true)) {
      if (best && hit.distance >= best.distance) break;
      let piece: Object3D | null = hit.object;
      while (piece && !piece.userData?.setPieceId) piece = piece.parent;
      if (!piece) continue;
      const local = piece.worldToLocal(hit.point.clone());
      const offset: Vec3 = [round(local.x), round(local.y), round(local.z)];
      best = { kind: 'setPiece', setPieceId: piece.userData.setPieceId as string, label: piece.name, offset, distance: hit.distance, point: [hit.point.x, hit.point.y, hit.point.z] };
      break;
    }
  }
  return best;
}
