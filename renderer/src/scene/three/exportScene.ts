import type { Object3D } from 'three';
import { GLTFExporter } from 'three/examples/jsm/exporters/GLTFExporter.js';
import { HELPER_LAYER } from './layers';

/**
 * The beat's blocking as binary glTF: set pieces, posed skinned mannequins (VRM bone names) and the shot
 * cameras with their true vertical field of view. Working aids (helper layer, `noExport`) are left out.
 */
export async function exportGlb(root: Object3D): Promise<ArrayBuffer> {
  const hidden: Object3D[] = [];
  root.traverse((o) => {
    const helper = o.userData?.noExport === true || (o.layers.mask & (1 << HELPER_LAYER)) !== 0 && (o.layers.mask & 1) === 0;
    if (helper && o.visible) {
      o.visible = false;
      hidden.push(o);
    }
  });
  try {
    const result = await new GLTFExporter().parseAsync(root, { binary: true, onlyVisible: true });
    if (!(result instanceof ArrayBuffer)) throw new Error('The glTF exporter did not return binary data');
    return result;
  } finally {
    for (const o of hidden) o.visible = true;
  }
}

export { downloadBlob } from '../../api/download';
