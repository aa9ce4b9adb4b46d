import { useEffect, useMemo } from 'react';
import { Sprite, SpriteMaterial } from 'three';
import { makeLabelTexture } from '../geometry/labelTexture';
import { registerLabel } from './labelSprites';
import { HELPER_LAYER } from './layers';

export interface LabelOptions {
  readonly renderOrder: number;
  /** Anchor the tag's bottom edge this far above the object (metres) instead of centring it. */
  readonly above?: number;
}

/**
 * A screen-sized name tag for a set piece or camera: built from a canvas texture (no fonts are
 * downloaded), kept out of picking and exports (helper layer), registered for sizing, disposed with it.
 */
export function useLabelSprite(title: string, subtitle: string, color: string, options: LabelOptions): Sprite | null {
  const { renderOrder, above } = options;
  const label = useMemo(() => {
    const tex = makeLabelTexture(title, subtitle, color);
    if (!tex) return null;
    const sprite = new Sprite(new SpriteMaterial({ map: tex.texture, depthTest: false, transparent: true }));
    sprite.userData.labelAspect = tex.aspect;
    if (above !== undefined) {
      sprite.center.set(0.5, 0);
      sprite.position.set(0, above, 0);
    }
    sprite.renderOrder = renderOrder;
    sprite.raycast = () => undefined;
    sprite.layers.set(HELPER_LAYER);
    return sprite;
  }, [title, subtitle, color, renderOrder, above]);
  useEffect(() => (label ? registerLabel(label, 17, label.userData.labelAspect as number) : undefined), [label]);
  useEffect(
    () => () => {
      label?.material.map?.dispose();
      label?.material.dispose();
    },
    [label],
  );
  return label;
}
