import { useState } from 'react';
import type { Performer } from '../../../../shared/domain/people';
import { ConsentView } from './consent/ConsentView';
import { PerformerEditor } from './PerformerEditor';

type Tab = 'details' | 'consent';
const TABS: readonly { readonly id: Tab; readonly label: string }[] = [
  { id: 'details', label: 'Details' },
  { id: 'consent', label: 'Consent' },
];

/** A performer: their details, and beside them (a tab) their own consent, rider and history. */
export function PerformerPanel({ performer, focusName = false }: { readonly performer: Performer; readonly focusName?: boolean }) {
  const [tab, setTab] = useState<Tab>('details');
  const move = (dir: 1 | -1) => {
    const i = TABS.findIndex((t) => t.id === tab);
    const next = TABS[(i + dir + TABS.length) % TABS.length]!;
    setTab(next.id);
    document.getElementById(`performer-tab-${next.id}`)?.focus();
  };
  return (
    <div className={`performer-panel performer-panel--${tab}`}>
      <div className="performer-tabs" role="tablist" aria-label={`${performer.name}`}>
        {TABS.map((t) => (
          <button
            key={t.id}
            id={`performer-tab-${t.id}`}
            type="button"
            role="tab"
            className="performer-tabs__tab"
            aria-selected={tab === t.id}
            aria-controls={`performer-tabpanel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            onClick={() => setTab(t.id)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
                e.preventDefault();
                move(e.key === 'ArrowRight' ? 1 : -1);
              }
            }}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div id={`performer-tabpanel-${tab}`} role="tabpanel" aria-labelledby={`performer-tab-${tab}`}>
        {tab === 'details' ? <PerformerEditor performer={performer} focusName={focusName} /> : <ConsentView performer={performer} />}
      </div>
    </div>
  );
}
