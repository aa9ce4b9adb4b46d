import { useEffect, useRef } from 'react';
import { DEFAULT_KISS } from '../../../../shared/domain/defaults';
import { CONTACT_TYPES, ContactFields, PRESSURES, TOUCH_ALTERNATIVES, type Contact, type KissSpec, type Pressure } from '../../../../shared/domain/contact';
import { useDocumentStore } from '../../store/documentStore';
import { useContactNames } from '../contactNames';
import { useCast, useSetPiecesOfScene } from '../selectors';
import { clearSelection } from '../stageStore';
import { anchorOf, deleteContact, editContact, targetOf, updateContact, type Receiver } from '../wardrobeActions';
import { CONTACT_TYPE_LABELS, contactSentenceParts, HEAD_TILT_LABELS, MOUTH_LABELS, TOUCH_ALTERNATIVE_LABELS } from '../wardrobeWords';
import { SentenceText } from './SentenceText';
import { ContactParties } from './ContactParties';
import { CountsInput } from './CountsInput';
import { ChoiceSelect } from './ChoiceSelect';
import { DeleteAction } from './ItemActions';
import { NotesInput } from './NotesInput';
import { PanelSection } from './PanelSection';
import { Segmented } from './Segmented';
import { StageIcon } from './StageIcon';
import { SubjectFindings, useSubjectFindings } from './SubjectFindings';

const PRESSURE_LABELS: Record<Pressure, string> = { light: 'Light', medium: 'Medium', firm: 'Firm' };

function receiverOf(c: Contact): Receiver {
  const r = c.receiver;
  return r.kind === 'setPiece' ? { kind: 'setPiece', setPieceId: r.setPieceId } : r.kind === 'self' ? { kind: 'self', region: r.region } : { kind: 'performer', performerId: r.performerId, region: r.region };
}

/** Moves focus into the panel when it opened from the keyboard (the button that opened it is gone). */
export function useFocusWhenOrphaned<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body) ref.current?.focus();
  }, []);
  return ref;
}

/** The selected contact: who and where, what kind of touch, the kiss specification, pressure, counts, an alternative, notes. */
export function ContactPanel({ id, sceneId, beatId }: { readonly id: string; readonly sceneId: string; readonly beatId: string }) {
  const stored = useDocumentStore((s) => s.contacts[id] ?? null);
  const contact = stored?.beatId === beatId ? stored : null;
  const cast = useCast(sceneId);
  const pieces = useSetPiecesOfScene(sceneId);
  const names = useContactNames();
  const titleRef = useFocusWhenOrphaned<HTMLDivElement>();
  const findings = useSubjectFindings(sceneId, 'contact', id);
  useEffect(() => {
    if (!contact) clearSelection(); // deleted or undone: back to the outline
  }, [contact]);
  if (!contact) return null;
  const sentence = contactSentenceParts(contact, names);
  const edit = (patch: Partial<ContactFields>) => void updateContact(id, patch);
  const kiss = contact.kiss ?? DEFAULT_KISS;
  const editKiss = (patch: Partial<KissSpec>) => void editContact(id, (latest) => ({ kiss: { ...(latest.kiss ?? DEFAULT_KISS), ...patch } }));
  return (
    <>
      <div className="stage-panel__title contact-title" ref={titleRef} tabIndex={-1} aria-label={`Contact: ${sentence.text}`}>
        <span className="contact-title__icon" aria-hidden="true">
          <StageIcon name="person" />
        </span>
        <p className="contact-title__sentence" title={sentence.text} data-testid="contact-sentence">
          <SentenceText sentence={sentence} />
        </p>
      </div>
      <SubjectFindings findings={findings} />
      <PanelSection title="Who and where">
        <ContactParties
          cast={cast}
          pieces={pieces}
          initiator={contact.initiator}
          receiver={receiverOf(contact)}
          onInitiator={(next) => {
            const initiator = { performerId: next.performerId as Contact['initiator']['performerId'], region: next.region, offset: next.region === contact.initiator.region ? contact.initiator.offset : anchorOf(next.region) };
            const r = contact.receiver;
            // Choosing the receiver as initiator swaps the two people (a touch on one's own body is "Own body").
            if (r.kind === 'performer' && r.performerId === next.performerId) edit({ initiator, receiver: { ...r, performerId: contact.initiator.performerId } });
            else edit({ initiator });
          }}
          onReceiver={(next) => edit({ receiver: targetOf(next) as Contact['receiver'] })}
        />
      </PanelSection>
      <PanelSection title="Touch">
        <label className="stage-field">
          <span className="stage-field__label">Type</span>
          <ChoiceSelect label="Contact type" value={contact.type} options={CONTACT_TYPES} labels={CONTACT_TYPE_LABELS} onChange={(type) => edit({ type })} />
        </label>
        {contact.type === 'kiss' ? (
          <fieldset className="contact-kiss" aria-label="Kiss specification">
            <legend className="stage-field__label">Kiss specification</legend>
            <Segmented label="Mouth" value={kiss.mouth} options={['closed', 'open'] as const} labels={MOUTH_LABELS} onChange={(mouth) => editKiss({ mouth })} />
            <label className="stage-check">
              <input type="checkbox" checked={kiss.noTongue} onChange={(e) => editKiss({ noTongue: e.target.checked })} />
              No tongue
            </label>
            <label className="stage-field stage-field--inline">
              <span className="stage-field__label">Head tilt</span>
              <ChoiceSelect label="Head tilt" value={kiss.headTilt} options={['none', 'left', 'right'] as const} labels={HEAD_TILT_LABELS} onChange={(headTilt) => editKiss({ headTilt })} />
            </label>
          </fieldset>
        ) : (
          <div className="stage-field">
            <span className="stage-field__label">Pressure</span>
            <Segmented label="Pressure" value={contact.pressure} options={PRESSURES} labels={PRESSURE_LABELS} onChange={(pressure) => edit({ pressure })} />
          </div>
        )}
        <div className="stage-field">
          <span className="stage-field__label">Counts in the beat</span>
          <CountsInput key={id} from={contact.fromCount} to={contact.toCount} onCommit={(patch) => updateContact(id, patch)} />
        </div>
        <label className="stage-field">
          <span className="stage-field__label">Alternative to touch</span>
          <ChoiceSelect label="Alternative to touch" value={contact.alternative} options={TOUCH_ALTERNATIVES} labels={TOUCH_ALTERNATIVE_LABELS} onChange={(alternative) => edit({ alternative })} />
        </label>
      </PanelSection>
      <PanelSection title="Notes">
        <NotesInput key={id} label="Contact notes" value={contact.notes} schema={ContactFields.shape.notes} onCommit={(notes) => edit({ notes })} />
      </PanelSection>
      <DeleteAction label="Delete contact" onDelete={() => void deleteContact(id)} />
    </>
  );
}
