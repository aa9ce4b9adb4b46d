import { useEffect, useMemo, useState } from 'react';
import { NUDITY_TYPE_LABELS, NUDITY_TYPES, RiderFields, type NudityType, type RiderVersion } from '../../../../../shared/domain/consent';
import { emptyRiderFields } from '../../../../../shared/domain/defaults';
import type { Scene } from '../../../../../shared/domain/scene';
import { runCommand } from '../../../store/actions';
import { useDocumentStore } from '../../../store/documentStore';
import { formatDay, formatWhen, useRider, type Recording } from './consentState';
import { RiderPdfs } from './RiderPdfs';

const EMPTY: RiderFields = emptyRiderFields();

function fieldsOf(r: RiderVersion | null): RiderFields {
  if (!r) return EMPTY;
  const { nudityTypes, simulatedActs, bodyDouble, footageLimits, description, datePresented, dateSigned, presentAtSigning, negotiatedBy } = r;
  return { nudityTypes, simulatedActs, bodyDouble, footageLimits, description, datePresented, dateSigned, presentAtSigning, negotiatedBy };
}

const NO_FINDINGS: readonly never[] = [];

/** The performer's nudity rider per scene: a draft of the version in force, saved as the next version. */
export function RiderForm({ performerId, scenes, rec }: { readonly performerId: string; readonly scenes: readonly Scene[]; readonly rec: Recording }) {
  const [sceneId, setSceneId] = useState<string | null>(scenes[0]?.id ?? null);
  const current = useRider(performerId, sceneId);
  const [draft, setDraft] = useState<RiderFields>(() => fieldsOf(current));
  useEffect(() => setDraft(fieldsOf(current)), [current]);
  const findings = useDocumentStore((s) => (sceneId ? (s.findings[sceneId] ?? NO_FINDINGS) : NO_FINDINGS));
  const mine = useMemo(() => findings.filter((f) => f.subject?.kind === 'performer' && f.subject.id === performerId), [findings, performerId]);
  const parsed = RiderFields.safeParse(draft);
  const error = parsed.success ? null : (parsed.error.issues[0]?.message ?? 'Check the rider’s fields');
  const changed = JSON.stringify(draft) !== JSON.stringify(fieldsOf(current));
  const next = (current?.version ?? 0) + 1;
  if (scenes.length === 0) {
    return (
      <section className="consent-card">
        <h3 className="consent-card__title">Nudity rider</h3>
        <p className="muted small">Riders are kept per scene. Add this performer to a scene first.</p>
      </section>
    );
  }
  const set = <K extends keyof RiderFields>(k: K, v: RiderFields[K]) => setDraft((d) => ({ ...d, [k]: v }));
  const toggleType = (t: NudityType, on: boolean) => set('nudityTypes', NUDITY_TYPES.filter((x) => (x === t ? on : draft.nudityTypes.includes(x))));
  const save = () => {
    if (!sceneId || !parsed.success) return;
    void runCommand({ type: 'rider.save', performerId, sceneId, fields: parsed.data, occasion: rec.occasion, recordedBy: rec.recordedBy });
  };
  return (
    <section className="consent-card rider" aria-labelledby="rider-title">
      <div className="consent-card__head">
        <h3 id="rider-title" className="consent-card__title">
          Nudity rider
        </h3>
        <label className="rider__scene">
          <span className="visually-hidden">Rider for scene</span>
          <select className="input input--select input--compact" aria-label="Rider for scene" value={sceneId ?? ''} onChange={(e) => setSceneId(e.target.value)}>
            {scenes.map((s) => (
              <option key={s.id} value={s.id}>
                Scene {s.number}
                {s.title ? ` · ${s.title}` : ''}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="rider__status" data-testid="rider-status">
        {current ? (
          <>
            <strong>Version {current.version} in force</strong> · saved {formatWhen(current.recordedAt)} by {current.recordedBy || '—'} · {current.dateSigned ? `signed ${formatDay(current.dateSigned)}` : 'not signed yet'}
          </>
        ) : (
          <strong>No rider recorded for this scene yet</strong>
        )}
        <span className="rider__ref">A reference to the rider, not the contract.</span>
      </p>
      {mine.length ? (
        <ul className="rider__findings" aria-label="Checks on this performer in this scene">
          {mine.map((f, i) => (
            <li key={`${f.code}:${i}`} className={`rider__finding rider__finding--${f.severity}`}>
              {f.message}
            </li>
          ))}
        </ul>
      ) : null}
      {sceneId ? <RiderPdfs performerId={performerId} sceneId={sceneId} current={current} recordedBy={rec.recordedBy} /> : null}
      <fieldset className="pick-group">
        <legend className="field__label">Nudity types agreed</legend>
        <div className="rider__types">
          {NUDITY_TYPES.map((t) => (
            <label key={t} className="check">
              <input type="checkbox" className="check__box" checked={draft.nudityTypes.includes(t)} onChange={(e) => toggleType(t, e.target.checked)} />
              <span className="check__label">{NUDITY_TYPE_LABELS[t].charAt(0).toUpperCase() + NUDITY_TYPE_LABELS[t].slice(1)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="rider__grid">
        <Area label="Simulated acts (one per line)" value={draft.simulatedActs} onChange={(v) => set('simulatedActs', v)} placeholder="Clinical wording, one act per line" />
        <Area label="Scene description in the rider" value={draft.description} onChange={(v) => set('description', v)} placeholder="How the scene will look in the final picture; script pages" />
        <Area label="Footage and stills limits" value={draft.footageLimits} onChange={(v) => set('footageLimits', v)} placeholder="e.g. not in trailers or promotion" />
        <fieldset className="pick-group rider__double">
          <legend className="field__label">Body double</legend>
          <label className="check">
            <input type="checkbox" className="check__box" checked={draft.bodyDouble.allowed} onChange={(e) => set('bodyDouble', { ...draft.bodyDouble, allowed: e.target.checked })} />
            <span className="check__label">Body double allowed</span>
          </label>
          <label className="field">
            <span className="field__label">Who doubles</span>
            <input className="input" value={draft.bodyDouble.who} disabled={!draft.bodyDouble.allowed} onChange={(e) => set('bodyDouble', { ...draft.bodyDouble, who: e.target.value })} />
          </label>
          <label className="check">
            <input type="checkbox" className="check__box" checked={draft.bodyDouble.approvedByPerformer} disabled={!draft.bodyDouble.allowed} onChange={(e) => set('bodyDouble', { ...draft.bodyDouble, approvedByPerformer: e.target.checked })} />
            <span className="check__label">Approved by the performer</span>
          </label>
          <label className="field">
            <span className="field__label">Double is</span>
            <select className="input input--select" value={draft.bodyDouble.form} disabled={!draft.bodyDouble.allowed} onChange={(e) => set('bodyDouble', { ...draft.bodyDouble, form: e.target.value as 'real' | 'digital' })}>
              <option value="real">A real person</option>
              <option value="digital">Digital</option>
            </select>
          </label>
        </fieldset>
      </div>
      <div className="rider__grid rider__grid--4">
        <Line label="Date presented" type="date" value={draft.datePresented ?? ''} onChange={(v) => set('datePresented', v || null)} />
        <Line label="Date signed" type="date" value={draft.dateSigned ?? ''} onChange={(v) => set('dateSigned', v || null)} />
        <Line label="Present at signing" value={draft.presentAtSigning} onChange={(v) => set('presentAtSigning', v)} />
        <Line label="Negotiated by" value={draft.negotiatedBy} onChange={(v) => set('negotiatedBy', v)} />
      </div>
      <div className="rider__foot">
        {error ? (
          <p className="field__error" role="alert">
            {error}
          </p>
        ) : (
          <span className="muted small">{changed ? 'Unsaved changes. Earlier versions stay in the history.' : 'Change a field to save a new version.'}</span>
        )}
        <button type="button" className="btn btn--primary" disabled={!changed || !!error} onClick={save}>
          Save as version {next}
        </button>
      </div>
    </section>
  );
}

function Area({ label, value, onChange, placeholder }: { readonly label: string; readonly value: string; readonly onChange: (v: string) => void; readonly placeholder?: string }) {
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      <textarea className="input input--area" rows={3} value={value} placeholder={placeholder} onChange={(e) => onChange(e.target.value)} />
    </label>
  );
}

function Line({ label, value, onChange, type = 'text' }: { readonly label: string; readonly value: string; readonly onChange: (v: string) => void; readonly type?: string }) {
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      <input className="input" type={type} value={value} onChange={(e) => onChange(e.target.value)} />
    </label>
  );
}
