import { BoxGeometry, BufferGeometry, CylinderGeometry, Matrix4 } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';

/** A cine camera body looking down −z (three.js camera convention): body, lens, matte box, magazine. */
function build(): BufferGeometry {
  const body = new BoxGeometry(0.14, 0.16, 0.26).translate(0, 0, 0.1);
  const lens = new CylinderGeometry(0.045, 0.05, 0.16, 16).applyMatrix4(new Matrix4().makeRotationX(Math.PI / 2)).translate(0, 0, -0.1);
  const matte = new BoxGeometry(0.15, 0.1, 0.03).translate(0, 0, -0.19);
  const handle = new BoxGeometry(0.04, 0.04, 0.18).translate(0, 0.11, 0.08);
  const merged = mergeGeometries([body, lens, matte, handle].map((g) => g.toNonIndexed()), false)!;
  merged.computeVertexNormals();
  return merged;
}

export const CAMERA_BODY_GEOMETRY = build();
