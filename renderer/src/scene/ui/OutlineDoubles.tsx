import { useState } from 'react';
import type { Performer } from '../../../../shared/domain/people';
import { runCommand } from '../../store/actions';
import { useDocumentStore } from '../../store/documentStore';
import { useAllCamerasOfBeat, useCast, useDoublingsOfBeat } from '../selectors';
import { personName } from './ChoiceSelect';
import { PanelSection } from './PanelSection';
import { StageIcon } from './StageIcon';
import { FindingMark, useSubjectFindings } from './SubjectFindings';

const WHOLE_BEAT = '';

/** "Ana Lima doubles Ruth · A cam" — who stands in for whom, for the whole beat or one camera's shot. */
function DoublingRow({ sceneId, beatId, id, performer, double, where }: { readonly sceneId: string; readonly beatId: string; readonly id: string; readonly performer: Performer; readonly double: Performer; readonly where: string }) {
  // The double rules name the performer doubled as their subject (so a click selects the mannequin).
  const findings = useSubjectFindings(sceneId, 'performer', performer.id).filter((f) => f.beatId === beatId && (f.code.startsWith('double.') || f.code === 'minor.double'));
  const text = `${double.name} doubles ${personName(performer)} · ${where}`;
  return (
    <li className="stage-outline__row">
      <span className="stage-outline__item stage-outline__item--static" title={text}>
        <span className="stage-dot" style={{ background: performer.color }} />
        <span className="stage-outline__name stage-outline__name--wrap" dir="auto">
          {text}
        </span>
      </span>
      <FindingMark findings={findings} />
      <button type="button" className="stage-icon-btn" aria-label={`Remove ${double.name} as body double for ${personName(performer)} (${where})`} title="Remove this body double" onClick={() => void runCommand({ type: 'doubling.delete', id })}>
        <StageIcon name="trash" />
      </button>
    </li>
  );
}

/**
 * The outline's "Body doubles": who doubles whom in this beat, for every camera or one camera's shot. Only
 * people recorded as a performer's double (People → Details → "Body double for") can be chosen; main checks it.
 */
export function OutlineDoubles({ sceneId, beatId }: { readonly sceneId: string; readonly beatId: string }) {
  const doublings = useDoublingsOfBeat(beatId);
  const cast = useCast(sceneId);
  const cameras = useAllCamerasOfBeat(beatId);
  const performers = useDocumentStore((s) => s.performers);
  const doubled = cast.filter((p) => Object.values(performers).some((d) => d.doublesFor === p.id));
  const [performerId, setPerformerId] = useState('');
  const [doubleId, setDoubleId] = useState('');
  const [cameraId, setCameraId] = useState(WHOLE_BEAT);
  const chosen = doubled.find((p) => p.id === performerId) ?? doubled[0] ?? null;
  const doubles = chosen ? Object.values(performers).filter((d) => d.doublesFor === chosen.id) : [];
  const double = doubles.find((d) => d.id === doubleId) ?? doubles[0] ?? null;
  const cameraName = (id: string | null) => (id ? (cameras.find((c) => c.id === id)?.name ?? 'a camera') : 'whole beat, every camera');
  return (
    <PanelSection title="Body doubles">
      {doublings.length === 0 ? <p className="stage-panel__empty">No body double in this beat.</p> : null}
      {doublings.length ? (
        <ul className="stage-outline" aria-label="Body doubles in this beat">
          {doublings.map((d) => {
            const p = performers[d.performerId];
            const dbl = performers[d.doubleId];
            return p && dbl ? <DoublingRow key={d.id} sceneId={sceneId} beatId={beatId} id={d.id} performer={p} double={dbl} where={cameraName(d.cameraId)} /> : null;
          })}
        </ul>
      ) : null}
      {chosen && double ? (
        <div className="stage-inline-form stage-inline-form--stack">
          <select className="stage-input" aria-label="Performer doubled" value={chosen.id} onChange={(e) => setPerformerId(e.target.value)}>
            {doubled.map((p) => (
              <option key={p.id} value={p.id}>
                {personName(p)}
              </option>
            ))}
          </select>
          <select className="stage-input" aria-label="Body double" value={double.id} onChange={(e) => setDoubleId(e.target.value)}>
            {doubles.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
          <select className="stage-input" aria-label="Where the double stands in" value={cameraId} onChange={(e) => setCameraId(e.target.value)}>
            <option value={WHOLE_BEAT}>Whole beat, every camera</option>
            {cameras.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name} only
              </option>
            ))}
          </select>
          <button
            type="button"
            className="stage-btn"
            onClick={() => void runCommand({ type: 'doubling.add', beatId, performerId: chosen.id, doubleId: double.id, cameraId: cameras.some((c) => c.id === cameraId) ? cameraId : null })}
          >
            <StageIcon name="plus" size={14} /> Add body double
          </button>
        </div>
      ) : (
        <p className="stage-panel__empty">To use a body double, record them as a performer and set “Body double for” in their details (People).</p>
      )}
    </PanelSection>
  );
}
