import { SetPieceFields } from '../../../../shared/domain/blocking';
import { schemaMessage } from '../../components/fieldParsers';
import { SET_PIECE_CATALOGUE } from '../../../../shared/domain/setPieceCatalogue';
import { runCommand } from '../../store/actions';
import { editSetPiece, updateSetPiece } from '../stageActions';
import { useSetPiece } from '../selectors';
import { clearSelection } from '../stageStore';
import { NumericInput } from './NumericInput';
import { PanelSection } from './PanelSection';
import { ItemActions } from './ItemActions';
import { TextInput } from './TextInput';
import { axisCheck, withAxis } from './withAxis';
import { TruncatedText } from '../../components/TruncatedText';

/** The selected set piece: name, real dimensions, where it stands, which way it faces. */
export function SetPiecePanel({ id }: { readonly id: string }) {
  const piece = useSetPiece(id);
  if (!piece) return null;
  const [w, h, d] = piece.size;
  const [x, y, z] = piece.position;
  const size = (i: 0 | 1 | 2, v: number) => editSetPiece(id, (latest) => ({ size: withAxis(latest.size, i, v) }));
  // Typed values are checked against the shared schema with the other two axes as they are.
  const sizeCheck = axisCheck(SetPieceFields.shape.size, piece.size);
  const positionCheck = axisCheck(SetPieceFields.shape.position, piece.position);
  const rotationCheck = (v: number) => schemaMessage(SetPieceFields.shape.rotationY, v);
  const spec = SET_PIECE_CATALOGUE[piece.type];
  return (
    <>
      <div className="stage-panel__title">
        <span className="stage-dot stage-dot--square" style={{ background: piece.color }} />
        <div className="stage-panel__names">
          <TruncatedText className="stage-panel__name" text={piece.label} />
          <span className="muted">{spec.label}, set piece of the scene</span>
        </div>
      </div>
      <PanelSection title="Name">
        <TextInput label="Set piece name" value={piece.label} onCommit={(label) => void updateSetPiece(id, { label })} />
      </PanelSection>
      <PanelSection title="Size">
        <div className="stage-row stage-row--3">
          <NumericInput caption="W" label="Width" value={w} unit="m" step={0.05} check={sizeCheck(0)} onCommit={(v) => size(0, v)} />
          <NumericInput caption="H" label="Height" value={h} unit="m" step={0.05} check={sizeCheck(1)} onCommit={(v) => size(1, v)} />
          <NumericInput caption="D" label="Depth" value={d} unit="m" step={0.05} check={sizeCheck(2)} onCommit={(v) => size(2, v)} />
        </div>
        {spec.surfaceHeight !== null ? <p className="stage-hint">Mannequins lying, kneeling or sitting on it snap to its top at {(spec.surfaceHeight * (h / spec.size[1])).toFixed(2)} m.</p> : null}
      </PanelSection>
      <PanelSection title="Placement">
        <div className="stage-row stage-row--2">
          <NumericInput caption="X" label="Set piece X" value={x} unit="m" step={0.05} check={positionCheck(0)} onCommit={(v) => editSetPiece(id, (l) => ({ position: [v, l.position[1], l.position[2]] }))} />
          <NumericInput caption="Z" label="Set piece Z" value={z} unit="m" step={0.05} check={positionCheck(2)} onCommit={(v) => editSetPiece(id, (l) => ({ position: [l.position[0], l.position[1], v] }))} />
          <NumericInput caption="Y" label="Set piece elevation" value={y} unit="m" step={0.05} check={positionCheck(1)} onCommit={(v) => editSetPiece(id, (l) => ({ position: [l.position[0], v, l.position[2]] }))} />
          <NumericInput caption="↻" label="Set piece rotation" value={piece.rotationY} unit="°" decimals={1} step={15} check={rotationCheck} onCommit={(v) => updateSetPiece(id, { rotationY: v })} />
        </div>
        <label className="stage-field stage-field--inline">
          <span className="stage-field__label">Colour</span>
          <input
            key={piece.color}
            type="color"
            aria-label="Set piece colour"
            defaultValue={piece.color}
            onBlur={(e) => e.currentTarget.value !== piece.color && void updateSetPiece(id, { color: e.currentTarget.value })}
          />
        </label>
      </PanelSection>
      <ItemActions
        onDuplicate={() => void runCommand({ type: 'setPiece.duplicate', id })}
        onDelete={() => {
          clearSelection();
          void runCommand({ type: 'setPiece.delete', id });
        }}
      />
    </>
  );
}
