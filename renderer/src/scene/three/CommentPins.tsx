import type { ThreeEvent } from '@react-three/fiber';
import { useMemo } from 'react';
import type { Vec3 } from '../../../../shared/domain/blocking';
import { useDocumentStore } from '../../store/documentStore';
import { pinPoint, useReviewStore } from '../../features/review/reviewStore';
import { HELPER_LAYER } from './layers';

const PIN = '#d9480f';
const PENDING = '#4a55c9';

/**
 * Comments pinned to a point of this beat, as simple markers (a stem and a head) on the helper layer, so
 * they show in the free and top views and never in a camera's frame or an export. While a comment is being
 * pinned, a floor-sized catcher takes the next click on the stage and places the pin there.
 */
export function CommentPins({ sceneId, beatId }: { readonly sceneId: string; readonly beatId: string | null }) {
  const comments = useDocumentStore((s) => s.comments);
  const pinning = useReviewStore((s) => s.pinning);
  const pending = useReviewStore((s) => s.pinnedPoint);
  const focused = useReviewStore((s) => s.focusedThread);
  const pins = useMemo(
    () =>
      Object.values(comments).filter(
        (c): c is typeof c & { target: { kind: 'point'; position: Vec3 } } => c.sceneId === sceneId && c.beatId === beatId && !c.parentId && c.target.kind === 'point',
      ),
    [comments, sceneId, beatId],
  );
  const onPick = (e: ThreeEvent<MouseEvent>) => {
    e.stopPropagation();
    const p = e.point;
    pinPoint([round(p.x), round(Math.max(0, p.y)), round(p.z)]);
  };
  return (
    <group name="comment-pins">
      {pins.map((c) => (
        <Pin key={c.id} position={c.target.position} color={PIN} large={focused === c.id} />
      ))}
      {pending ? <Pin position={pending} color={PENDING} large /> : null}
      {pinning ? (
        <mesh rotation-x={-Math.PI / 2} position-y={0.002} onClick={onPick} name="comment-pin-catcher">
          <planeGeometry args={[40, 40]} />
          <meshBasicMaterial transparent opacity={0} depthWrite={false} />
        </mesh>
      ) : null}
    </group>
  );
}

function Pin({ position, color, large }: { readonly position: Vec3; readonly color: string; readonly large: boolean }) {
  const s = large ? 1.6 : 1;
  return (
    <group position={position} layers={HELPER_LAYER}>
      <mesh position-y={0.25 * s} layers={HELPER_LAYER}>
        <cylinderGeometry args={[0.006 * s, 0.006 * s, 0.5 * s, 6]} />
        <meshBasicMaterial color={color} />
      </mesh>
      <mesh position-y={0.52 * s} layers={HELPER_LAYER}>
        <sphereGeometry args={[0.045 * s, 16, 12]} />
        <meshBasicMaterial color={color} />
      </mesh>
    </group>
  );
}

const round = (v: number) => Math.round(v * 1000) / 1000;
