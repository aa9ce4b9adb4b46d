import { useThree, type ThreeEvent } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { BoxGeometry, Color, EdgesGeometry, type Group, LineBasicMaterial, MeshLambertMaterial } from 'three';
import type { SetPiece } from '../../../../shared/domain/blocking';
import { buildSetPieceGeometry } from '../geometry/setPieceGeometry';
import { setPieceObjects } from '../rigRegistry';
import { selectSetPiece, useStageStore } from '../stageStore';
import { HELPER_LAYER } from './layers';
import { isGizmoClick } from '../stageApi';
import { useLabelSprite } from './useLabelSprite';
import { useMeasureClick } from './useMeasureClick';

const materials = new Map<string, MeshLambertMaterial>();
function pieceMaterial(color: string, translucent: boolean): MeshLambertMaterial {
  const key = `${color}|${translucent}`;
  let m = materials.get(key);
  if (!m) {
    m = new MeshLambertMaterial({ color: new Color(color), vertexColors: true });
    if (translucent) {
      m.transparent = true;
      m.opacity = 0.45;
      m.depthWrite = false;
    }
    materials.set(key, m);
  }
  return m;
}

/** The outline of a selected box-shaped thing (a set piece, a barrier), scaled to its size. */
export const UNIT_EDGES = new EdgesGeometry(new BoxGeometry(1, 1, 1));
export const SELECTED_EDGES = new LineBasicMaterial({ color: '#4a55c9', depthTest: false, transparent: true });

/** A set piece: one merged mesh sized from its record; a box outline when selected, its name in the top plan. */
export function SetPieceMesh({ piece }: { readonly piece: SetPiece }) {
  const group = useRef<Group>(null);
  const invalidate = useThree((s) => s.invalidate);
  const selected = useStageStore((s) => s.selection?.kind === 'setPiece' && s.selection.id === piece.id);
  const topView = useStageStore((s) => s.view === 'top');
  const measureClick = useMeasureClick();
  const [w, h, d] = piece.size;
  const geometry = useMemo(() => buildSetPieceGeometry(piece.type, [w, h, d]), [piece.type, w, h, d]);
  useEffect(() => () => geometry.dispose(), [geometry]);

  const label = useLabelSprite(piece.label, '', piece.color, { renderOrder: 9 });

  useLayoutEffect(() => {
    const g = group.current;
    if (!g) return;
    g.position.fromArray(piece.position);
    g.rotation.set(0, (piece.rotationY * Math.PI) / 180, 0);
    g.name = piece.label || piece.type;
    g.userData = { setPieceId: piece.id, type: piece.type, size: piece.size };
    setPieceObjects.set(piece.id, g);
    invalidate();
    return () => {
      if (setPieceObjects.get(piece.id) === g) setPieceObjects.delete(piece.id);
    };
  }, [piece, invalidate]);

  const onClick = (e: ThreeEvent<MouseEvent>) => {
    if (e.delta > 4 || isGizmoClick() || useStageStore.getState().pickMode !== 'select') return;
    e.stopPropagation();
    if (measureClick(e, piece.label)) return;
    selectSetPiece(piece.id);
  };

  return (
    <group ref={group} onClick={onClick}>
      <mesh geometry={geometry} material={pieceMaterial(piece.color, piece.type === 'showerStall')} name="body" />
      {selected ? (
        <lineSegments geometry={UNIT_EDGES} material={SELECTED_EDGES} scale={[w + 0.02, h + 0.02, d + 0.02]} position={[0, h / 2, 0]} layers={HELPER_LAYER} renderOrder={8} raycast={() => undefined} />
      ) : null}
      {label && topView ? <primitive object={label} position={[0, h + 0.05, 0]} /> : null}
    </group>
  );
}
