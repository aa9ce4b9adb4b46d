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

/** Saves bytes as a download (Chromium and Electron both honour <a download>). */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
