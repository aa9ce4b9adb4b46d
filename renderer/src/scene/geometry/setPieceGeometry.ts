import { BoxGeometry, BufferAttribute, BufferGeometry, Matrix4 } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import type { SetPieceType } from '../../../../shared/domain/blocking';
import { setPieceParts } from '../../../../shared/blocking/setPieceParts';

/** One merged geometry per set piece (one draw call), with a vertex shade per part. */
export function buildSetPieceGeometry(type: SetPieceType, size: readonly [number, number, number]): BufferGeometry {
  const geometries = setPieceParts(type, size).map((p) => {
    const g = new BoxGeometry(p.s[0], p.s[1], p.s[2]);
    g.applyMatrix4(new Matrix4().makeTranslation(p.c[0], p.c[1], p.c[2]));
    const n = g.getAttribute('position').count;
    const color = new Float32Array(n * 3).fill(Math.min(1.4, p.shade));
    g.setAttribute('color', new BufferAttribute(color, 3));
    return g;
  });
  const merged = mergeGeometries(geometries, false);
  for (const g of geometries) g.dispose();
  if (!merged) throw new Error('Could not build the set-piece geometry');
  merged.computeBoundingBox();
  merged.computeBoundingSphere();
  return merged;
}
