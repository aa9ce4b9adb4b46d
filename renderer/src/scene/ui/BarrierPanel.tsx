import { useEffect } from 'react';
import { BODY_REGIONS, type BodyRegionId } from '../../../../shared/domain/bodyRegions';
import { BARRIER_CATALOGUE, BarrierFields, type Barrier } from '../../../../shared/domain/wardrobe';
import { schemaMessage } from '../../components/fieldParsers';
import { useDocumentStore } from '../../store/documentStore';
import { useCast, useSetPiecesOfScene } from '../selectors';
import { clearSelection } from '../stageStore';
import { editBarrier, updateBarrier } from '../barrierActions3d';
import { deleteBarrier } from '../wardrobeActions';
import { capitalise } from '../wardrobeWords';
import { PerformerOptions, SetPieceOptions } from './ChoiceSelect';
import { useFocusWhenOrphaned } from './ContactPanel';
import { DeleteAction } from './ItemActions';
import { NotesInput } from './NotesInput';
import { NumericInput } from './NumericInput';
import { PanelSection } from './PanelSection';
import { RegionSelect } from './RegionSelect';
import { SubjectFindings, useSubjectFindings } from './SubjectFindings';
import { axisCheck, withAxis } from './withAxis';


function attachmentKey(a: Barrier['attachedTo']): string {
  return !a ? 'none' : a.kind === 'region' ? `performer:${a.performerId}` : `setPiece:${a.setPieceId}`;
}

/** The selected barrier: real size, where it lies, what it rests against, notes. */
export function BarrierPanel({ id, sceneId, beatId }: { readonly id: string; readonly sceneId: string; readonly beatId: string }) {
  const stored = useDocumentStore((s) => s.barriers[id] ?? null);
  const barrier = stored?.beatId === beatId ? stored : null;
  const cast = useCast(sceneId);
  const pieces = useSetPiecesOfScene(sceneId);
  const titleRef = useFocusWhenOrphaned<HTMLDivElement>();
  const findings = useSubjectFindings(sceneId, 'barrier', id);
  useEffect(() => {
    if (!barrier) clearSelection();
  }, [barrier]);
  if (!barrier) return null;
  const spec = BARRIER_CATALOGUE[barrier.type];
  const [w, t, d] = barrier.size;
  const [x, y, z] = barrier.position;
  // Typed values are checked with the shared barrier schema (1 mm … 5 m; on or above the floor).
  const sizeCheck = axisCheck(BarrierFields.shape.size, barrier.size);
  const positionCheck = axisCheck(BarrierFields.shape.position, barrier.position);
  const attached = barrier.attachedTo;
  const attachRegion: BodyRegionId = attached?.kind === 'region' ? attached.region : 'groin';
  const setAttachment = (key: string) => {
    const [kind, ref = ''] = key.split(/:(.*)/s);
    const next: Barrier['attachedTo'] =
      kind === 'performer'
        ? { kind: 'region', performerId: ref as never, region: attachRegion }
        : kind === 'setPiece'
          ? { kind: 'setPiece', setPieceId: ref as never }
          : null;
    void updateBarrier(id, { attachedTo: next });
  };
  return (
    <>
      <div className="stage-panel__title" ref={titleRef} tabIndex={-1}>
        <span className="stage-dot stage-dot--square" style={{ background: spec.color }} />
        <div>
          <strong>{capitalise(spec.label)}</strong>
          <span className="muted"> · barrier in this beat</span>
        </div>
      </div>
      <SubjectFindings findings={findings} />
      <PanelSection title="Size">
        <div className="stage-row stage-row--3">
          <NumericInput caption="W" label="Barrier width" value={w} unit="m" step={0.05} check={sizeCheck(0)} onCommit={(v) => editBarrier(id, (l) => ({ size: withAxis(l.size, 0, v) }))} />
          <NumericInput caption="T" label="Barrier thickness" value={t} unit="m" decimals={3} step={0.005} check={sizeCheck(1)} onCommit={(v) => editBarrier(id, (l) => ({ size: withAxis(l.size, 1, v) }))} />
          <NumericInput caption="D" label="Barrier depth" value={d} unit="m" step={0.05} check={sizeCheck(2)} onCommit={(v) => editBarrier(id, (l) => ({ size: withAxis(l.size, 2, v) }))} />
        </div>
        <p className="stage-hint">
          Catalogue size {spec.size.map((v) => (v * 100).toFixed(v < 0.01 ? 1 : 0)).join(' × ')} cm (width × thickness × depth).
        </p>
      </PanelSection>
      <PanelSection title="Placement">
        <div className="stage-row stage-row--2">
          <NumericInput caption="X" label="Barrier X" value={x} unit="m" step={0.05} check={positionCheck(0)} onCommit={(v) => editBarrier(id, (l) => ({ position: withAxis(l.position, 0, v) }))} />
          <NumericInput caption="Z" label="Barrier Z" value={z} unit="m" step={0.05} check={positionCheck(2)} onCommit={(v) => editBarrier(id, (l) => ({ position: withAxis(l.position, 2, v) }))} />
          <NumericInput caption="Y" label="Barrier elevation" value={y} unit="m" step={0.05} check={positionCheck(1)} onCommit={(v) => editBarrier(id, (l) => ({ position: withAxis(l.position, 1, v) }))} />
          <NumericInput
            caption="↻"
            label="Barrier rotation"
            value={barrier.rotationY}
            unit="°"
            decimals={1}
            step={15}
            check={(v) => schemaMessage(BarrierFields.shape.rotationY, v)}
            onCommit={(v) => updateBarrier(id, { rotationY: v })}
          />
        </div>
      </PanelSection>
      <PanelSection title="Rests against">
        <div className={attached?.kind === 'region' ? 'contact-party' : 'stage-field'}>
          <select className="stage-input" aria-label="Barrier rests against" value={attachmentKey(attached)} onChange={(e) => setAttachment(e.target.value)}>
            <option value="none">Nothing (free-standing)</option>
            <optgroup label="A performer's body">
              <PerformerOptions cast={cast} />
            </optgroup>
            <SetPieceOptions pieces={pieces} />
          </select>
          {attached?.kind === 'region' ? <RegionSelect label="Barrier region" value={attached.region} onChange={(region) => void updateBarrier(id, { attachedTo: { ...attached, region } })} /> : null}
        </div>
        {attached?.kind === 'region' ? <p className="stage-hint">Between the bodies at the {BODY_REGIONS[attached.region].label}.</p> : null}
      </PanelSection>
      <PanelSection title="Notes">
        <NotesInput key={id} label="Barrier notes" value={barrier.notes} schema={BarrierFields.shape.notes} onCommit={(notes) => void updateBarrier(id, { notes })} />
      </PanelSection>
      <DeleteAction label="Delete barrier" onDelete={() => void deleteBarrier(id)} />
    </>
  );
}
