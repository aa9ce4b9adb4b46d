import type { BodyRegionId } from '../../../../shared/domain/bodyRegions';
import type { Performer } from '../../../../shared/domain/people';
import type { SetPiece } from '../../../../shared/domain/blocking';
import type { Receiver } from '../wardrobeActions';
import { personName, PerformerOptions, SetPieceOptions } from './ChoiceSelect';
import { RegionSelect } from './RegionSelect';


/** A receiver as a select value: "performer:<id>", "self", "setPiece:<id>". */
export function receiverKey(r: Receiver): string {
  return r.kind === 'self' ? 'self' : r.kind === 'performer' ? `performer:${r.performerId}` : `setPiece:${r.setPieceId}`;
}

/** The receiver a select value names, keeping the region chosen so far. */
export function receiverFromKey(key: string, region: BodyRegionId): Receiver {
  if (key === 'self') return { kind: 'self', region };
  const [kind, id = ''] = key.split(/:(.*)/s);
  return kind === 'setPiece' ? { kind: 'setPiece', setPieceId: id } : { kind: 'performer', performerId: id, region };
}

interface PartiesProps {
  readonly cast: readonly Performer[];
  readonly pieces: readonly SetPiece[];
  readonly initiator: { readonly performerId: string; readonly region: BodyRegionId };
  readonly receiver: Receiver;
  readonly onInitiator: (next: { performerId: string; region: BodyRegionId }) => void;
  readonly onReceiver: (next: Receiver) => void;
  /** Focus the first field when shown (the keyboard way into a new form). */
  readonly autoFocus?: boolean;
}

/** Who initiates with which part of the body, and what they touch: a partner's region, their own body, or a set piece. */
export function ContactParties({ cast, pieces, initiator, receiver, onInitiator, onReceiver, autoFocus }: PartiesProps) {
  const receiverRegion: BodyRegionId = receiver.kind === 'setPiece' ? 'leftHand' : receiver.region;
  const self = cast.find((p) => p.id === initiator.performerId);
  return (
    <>
      <div className="stage-field">
        <span className="stage-field__label">Initiator (gives)</span>
        <div className="contact-party">
          <select className="stage-input" aria-label="Initiator" title={self ? personName(self) : undefined} autoFocus={autoFocus} value={initiator.performerId} onChange={(e) => onInitiator({ ...initiator, performerId: e.target.value })}>
            {cast.map((p) => (
              <option key={p.id} value={p.id}>
                {personName(p)}
              </option>
            ))}
          </select>
          <RegionSelect label="Initiator region" value={initiator.region} onChange={(region) => onInitiator({ ...initiator, region })} />
        </div>
      </div>
      <div className="stage-field">
        <span className="stage-field__label">Receiver (receives)</span>
        <div className={receiver.kind === 'setPiece' ? 'stage-field' : 'contact-party'}>
          <select className="stage-input" aria-label="Receiver" value={receiverKey(receiver)} onChange={(e) => onReceiver(receiverFromKey(e.target.value, receiverRegion))}>
            <optgroup label="Performers">
              <PerformerOptions cast={cast.filter((p) => p.id !== initiator.performerId)} />
              <option value="self">Own body{self ? ` (${personName(self)})` : ''}</option>
            </optgroup>
            <SetPieceOptions pieces={pieces} />
          </select>
          {receiver.kind !== 'setPiece' ? <RegionSelect label="Receiver region" value={receiver.region} onChange={(region) => onReceiver({ ...receiver, region })} /> : null}
        </div>
      </div>
    </>
  );
}
