import { useState, type FormEvent } from 'react';
import type { BodyRegionId } from '../../../../shared/domain/bodyRegions';
import { CONTACT_TYPES, type ContactType } from '../../../../shared/domain/contact';
import type { Performer } from '../../../../shared/domain/people';
import type { SetPiece } from '../../../../shared/domain/blocking';
import { announce } from '../../store/uiStore';
import { guessContactType } from '../contactActions3d';
import { addContact, type Receiver } from '../wardrobeActions';
import { CONTACT_TYPE_LABELS } from '../wardrobeWords';
import { ChoiceSelect } from './ChoiceSelect';
import { ContactParties } from './ContactParties';

function firstReceiver(cast: readonly Performer[], initiatorId: string): Receiver {
  const other = cast.find((p) => p.id !== initiatorId);
  return other ? { kind: 'performer', performerId: other.id, region: 'leftShoulder' } : { kind: 'self', region: 'leftShoulder' };
}

/** "Add contact" without the mouse: initiator and region, receiver and region (or a set piece), type; Enter adds it. */
export function AddContactForm({ beatId, cast, pieces, onDone }: { readonly beatId: string; readonly cast: readonly Performer[]; readonly pieces: readonly SetPiece[]; readonly onDone: (id: string | null) => void }) {
  const [initiator, setInitiator] = useState<{ performerId: string; region: BodyRegionId }>({ performerId: cast[0]?.id ?? '', region: 'rightHand' });
  const [receiver, setReceiver] = useState<Receiver>(() => firstReceiver(cast, cast[0]?.id ?? ''));
  // The type follows the regions (lips: a kiss; a hand: a hand placement) until chosen, as when made in 3D.
  const [chosenType, setType] = useState<ContactType | null>(null);
  const type = chosenType ?? guessContactType(initiator.region, receiver);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy || !initiator.performerId) return;
    setBusy(true);
    const id = await addContact(beatId, initiator, receiver, { type });
    setBusy(false);
    if (id) announce('Contact added to this beat.');
    if (id) onDone(id);
  };

  return (
    <form className="contact-form" aria-label="New contact" onSubmit={(e) => void submit(e)} onKeyDown={(e) => e.key === 'Escape' && (e.preventDefault(), onDone(null))}>
      <ContactParties
        cast={cast}
        pieces={pieces}
        initiator={initiator}
        receiver={receiver}
        autoFocus
        onInitiator={(next) => {
          setInitiator(next);
          if (receiver.kind === 'performer' && receiver.performerId === next.performerId) setReceiver({ ...receiver, performerId: initiator.performerId });
        }}
        onReceiver={setReceiver}
      />
      <label className="stage-field">
        <span className="stage-field__label">Type</span>
        <ChoiceSelect label="New contact type" value={type} options={CONTACT_TYPES} labels={CONTACT_TYPE_LABELS} onChange={setType} />
      </label>
      <div className="stage-actions contact-form__actions">
        <button type="button" className="stage-btn" onClick={() => onDone(null)}>
          Cancel
        </button>
        <button type="submit" className="stage-btn stage-btn--primary" disabled={busy}>
          Add contact
        </button>
      </div>
    </form>
  );
}
