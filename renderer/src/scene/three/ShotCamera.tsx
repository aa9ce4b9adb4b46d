import { useThree, type ThreeEvent } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { type Group, LineBasicMaterial, MeshStandardMaterial, PerspectiveCamera } from 'three';
import type { CameraSetup } from '../../../../shared/domain/blocking';
import { ASPECT_RATIO_VALUES, distanceM, verticalFovDeg } from '../../../../shared/blocking';
import { CAMERA_BODY_GEOMETRY } from '../geometry/cameraBodyGeometry';
import { cameraObjects } from '../rigRegistry';
import { selectCamera, useStageStore } from '../stageStore';
import { applyOptics, frustumGeometry, placeCamera } from './cameraPose';
import { HELPER_LAYER } from './layers';
import { isGizmoClick } from '../stageApi';
import { useLabelSprite } from './useLabelSprite';
import { useMeasureClick } from './useMeasureClick';

const BODY = new MeshStandardMaterial({ color: '#34343c', roughness: 0.5, metalness: 0.3 });
const BODY_SELECTED = new MeshStandardMaterial({ color: '#4a55c9', roughness: 0.5, metalness: 0.2, emissive: '#1d2270' });
const LINES = new LineBasicMaterial({ color: '#5b5b66', transparent: true, opacity: 0.75 });
const LINES_ACTIVE = new LineBasicMaterial({ color: '#d9822b' });
const LINES_SELECTED = new LineBasicMaterial({ color: '#4a55c9' });

/** A shot camera: its body and view frustum (working aids), and the real lens camera used to look through it. */
export function ShotCamera({ camera }: { readonly camera: CameraSetup }) {
  const group = useRef<Group>(null);
  const invalidate = useThree((s) => s.invalidate);
  const selected = useStageStore((s) => s.selection?.kind === 'camera' && s.selection.id === camera.id);
  const active = useStageStore((s) => s.activeCameraName === camera.name);
  const measureClick = useMeasureClick();
  const lens = useMemo(() => new PerspectiveCamera(), []);
  const fov = verticalFovDeg(camera);
  const aspect = ASPECT_RATIO_VALUES[camera.aspect];
  const length = Math.min(8, Math.max(1, distanceM(camera.position, camera.target)));
  const frustum = useMemo(() => frustumGeometry(fov, aspect, length), [fov, aspect, length]);
  useEffect(() => () => frustum.dispose(), [frustum]);

  const label = useLabelSprite(camera.name, `${Math.round(camera.focalLengthMm)} mm`, '#d9822b', { renderOrder: 11, above: 0.16 });

  useLayoutEffect(() => {
    const g = group.current;
    if (!g) return;
    placeCamera(g, camera);
    applyOptics(lens, camera);
    lens.name = camera.name;
    g.name = camera.name;
    g.userData = { cameraId: camera.id };
    g.updateMatrixWorld(true);
    cameraObjects.set(camera.id, { body: g, lens });
    invalidate();
    return () => {
      if (cameraObjects.get(camera.id)?.body === g) cameraObjects.delete(camera.id);
    };
  }, [camera, lens, invalidate]);

  const onClick = (e: ThreeEvent<MouseEvent>) => {
    if (e.delta > 4 || isGizmoClick()) return;
    e.stopPropagation();
    if (measureClick(e, camera.name)) return;
    selectCamera(camera.id, camera.name);
  };

  return (
    <group ref={group}>
      <primitive object={lens} />
      <group onClick={onClick}>
        <mesh geometry={CAMERA_BODY_GEOMETRY} material={selected ? BODY_SELECTED : BODY} layers={HELPER_LAYER} name="cameraBody" userData={{ noExport: true }} />
      </group>
      <lineSegments geometry={frustum} material={selected ? LINES_SELECTED : active ? LINES_ACTIVE : LINES} layers={HELPER_LAYER} raycast={() => undefined} userData={{ noExport: true }} />
      {label ? <primitive object={label} /> : null}
    </group>
  );
}
