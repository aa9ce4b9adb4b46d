import { useState } from 'react';
import { BODY_REGION_IDS as REGION_ORDER } from '../../../../../shared/domain/bodyRegions';
import { CONSENT_CHANNELS, CONSENT_CHANNEL_LABELS, CONSENT_OCCASION_LABELS, CONSENT_VALUE_LABELS, type BoundaryEntry, type RiderVersion } from '../../../../../shared/domain/consent';
import { useDocumentStore } from '../../../store/documentStore';
import { formatDay, formatWhen, regionTitle, useConsentHistory } from './consentState';

type Item = { readonly kind: 'boundaries'; readonly entries: readonly BoundaryEntry[] } | { readonly kind: 'rider'; readonly rider: RiderVersion };
const SHOWN = 6;

// Main stamps each entry of one action as it writes it (an undo of many entries spans a few milliseconds).
const sameMoment = (a: string, b: string) => a === b || Math.abs(Date.parse(a) - Date.parse(b)) <= 2000;

/** Entries recorded by one action (one boundary.set, a withdrawal, an undo) read as one event: same time, occasion, person and scope. */
function grouped(history: readonly (BoundaryEntry | RiderVersion)[]): Item[] {
  const out: Item[] = [];
  for (const e of history) {
    if (e.kind === 'rider') {
      out.push({ kind: 'rider', rider: e });
      continue;
    }
    const last = out[out.length - 1];
    const head = last?.kind === 'boundaries' ? last.entries[0]! : null;
    if (last?.kind === 'boundaries' && head && sameMoment(head.recordedAt, e.recordedAt) && head.occasion === e.occasion && head.recordedBy === e.recordedBy && head.sceneId === e.sceneId)
      out[out.length - 1] = { kind: 'boundaries', entries: [...last.entries, e] };
    else out.push({ kind: 'boundaries', entries: [e] });
  }
  return out;
}

/** The performer's consent history, newest first. Append-only: nothing here is ever edited or removed. */
export function ConsentHistory({ performerId }: { readonly performerId: string }) {
  const history = useConsentHistory(performerId);
  const scenes = useDocumentStore((s) => s.scenes);
  const items = grouped(history);
  const sceneName = (id: string | null) => (id ? `Scene ${scenes[id]?.number ?? '?'} only` : 'All scenes');
  return (
    <section className="consent-card" aria-labelledby="consent-history-title">
      <div className="consent-card__head">
        <h3 id="consent-history-title" className="consent-card__title">
          History <span className="section-label__count">{history.length} {history.length === 1 ? 'entry' : 'entries'}</span>
        </h3>
        <span className="muted small">Newest first · entries are only ever added</span>
      </div>
      {items.length === 0 ? <p className="muted small">Nothing recorded yet.</p> : null}
      <ol className="history" aria-label="Consent history">
        {items.map((item) =>
          item.kind === 'rider' ? (
            <li key={item.rider.id} className="history__item history__item--rider">
              <div className="history__meta">
                <time dateTime={item.rider.recordedAt}>{formatWhen(item.rider.recordedAt)}</time>
                <span>{CONSENT_OCCASION_LABELS[item.rider.occasion]}</span>
                <span>recorded by {item.rider.recordedBy || '—'}</span>
              </div>
              <p className="history__what">
                Rider for scene {scenes[item.rider.sceneId]?.number ?? '?'} · version {item.rider.version} saved
                <span className="muted"> — presented {formatDay(item.rider.datePresented)}, signed {item.rider.dateSigned ? formatDay(item.rider.dateSigned) : 'not yet'}</span>
              </p>
            </li>
          ) : (
            <BoundaryItem key={item.entries[0]!.id} entries={item.entries} scope={sceneName(item.entries[0]!.sceneId)} />
          ),
        )}
      </ol>
    </section>
  );
}

function BoundaryItem({ entries, scope }: { readonly entries: readonly BoundaryEntry[]; readonly scope: string }) {
  const [open, setOpen] = useState(false);
  const head = entries[0]!;
  const ordered = [...entries].sort((a, b) => REGION_ORDER.indexOf(a.region) - REGION_ORDER.indexOf(b.region) || CONSENT_CHANNELS.indexOf(a.channel) - CONSENT_CHANNELS.indexOf(b.channel));
  const shown = open ? ordered : ordered.slice(0, SHOWN);
  const withdrawal = head.occasion === 'onSetWithdrawal';
  // One note for the whole action, or (an undo restoring several notes) a note per change.
  const oneNote = entries.every((e) => e.note === head.note);
  return (
    <li className={`history__item${withdrawal ? ' history__item--withdrawal' : ''}${head.occasion === 'undo' ? ' history__item--undo' : ''}`}>
      <div className="history__meta">
        <time dateTime={head.recordedAt}>{formatWhen(head.recordedAt)}</time>
        <span>{CONSENT_OCCASION_LABELS[head.occasion]}</span>
        <span>{scope}</span>
        <span>recorded by {head.recordedBy || '—'}</span>
      </div>
      <ul className="history__changes">
        {shown.map((e) => (
          <li key={e.id}>
            {regionTitle(e.region)} · {CONSENT_CHANNEL_LABELS[e.channel].toLowerCase()}: {CONSENT_VALUE_LABELS[e.previousValue]} → <strong>{CONSENT_VALUE_LABELS[e.value]}</strong>
            {!oneNote && e.note ? <span className="history__inline-note"> — “{e.note}”</span> : null}
          </li>
        ))}
      </ul>
      {entries.length > SHOWN ? (
        <button type="button" className="link-btn small" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
          {open ? 'Show fewer' : `Show ${entries.length - SHOWN} more`}
        </button>
      ) : null}
      {oneNote && head.note ? <p className="history__note">“{head.note}”</p> : null}
    </li>
  );
}
