import { Color, MeshLambertMaterial, type MeshLambertMaterialParameters } from 'three';
import type { BodyRegionId } from '../../../../shared/domain/bodyRegions';
import { REGION_ATTRIBUTE, REGION_COUNT, REGION_INDEX } from '../geometry/regionAttribute';

/**
 * A per-mannequin tint of body regions, read by the body's shader through the `regionId` vertex attribute:
 * rgb + strength per region (BODY_REGION_IDS order). The body and its garment shell share one, so the
 * region under the pointer lights up on skin and on cloth alike. Written by the frame-free code (hover,
 * pending contact); the caller invalidates.
 */
export interface RegionTint {
  readonly uniform: { value: Float32Array };
  /**
   * Tints one region (strength 0 clears it). `stripes`: diagonal bands of strong and faint tint, so the
   * region reads apart from a solid one without relying on colour (colour-blind users, grey print).
   */
  set(region: BodyRegionId, color: Color | string, strength: number, stripes?: boolean): void;
  clear(): void;
  /** The regions tinted now, for tests and the probe. */
  tinted(): BodyRegionId[];
}

const scratch = new Color();

export function createRegionTint(): RegionTint {
  const value = new Float32Array(REGION_COUNT * 4);
  const ids = Object.keys(REGION_INDEX) as BodyRegionId[];
  return {
    uniform: { value },
    set(region, color, strength, stripes = false) {
      const i = REGION_INDEX[region] * 4;
      scratch.set(color);
      value[i] = scratch.r;
      value[i + 1] = scratch.g;
      value[i + 2] = scratch.b;
      // The sign carries the pattern: the shader reads |a| as the strength, a < 0 as striped.
      value[i + 3] = stripes ? -strength : strength;
    },
    clear() {
      value.fill(0);
    },
    tinted: () => ids.filter((r) => value[REGION_INDEX[r] * 4 + 3]! !== 0),
  };
}

/**
 * A Lambert material (vertex colours on) whose colour is mixed towards the tint of the vertex's region.
 * One shader program for every tinted body (the cache key is fixed); the uniform is the mannequin's own.
 */
export function regionTintedMaterial(tint: RegionTint, params: MeshLambertMaterialParameters): MeshLambertMaterial {
  const m = new MeshLambertMaterial({ vertexColors: true, ...params });
  m.onBeforeCompile = (shader) => {
    shader.uniforms.regionTint = tint.uniform;
    shader.vertexShader = shader.vertexShader
      .replace(
        '#include <common>',
        `#include <common>\nattribute float ${REGION_ATTRIBUTE};\nuniform vec4 regionTint[${REGION_COUNT}];\nvarying vec4 vRegionTint;`,
      )
      .replace('#include <begin_vertex>', `#include <begin_vertex>\nvRegionTint = regionTint[int(${REGION_ATTRIBUTE} + 0.5)];`);
    shader.fragmentShader = shader.fragmentShader
      .replace('#include <common>', '#include <common>\nvarying vec4 vRegionTint;')
      // Striped (a < 0): 45° bands 6 px apart in screen space, alternately full and a fifth of the tint.
      .replace(
        '#include <color_fragment>',
        '#include <color_fragment>\nfloat tintStrength = abs(vRegionTint.a);\nif (vRegionTint.a < 0.0 && mod(gl_FragCoord.x + gl_FragCoord.y, 12.0) < 6.0) tintStrength *= 0.2;\ndiffuseColor.rgb = mix(diffuseColor.rgb, vRegionTint.rgb, tintStrength);',
      )
      // A touch of its own light, so the region reads on the shaded side of the body too.
      .replace('#include <emissivemap_fragment>', '#include <emissivemap_fragment>\ntotalEmissiveRadiance += vRegionTint.rgb * tintStrength * 0.3;');
  };
  m.customProgramCacheKey = () => 'region-tint';
  return m;
}
