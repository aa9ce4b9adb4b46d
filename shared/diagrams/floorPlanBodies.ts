import { Quaternion, Vector3 } from 'three';
import { boneLabel, type BoneName } from '../domain/bones';
import type { Placement } from '../domain/blocking';
import { posedRig } from '../blocking';
import type { PlanFrame } from './floorPlanFrame';
import { escapeXml, fmt } from './svg';

/** A performer's body posed for the beat, as the plan draws it from above. */
export interface PlanBody {
  readonly label: string;
  readonly color: string;
  readonly joints: Record<BoneName, Vector3>;
  /** Where the face points (world). */
  readonly facing: Vector3;
  /** Height scale (1 = the 1.70 m reference figure). */
  readonly scale: number;
  readonly pins: Placement['pins'];
}

const OUTLINE = '#2a2d33';

// Body parts seen from above: [from joint, to joint, thickness in metres for a 1.70 m figure].
const LIMBS: readonly (readonly [BoneName, BoneName, number])[] = [
  ['hips', 'chest', 0.3],
  ['chest', 'neck', 0.32],
  ['leftUpperLeg', 'leftLowerLeg', 0.15],
  ['rightUpperLeg', 'rightLowerLeg', 0.15],
  ['leftLowerLeg', 'leftFoot', 0.11],
  ['rightLowerLeg', 'rightFoot', 0.11],
  ['leftFoot', 'leftToes', 0.09],
  ['rightFoot', 'rightToes', 0.09],
  ['leftUpperArm', 'leftLowerArm', 0.09],
  ['rightUpperArm', 'rightLowerArm', 0.09],
  ['leftLowerArm', 'leftHand', 0.075],
  ['rightLowerArm', 'rightHand', 0.075],
  ['leftShoulder', 'leftUpperArm', 0.1],
  ['rightShoulder', 'rightUpperArm', 0.1],
];

/** The body of a performer on stage in this beat, or null when they are off stage. */
export function planBody(
  performer: { label: string; color: string; heightCm: number; placement: Pick<Placement, 'position' | 'rotationY' | 'pose' | 'hidden' | 'pins'> | null },
): PlanBody | null {
  const p = performer.placement;
  if (!p || p.hidden) return null;
  const rig = posedRig(p, performer.heightCm);
  const joints = {} as Record<BoneName, Vector3>;
  for (const [name, bone] of Object.entries(rig.bones) as [BoneName, (typeof rig.bones)[BoneName]][]) joints[name] = bone.getWorldPosition(new Vector3());
  const facing = new Vector3(0, 0, 1).applyQuaternion(rig.bones.head.getWorldQuaternion(new Quaternion()));
  return { label: performer.label, color: performer.color, joints, facing, scale: rig.scale, pins: p.pins };
}

/**
 * Bodies from above, lowest first so a body lying over another is drawn on top: each limb a thick round
 * stroke in the performer's colour over a dark outline (touching bodies stay apart on paper), the head a
 * disc with a small arrow the way the face points.
 */
export function bodiesSvg(bodies: readonly PlanBody[], f: PlanFrame): string[] {
  const out: string[] = [];
  for (const body of [...bodies].sort((a, b) => a.joints.hips.y - b.joints.hips.y)) {
    const color = escapeXml(body.color);
    const parts = LIMBS.map(([from, to, thickness]) => ({ from: body.joints[from], to: body.joints[to], w: thickness * body.scale * f.mmPerM }));
    parts.sort((a, b) => a.from.y + a.to.y - (b.from.y + b.to.y));
    out.push(`<g stroke-linecap="round" stroke-linejoin="round">`);
    for (const outline of [true, false]) {
      for (const p of parts) {
        out.push(`<line x1="${fmt(f.X(p.from.x))}" y1="${fmt(f.Y(p.from.z))}" x2="${fmt(f.X(p.to.x))}" y2="${fmt(f.Y(p.to.z))}" stroke="${outline ? OUTLINE : color}" stroke-width="${fmt(outline ? p.w + 0.6 : p.w)}"${outline ? ' stroke-opacity="0.85"' : ''}/>`);
      }
    }
    const head = body.joints.head;
    out.push(`<circle cx="${fmt(f.X(head.x))}" cy="${fmt(f.Y(head.z))}" r="${fmt(0.105 * body.scale * f.mmPerM)}" fill="${color}" stroke="${OUTLINE}" stroke-width="0.3"/>`);
    // No arrow when the face points straight up or down (lying on the back or front).
    const d = new Vector3(body.facing.x, 0, body.facing.z);
    if (d.length() > 0.3) {
      d.normalize();
      const s = body.scale;
      const at = (along: number, across: number) => f.pt(head.x + d.x * along - d.z * across, head.z + d.z * along + d.x * across);
      out.push(`<path d="M${at(0.09 * s, 0.06 * s)} L${at(0.2 * s, 0)} L${at(0.09 * s, -0.06 * s)} Z" fill="${OUTLINE}"/>`);
    }
    out.push(`</g>`);
  }
  return out;
}

/** Anchor points: a small diamond on each pinned hand or foot, named in its tooltip. */
export function pinsSvg(bodies: readonly PlanBody[], f: PlanFrame): string[] {
  const s = 1.3;
  return bodies.flatMap((body) =>
    body.pins.map((pin) => {
      const x = f.X(pin.target[0]);
      const y = f.Y(pin.target[2]);
      return `<path d="M${fmt(x)},${fmt(y - s)} L${fmt(x + s)},${fmt(y)} L${fmt(x)},${fmt(y + s)} L${fmt(x - s)},${fmt(y)} Z" fill="#ffd166" stroke="${OUTLINE}" stroke-width="0.3"><title>${escapeXml(`${body.label}: ${boneLabel(pin.bone)} pinned`)}</title></path>`;
    }),
  );
}
