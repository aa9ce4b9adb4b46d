import { useEffect, useState } from 'react';
import type { RecentFile } from '../../../../shared/ipc/contract';
import { invoke } from '../../api/client';
import { Icon } from '../../components/Icon';
import { createDocument, openDocument } from '../../store/actions';
import { ThemeToggle } from '../layout/ThemeToggle';

/** Shown when no production is open: start a new one, open a file, or pick a recent one. */
export function WelcomeScreen() {
  const [recent, setRecent] = useState<readonly RecentFile[] | null>(null);
  useEffect(() => {
    invoke('recent:list', {}).then(setRecent, () => setRecent([]));
  }, []);

  return (
    <main className="welcome">
      <div className="welcome__corner">
        <ThemeToggle />
      </div>
      <div className="welcome__card">
        <div className="welcome__brand">
          <span className="brand-mark" aria-hidden="true">
            <Icon name="shield" size={22} />
          </span>
          <div>
            <h1 className="welcome__title">Closed Set</h1>
            <p className="welcome__tagline">Scene breakdown, beats and 3D blocking for intimate scenes.</p>
          </div>
        </div>
        <div className="welcome__actions">
          <button type="button" className="btn btn--primary btn--lg" onClick={() => void createDocument()}>
            <Icon name="plus" /> New production…
          </button>
          <button type="button" className="btn btn--lg" onClick={() => void openDocument()}>
            <Icon name="folder" /> Open…
          </button>
        </div>
        <section className="welcome__recent" aria-labelledby="recent-heading">
          <h2 id="recent-heading" className="section-label">
            Recent productions
          </h2>
          {recent === null ? (
            <p className="muted">Loading…</p>
          ) : recent.length === 0 ? (
            <p className="muted">Productions you open appear here.</p>
          ) : (
            <ul className="recent-list" aria-label="Recent productions">
              {recent.map((r) => (
                <li key={r.path}>
                  <button
                    type="button"
                    className="recent-item"
                    disabled={!r.exists}
                    onClick={() => void openDocument(r.path)}
                    title={r.exists ? r.path : `${r.path} — the file is no longer there`}
                  >
                    <Icon name="file" />
                    <span className="recent-item__title">{r.title || 'Untitled production'}</span>
                    <span className="recent-item__path">{r.exists ? r.path : 'File moved or deleted'}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
        <p className="welcome__privacy">
          <Icon name="shield" size={14} /> Everything stays on this computer. Closed Set makes no network connections.
        </p>
      </div>
    </main>
  );
}
