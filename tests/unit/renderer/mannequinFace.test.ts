import { describe, expect, it } from 'vitest';
import type { BufferGeometry } from 'three';
import { BONE_NAMES } from '../../../shared/domain/bones';
import { skeletonForHeight } from '../../../shared/blocking';
import { buildMannequinGeometry, restJointPositions } from '../../../renderer/src/scene/geometry/mannequinGeometry';

// A mannequin shows which way it faces (+z is its front): the head carries a dark visor and a nose
// that stand out in front of the face, merged into the body so a figure is still one draw call.
const HEAD = BONE_NAMES.indexOf('head');

function headVertices(g: BufferGeometry) {
  const pos = g.getAttribute('position');
  const bone = g.getAttribute('skinIndex');
  const shade = g.getAttribute('color');
  const out: { z: number; shade: number }[] = [];
  for (let i = 0; i < pos.count; i++) if (bone.getX(i) === HEAD) out.push({ z: pos.getZ(i), shade: shade.getX(i) });
  return out;
}

describe('the mannequin face marker', () => {
  for (const detail of ['full', 'preview'] as const) {
    it(`stands out at the front of the head and is darker than the body (${detail})`, () => {
      const heightCm = 170;
      const g = buildMannequinGeometry(heightCm, detail);
      const headZ = restJointPositions(skeletonForHeight(heightCm)).head.z;
      const head = headVertices(g);
      const front = Math.max(...head.map((v) => v.z)) - headZ;
      const back = headZ - Math.min(...head.map((v) => v.z));
      // The back of the head is a plain curve; the front reaches well beyond it (nose and visor).
      expect(front - back).toBeGreaterThan(0.06);
      // A dark visor in front of the face: vertices much darker than the head's own shade.
      expect(head.filter((v) => v.shade < 0.5 && v.z - headZ > 0.08).length).toBeGreaterThan(8);
      // Still one geometry without material groups: one draw call for the body.
      expect(g.groups.length).toBeLessThanOrEqual(1);
      g.dispose();
    });
  }
});
