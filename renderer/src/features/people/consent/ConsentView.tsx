import { useMemo, useState } from 'react';
import { BODY_REGION_IDS, BODY_REGIONS } from '../../../../../shared/domain/bodyRegions';
import { CONSENT_CHANNELS, CONSENT_OCCASION_LABELS, CONSENT_OCCASIONS, type ConsentOccasion } from '../../../../../shared/domain/consent';
import type { Performer } from '../../../../../shared/domain/people';
import { Icon } from '../../../components/Icon';
import { useCrewList, useScenes } from '../../../store/selectors';
import { BodyMapCard } from './BodyMapCard';
import { BoundaryTable } from './BoundaryTable';
import { ConsentHistory } from './ConsentHistory';
import { recordBoundaries, useConsentMap, type Recording } from './consentState';
import { FillDialog } from './FillDialog';
import { RiderForm } from './RiderForm';
import { SceneScopeSelect } from './SceneScopeSelect';
import { WithdrawDialog } from './WithdrawDialog';
import { TruncatedText } from '../../../components/TruncatedText';

// What a coordinator chooses to record with: the undo occasion is the app's own, never picked by hand.
const PICKABLE_OCCASIONS = CONSENT_OCCASIONS.filter((o): o is Exclude<ConsentOccasion, 'undo'> => o !== 'undo');

/**
 * One performer's consent: their boundary map, the table of every region and channel, their rider per
 * scene and the history. Only this performer's data is ever shown here — never beside anyone else's.
 */
export function ConsentView({ performer }: { readonly performer: Performer }) {
  const allScenes = useScenes();
  const scenes = useMemo(() => allScenes.filter((s) => s.performerIds.includes(performer.id)), [allScenes, performer.id]);
  const crew = useCrewList();
  const coordinator = crew.find((c) => c.role === 'coordinator')?.name ?? '';
  const [sceneId, setSceneId] = useState<string | null>(null);
  const [occasion, setOccasion] = useState<ConsentOccasion>('oneOnOne');
  const [recordedBy, setRecordedBy] = useState(coordinator);
  const [dialog, setDialog] = useState<'withdraw' | 'fill' | null>(null);
  const map = useConsentMap(performer.id, sceneId);
  const rec: Recording = { performerId: performer.id, sceneId, occasion, recordedBy: recordedBy.trim() || coordinator };
  const intimate = BODY_REGION_IDS.filter((r) => BODY_REGIONS[r].intimate);
  const scope = sceneId ? `scene ${scenes.find((s) => s.id === sceneId)?.number ?? ''} only` : 'all scenes';

  return (
    <div className="consent" aria-label={`Consent of ${performer.name}`} role="region">
      <header className="consent__head">
        <span className="person-editor__swatch" style={{ background: performer.color }} aria-hidden="true" />
        <div className="person-editor__names">
          <h2 className="person-editor__title">
            <TruncatedText text={performer.name} />
          </h2>
          <TruncatedText className="muted small" text={`Consent, rider and history${performer.character ? ` · plays ${performer.character}` : ''}`} />
        </div>
      </header>
      <div className="consent__privacy notice notice--muted">
        <Icon name="shield" size={14} />
        <span className="wrap-anywhere">
          Private to <bdi>{performer.name}</bdi>. Their boundaries, notes and rider are shown only here — never beside another performer’s.
        </span>
      </div>

      <div className="consent-bar" role="group" aria-label="Recording">
        <SceneScopeSelect label="Applies to" scenes={scenes} value={sceneId} onChange={setSceneId} allLabel="All scenes (standing)" />
        <label className="field">
          <span className="field__label">Occasion</span>
          <select className="input input--select" aria-label="Occasion" value={occasion} onChange={(e) => setOccasion(e.target.value as ConsentOccasion)}>
            {PICKABLE_OCCASIONS.map((o) => (
              <option key={o} value={o}>
                {CONSENT_OCCASION_LABELS[o]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">Recorded by</span>
          <input className="input" aria-label="Recorded by" value={recordedBy} onChange={(e) => setRecordedBy(e.target.value)} placeholder="The coordinator’s name" />
        </label>
        <div className="consent-bar__withdraw">
          <button type="button" className="btn btn--danger" onClick={() => setDialog('withdraw')}>
            Withdraw consent…
          </button>
        </div>
      </div>
      <p className="consent__scope muted small">
        Changes are recorded for <strong>{scope}</strong> as “{CONSENT_OCCASION_LABELS[occasion]}”, each with the date and time. Nothing is overwritten: every change adds an entry to the history.
      </p>

      <BodyMapCard map={map} rec={rec} performerName={performer.name} />

      <section className="consent-card" aria-labelledby="boundary-table-title">
        <div className="consent-card__head">
          <h3 id="boundary-table-title" className="consent-card__title">
            Every region
          </h3>
          <div className="consent-card__actions">
            <button
              type="button"
              className="btn btn--sm"
              onClick={() => void recordBoundaries(rec, intimate.flatMap((region) => CONSENT_CHANNELS.map((channel) => ({ region, channel, value: 'notAgreed' as const }))))}
            >
              Set all intimate regions to Not agreed
            </button>
            <button type="button" className="btn btn--sm" onClick={() => setDialog('fill')}>
              Fill from a one-on-one…
            </button>
          </div>
        </div>
        <BoundaryTable map={map} rec={rec} />
      </section>

      <RiderForm performerId={performer.id} scenes={scenes} rec={rec} />
      <ConsentHistory performerId={performer.id} />

      {dialog === 'withdraw' ? <WithdrawDialog performer={performer} scenes={scenes} recordedBy={rec.recordedBy} onClose={() => setDialog(null)} /> : null}
      {dialog === 'fill' ? <FillDialog map={map} rec={rec} onClose={() => setDialog(null)} /> : null}
    </div>
  );
}
