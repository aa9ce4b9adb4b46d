import { useId, useMemo, useState } from 'react';
import type { Scene } from '../../../../shared/domain/scene';
import { SIGNOFF_ROLE_LABELS, SIGNOFF_ROLES, SIGNOFF_STATEMENTS, type DrawnSignature, type SceneVersion, type SignoffRole } from '../../../../shared/domain/versions';
import { castOfScene } from '../../../../shared/records/query';
import { Dialog } from '../../components/Dialog';
import { runVersionWrite } from '../../store/actions';
import { useDocumentStore } from '../../store/documentStore';
import { announce } from '../../store/uiStore';
import { PAD, SignaturePad } from './SignaturePad';

/**
 * Signing one version: who signs (a performer of the cast, or the coordinator, director or producer — from
 * the crew list or by name), their typed name, a signature drawn on the pad or, explicitly, the typed name
 * alone (the keyboard path), and the statement confirmed. Main checks it all again before writing.
 */
export function SignDialog({ scene, version, onClose }: { readonly scene: Scene; readonly version: SceneVersion; readonly onClose: () => void }) {
  const id = useId();
  const performers = useDocumentStore((s) => s.performers);
  const crew = useDocumentStore((s) => s.crew);
  const cast = useMemo(() => castOfScene({ scenes: { [scene.id]: scene }, performers }, scene.id), [scene, performers]);
  const [role, setRole] = useState<SignoffRole>('performer');
  const [personId, setPersonId] = useState<string>(cast[0]?.id ?? '');
  const [typedName, setTypedName] = useState<string>(cast[0]?.name ?? '');
  const [strokes, setStrokes] = useState<DrawnSignature['strokes']>([]);
  const [typedOnly, setTypedOnly] = useState(false);
  const [confirmed, setConfirmed] = useState(false);
  const [busy, setBusy] = useState(false);

  const crewOfRole = Object.values(crew).filter((c) => c.role === role);
  const people = role === 'performer' ? cast.map((p) => ({ id: p.id, name: p.name, label: p.character ? `${p.name} (${p.character})` : p.name })) : crewOfRole.map((c) => ({ id: c.id, name: c.name, label: c.name }));
  const choose = (nextRole: SignoffRole, nextId: string) => {
    setRole(nextRole);
    setPersonId(nextId);
    const name = nextRole === 'performer' ? performers[nextId]?.name : crew[nextId]?.name;
    setTypedName(name ?? '');
  };
  const drawn = strokes.some((s) => s.length >= 2);
  const missing = !typedName.trim()
    ? 'Type the signer’s name.'
    : role === 'performer' && !personId
      ? 'Choose the performer signing.'
      : role === 'performer' && !typedOnly && !drawn
        ? 'Draw the signature on the pad, or choose to sign with the typed name only.'
        : !confirmed
          ? 'Confirm the statement.'
          : null;

  const submit = async () => {
    if (missing || busy) return;
    setBusy(true);
    const result = await runVersionWrite(
      'signoff:record',
      {
        versionId: version.id,
        versionHash: version.hash,
        role,
        performerId: role === 'performer' ? personId : null,
        crewId: role !== 'performer' && personId ? personId : null,
        typedName: typedName.trim(),
        signatureMethod: typedOnly || !drawn ? 'typed' : 'drawn',
        signature: typedOnly || !drawn ? null : { width: PAD.width, height: PAD.height, strokes },
        statement: SIGNOFF_STATEMENTS[role],
      } as never,
      `Sign v${version.number}`,
    );
    setBusy(false);
    if (result) {
      announce(`${typedName.trim()} signed v${version.number} of scene ${scene.number}.`);
      onClose();
    }
  };

  return (
    <Dialog
      title={`Sign v${version.number} of scene ${scene.number}`}
      open
      onClose={onClose}
      className="sign-dialog"
      footer={
        <>
          <span className="sign-dialog__missing" aria-live="polite">
            {missing}
          </span>
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="btn btn--primary" disabled={!!missing || busy} onClick={() => void submit()}>
            Sign v{version.number}
          </button>
        </>
      }
    >
      <p className="sign-dialog__what">
        Version {version.number} · hash <code>{version.hash.slice(0, 12)}</code>
        {version.note ? ` · ${version.note}` : ''}
      </p>
      <div className="field-row">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-role`}>
            Signing as
          </label>
          <select id={`${id}-role`} className="input input--select" value={role} onChange={(e) => {
            const next = e.target.value as SignoffRole;
            const first = next === 'performer' ? cast[0]?.id : Object.values(crew).find((c) => c.role === next)?.id;
            choose(next, first ?? '');
          }}>
            {SIGNOFF_ROLES.map((r) => (
              <option key={r} value={r}>
                {SIGNOFF_ROLE_LABELS[r]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-who`}>
            {role === 'performer' ? 'Performer' : 'Crew member'}
          </label>
          <select id={`${id}-who`} className="input input--select" value={personId} onChange={(e) => choose(role, e.target.value)}>
            {role !== 'performer' ? <option value="">Not on the crew list</option> : null}
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-name`}>
          Typed name
        </label>
        <input id={`${id}-name`} className="input" value={typedName} maxLength={200} onChange={(e) => setTypedName(e.target.value)} />
      </div>
      <fieldset className="sign-dialog__signature">
        <legend className="field__label">Signature</legend>
        <SignaturePad strokes={strokes} onChange={setStrokes} disabled={typedOnly} />
        <div className="sign-dialog__pad-actions">
          <span className="field__hint">{typedOnly ? 'Signing with the typed name only.' : role === 'performer' ? 'Draw with a mouse, pen or finger.' : 'Optional for crew: the typed name is enough.'}</span>
          <button type="button" className="btn btn--sm" disabled={!strokes.length || typedOnly} onClick={() => setStrokes([])}>
            Clear signature
          </button>
        </div>
        <label className="check">
          <input type="checkbox" className="check__box" checked={typedOnly} onChange={(e) => setTypedOnly(e.target.checked)} />
          <span className="check__label">Sign with the typed name only (no drawing)</span>
        </label>
        <p className="field__hint">For signing by keyboard or assistive technology. The sign-off records that the name was typed, not drawn.</p>
      </fieldset>
      <blockquote className="sign-dialog__statement" id={`${id}-statement`}>
        {SIGNOFF_STATEMENTS[role]}
      </blockquote>
      <label className="check">
        <input type="checkbox" className="check__box" checked={confirmed} aria-describedby={`${id}-statement`} onChange={(e) => setConfirmed(e.target.checked)} />
        <span className="check__label">I confirm the statement above</span>
      </label>
    </Dialog>
  );
}
