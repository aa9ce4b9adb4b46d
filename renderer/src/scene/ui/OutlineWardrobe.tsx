import { useEffect, useRef, useState } from 'react';
import { BARRIER_CATALOGUE, BARRIER_TYPES, type BarrierType } from '../../../../shared/domain/wardrobe';
import { useDocumentStore } from '../../store/documentStore';
import { useContactNames } from '../contactNames';
import { useBarriersOfBeat, useCast, useContactsOfBeat, useSetPiecesOfScene } from '../selectors';
import { selectBarrier, selectContact } from '../stageStore';
import { addBarrier } from '../barrierActions3d';
import { capitalise, contactSentenceParts, type SentenceParts } from '../wardrobeWords';
import { SentenceText } from './SentenceText';
import { AddContactForm } from './AddContactForm';
import { ChoiceSelect } from './ChoiceSelect';
import { PanelSection } from './PanelSection';
import { StageIcon } from './StageIcon';
import { FindingMark, useSubjectFindings } from './SubjectFindings';

/** One contact of the outline: its sentence (select to edit), and a mark when a check found something about it. */
function ContactRow({ id, sceneId, sentence }: { readonly id: string; readonly sceneId: string; readonly sentence: SentenceParts }) {
  const findings = useSubjectFindings(sceneId, 'contact', id);
  return (
    <li className="stage-outline__row">
      <button type="button" className="stage-outline__item contact-list__item" data-contact-id={id} onClick={() => selectContact(id)} title={sentence.text}>
        <span className="contact-list__text">
          <SentenceText sentence={sentence} />
        </span>
      </button>
      <FindingMark findings={findings} />
    </li>
  );
}

/** The outline's "Contacts in this beat": each contact in words (select to edit), and a form to add one. */
export function OutlineContacts({ sceneId, beatId }: { readonly sceneId: string; readonly beatId: string }) {
  const contacts = useContactsOfBeat(beatId);
  const cast = useCast(sceneId);
  const pieces = useSetPiecesOfScene(sceneId);
  const names = useContactNames();
  const [adding, setAdding] = useState(false);
  const [focusId, setFocusId] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!focusId) return;
    const button = listRef.current?.querySelector<HTMLButtonElement>(`[data-contact-id="${focusId}"]`);
    if (button) {
      button.focus();
      setFocusId(null);
    }
  }, [focusId, contacts]);
  useEffect(() => setAdding(false), [beatId]);

  return (
    <PanelSection title="Contacts in this beat">
      {contacts.length === 0 && !adding ? <p className="stage-panel__empty">No contact in this beat.</p> : null}
      {contacts.length ? (
        <ul className="stage-outline contact-list" ref={listRef} aria-label="Contacts in this beat">
          {contacts.map((c) => (
            <ContactRow key={c.id} id={c.id} sceneId={sceneId} sentence={contactSentenceParts(c, names)} />
          ))}
        </ul>
      ) : null}
      {adding ? (
        <AddContactForm
          beatId={beatId}
          cast={cast}
          pieces={pieces}
          onDone={(id) => {
            setAdding(false);
            if (id) setFocusId(id);
            else requestAnimationFrame(() => addRef.current?.focus());
          }}
        />
      ) : (
        <button ref={addRef} type="button" className="stage-btn stage-btn--small stage-btn--add" disabled={cast.length === 0} onClick={() => setAdding(true)} title="Add a contact from lists (or use Contact in the toolbar to click it on the bodies)">
          <StageIcon name="plus" size={14} /> Add contact
        </button>
      )}
    </PanelSection>
  );
}

const BARRIER_CHOICES = Object.fromEntries(BARRIER_TYPES.map((t) => [t, capitalise(BARRIER_CATALOGUE[t].label)])) as Record<BarrierType, string>;

/** The outline's "Barriers": the pads and cushions in this beat, and adding one of real catalogue size. */
export function OutlineBarriers({ beatId }: { readonly beatId: string }) {
  const barriers = useBarriersOfBeat(beatId);
  const performers = useDocumentStore((s) => s.performers);
  const [type, setType] = useState<BarrierType>('foamPad');
  return (
    <PanelSection title="Barriers">
      {barriers.length === 0 ? <p className="stage-panel__empty">No barrier in this beat.</p> : null}
      {barriers.length ? (
        <ul className="stage-outline" aria-label="Barriers in this beat">
          {barriers.map((b) => {
            const spec = BARRIER_CATALOGUE[b.type];
            const on = b.attachedTo?.kind === 'region' ? performers[b.attachedTo.performerId] : null;
            return (
              <li key={b.id} className="stage-outline__row">
                <button type="button" className="stage-outline__item" onClick={() => selectBarrier(b.id)}>
                  <span className="stage-dot stage-dot--square" style={{ background: spec.color }} />
                  <span className="stage-outline__name">{capitalise(spec.label)}</span>
                  <span className="muted stage-outline__meta">
                    {on ? `on ${on.character || on.name}` : `${(b.size[0] * 100).toFixed(0)} × ${(b.size[2] * 100).toFixed(0)} cm`}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      <div className="stage-inline-form">
        <ChoiceSelect label="Barrier type" value={type} options={BARRIER_TYPES} labels={BARRIER_CHOICES} onChange={setType} />
        <button type="button" className="stage-btn" onClick={() => void addBarrier(beatId, type)}>
          <StageIcon name="plus" size={14} /> Add barrier
        </button>
      </div>
    </PanelSection>
  );
}
