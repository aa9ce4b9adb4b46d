import { Html } from '@react-three/drei';
import { useMemo } from 'react';
import { BufferGeometry, Float32BufferAttribute, LineBasicMaterial, SphereGeometry, MeshBasicMaterial } from 'three';
import { formatMeasurement } from '../../../../shared/blocking';
import { useUnits } from '../selectors';
import { useStageStore } from '../stageStore';
import { HELPER_LAYER } from './layers';

const LINE = new LineBasicMaterial({ color: '#ffd166', depthTest: false, transparent: true });
const DOT = new MeshBasicMaterial({ color: '#ffd166', depthTest: false, transparent: true });
const DOT_GEOMETRY = new SphereGeometry(0.025, 12, 8);

/** The measuring points, the line between them and the distance in the production's units. */
export function MeasureLine() {
  const points = useStageStore((s) => s.measurePoints);
  const units = useUnits();
  const a = points[0];
  const b = points[1];
  const geometry = useMemo(() => {
    if (!a || !b) return null;
    const g = new BufferGeometry();
    g.setAttribute('position', new Float32BufferAttribute([...a.point, ...b.point], 3));
    return g;
  }, [a, b]);
  if (!a) return null;
  return (
    <group name="measurement" userData={{ noExport: true }}>
      {points.map((p, i) => (
        <mesh key={i} geometry={DOT_GEOMETRY} material={DOT} position={p.point} layers={HELPER_LAYER} renderOrder={12} raycast={() => undefined} />
      ))}
      {geometry && b ? (
        <>
          <lineSegments geometry={geometry} material={LINE} layers={HELPER_LAYER} renderOrder={12} raycast={() => undefined} />
          <Html position={[(a.point[0] + b.point[0]) / 2, (a.point[1] + b.point[1]) / 2, (a.point[2] + b.point[2]) / 2]} center zIndexRange={[20, 0]}>
            <div className="stage-measure-tag" data-testid="measure-distance">
              {formatMeasurement(a.point, b.point, units)}
            </div>
          </Html>
        </>
      ) : null}
    </group>
  );
}
