import { type BufferGeometry, CylinderGeometry } from 'three';
import { RoundedBoxGeometry } from 'three/examples/jsm/geometries/RoundedBoxGeometry.js';
import type { BarrierType } from '../../../../shared/domain/wardrobe';

/**
 * A barrier at its real size, centred on its origin (width along x, thickness along y, depth along z): a
 * bolster is a cylinder lying along its width; pads, mats and cushions are boxes with rounded edges (a
 * 6 mm mat has barely any rounding, a cushion a soft one).
 */
export function buildBarrierGeometry(type: BarrierType, [w, h, d]: readonly [number, number, number]): BufferGeometry {
  if (type === 'bolster') {
    const g = new CylinderGeometry(Math.min(h, d) / 2, Math.min(h, d) / 2, w, 20, 1);
    g.rotateZ(Math.PI / 2);
    return g;
  }
  const radius = Math.min(type === 'cushion' ? 0.04 : 0.012, h / 2, w / 2, d / 2) * 0.999;
  return new RoundedBoxGeometry(w, h, d, type === 'cushion' ? 3 : 2, radius);
}
