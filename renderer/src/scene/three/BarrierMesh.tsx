import { useThree, type ThreeEvent } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { Color, type Group, MeshLambertMaterial } from 'three';
import { SELECTED_EDGES, UNIT_EDGES } from './SetPieceMesh';
import { BARRIER_CATALOGUE, type Barrier } from '../../../../shared/domain/wardrobe';
import { buildBarrierGeometry } from '../geometry/barrierGeometry';
import { useBarriersOfBeat } from '../selectors';
import { selectBarrier, useStageStore } from '../stageStore';
import { isGizmoClick } from '../stageApi';
import { barrierObjects } from './barrierObjects';
import { HELPER_LAYER } from './layers';
import { useMeasureClick } from './useMeasureClick';

const materials = new Map<string, MeshLambertMaterial>();
function barrierMaterial(color: string): MeshLambertMaterial {
  let m = materials.get(color);
  if (!m) {
    m = new MeshLambertMaterial({ color: new Color(color) });
    materials.set(color, m);
  }
  return m;
}

/** A barrier (pad, mat, cushion, bolster) at its real size and place: physical, so shot cameras see it. */
export function BarrierMesh({ barrier }: { readonly barrier: Barrier }) {
  const group = useRef<Group>(null);
  const invalidate = useThree((s) => s.invalidate);
  const selected = useStageStore((s) => s.selection?.kind === 'barrier' && s.selection.id === barrier.id);
  const measureClick = useMeasureClick();
  const [w, h, d] = barrier.size;
  const geometry = useMemo(() => buildBarrierGeometry(barrier.type, [w, h, d]), [barrier.type, w, h, d]);
  useEffect(() => () => geometry.dispose(), [geometry]);
  const label = BARRIER_CATALOGUE[barrier.type].label;

  useLayoutEffect(() => {
    const g = group.current;
    if (!g) return;
    g.position.fromArray(barrier.position);
    g.rotation.set(0, (barrier.rotationY * Math.PI) / 180, 0);
    g.name = label.replace(/^./, (c) => c.toUpperCase());
    g.userData = { barrierId: barrier.id, type: barrier.type, size: barrier.size };
    barrierObjects.set(barrier.id, g);
    invalidate();
    return () => {
      if (barrierObjects.get(barrier.id) === g) barrierObjects.delete(barrier.id);
    };
  }, [barrier, label, invalidate]);

  const onClick = (e: ThreeEvent<MouseEvent>) => {
    if (e.delta > 4 || isGizmoClick() || useStageStore.getState().pickMode !== 'select') return;
    e.stopPropagation();
    if (measureClick(e, label)) return;
    selectBarrier(barrier.id);
  };

  return (
    <group ref={group} onClick={onClick}>
      <mesh geometry={geometry} material={barrierMaterial(BARRIER_CATALOGUE[barrier.type].color)} name="body" />
      {selected ? (
        <lineSegments geometry={UNIT_EDGES} material={SELECTED_EDGES} scale={[w + 0.02, h + 0.02, d + 0.02]} layers={HELPER_LAYER} renderOrder={8} raycast={() => undefined} />
      ) : null}
    </group>
  );
}

/** The barriers of the beat. */
export function Barriers({ beatId }: { readonly beatId: string | null }) {
  const barriers = useBarriersOfBeat(beatId);
  return (
    <group name="barriers">
      {barriers.map((b) => (
        <BarrierMesh key={b.id} barrier={b} />
      ))}
    </group>
  );
}
