import { useMemo, useState } from 'react';
import { GARMENT_CATALOGUE } from '../../../../shared/body/garmentCatalogue';
import { nudityState, uncoveredRegions } from '../../../../shared/body/nudity';
import type { Placement } from '../../../../shared/domain/blocking';
import { BODY_REGIONS, type BodyRegionId } from '../../../../shared/domain/bodyRegions';
import { usePendingValue } from '../../hooks/usePendingValue';
import type { Performer } from '../../../../shared/domain/people';
import { FITTING_STATUSES, FITTING_STATUS_LABELS, GARMENT_TYPES, type FittingStatus, type GarmentType } from '../../../../shared/domain/wardrobe';
import { fittingOf } from '../../../../shared/records/query';
import { useDocumentStore } from '../../store/documentStore';
import { useGarmentsOfBeat } from '../selectors';
import { dressPerformer, removeGarment, setCostumeOff, setFitting } from '../wardrobeActions';
import { capitalise, checklistRows, nudityLine, REGION_GROUPS, regionsInWords } from '../wardrobeWords';
import { ChoiceSelect } from './ChoiceSelect';
import { PanelSection } from './PanelSection';
import { StageIcon } from './StageIcon';

/** One region of the costume checklist; shows the new state at once while its command is on the way. */
function BareCheckbox({ region, bare, placementId, caption }: { readonly region: BodyRegionId; readonly bare: boolean; readonly placementId: string; readonly caption?: string }) {
  const [shown, commit] = usePendingValue(bare);
  return (
    <label className="wardrobe-bare__box" title={capitalise(BODY_REGIONS[region].label)}>
      <input type="checkbox" aria-label={capitalise(BODY_REGIONS[region].label)} checked={shown} onChange={(e) => commit(e.target.checked, (next) => setCostumeOff(placementId, region, next))} />
      {caption ? <span aria-hidden="true">{caption}</span> : null}
    </label>
  );
}

/** "Wardrobe in this beat" for one performer: what the costume leaves bare, modesty garments and their fitting, the nudity that results. */
export function WardrobeSection({ performer, placement, beatId }: { readonly performer: Performer; readonly placement: Placement; readonly beatId: string }) {
  const all = useGarmentsOfBeat(beatId);
  const garments = useMemo(() => all.filter((g) => g.performerId === performer.id), [all, performer.id]);
  const fittings = useDocumentStore((s) => s.garmentFittings);
  const [garmentType, setGarmentType] = useState<GarmentType | ''>('');
  const who = performer.character || performer.name;
  const worn = garments.map((g) => g.type);
  const uncovered = uncoveredRegions(placement.costumeOff, worn);
  const state = nudityState(uncovered);
  const bare = new Set(placement.costumeOff);
  const available = GARMENT_TYPES.filter((t) => !worn.includes(t));

  return (
    <PanelSection title="Wardrobe in this beat">
      <p className={`wardrobe-nudity${uncovered.length ? ' wardrobe-nudity--bare' : ''}`} data-testid="nudity-state" aria-live="polite">
        {nudityLine(uncovered, state)}
      </p>

      <details className="wardrobe-bare">
        <summary>
          <span className="wardrobe-bare__title">Costume leaves bare</span>
          <span className="wardrobe-bare__summary muted" title={placement.costumeOff.length ? regionsInWords(placement.costumeOff) : undefined}>
            {placement.costumeOff.length ? regionsInWords(placement.costumeOff) : 'nothing'}
          </span>
        </summary>
        <div className="wardrobe-bare__groups">
          {REGION_GROUPS.map((g) => (
            <fieldset key={g.label} className="wardrobe-bare__group">
              <legend>{g.label}</legend>
              {checklistRows(g.regions).map((r) => (
                <div key={r.label} className={`wardrobe-bare__row${r.intimate ? ' wardrobe-bare__row--intimate' : ''}`}>
                  <span className="wardrobe-bare__name" title={r.label}>
                    {r.label}
                  </span>
                  {r.right ? (
                    <>
                      <BareCheckbox region={r.left} bare={bare.has(r.left)} placementId={placement.id} caption="L" />
                      <BareCheckbox region={r.right} bare={bare.has(r.right)} placementId={placement.id} caption="R" />
                    </>
                  ) : (
                    <BareCheckbox region={r.left} bare={bare.has(r.left)} placementId={placement.id} />
                  )}
                </div>
              ))}
            </fieldset>
          ))}
        </div>
      </details>

      <div className="stage-field">
        <span className="stage-field__label">Modesty garments</span>
        {garments.length === 0 ? <p className="stage-panel__empty">None worn in this beat.</p> : null}
        <ul className="wardrobe-garments" aria-label={`Garments ${who} wears in this beat`}>
          {garments.map((g) => {
            const spec = GARMENT_CATALOGUE[g.type];
            const fitting = fittingOf({ garmentFittings: fittings }, performer.id, g.type);
            const status: FittingStatus = fitting?.status ?? 'notFitted';
            return (
              <li key={g.id} className="wardrobe-garment">
                <div className="wardrobe-garment__head" title={spec.covers.length ? `Covers ${regionsInWords(spec.covers)}` : 'Covers no region on camera by itself'}>
                  <span className="stage-dot" style={{ background: spec.color }} />
                  <span className="wardrobe-garment__label">{capitalise(spec.label)}</span>
                  <button type="button" className="wardrobe-garment__remove" aria-label={`Remove ${spec.label} from ${who}`} title="Remove from this beat" onClick={() => void removeGarment(g.id)}>
                    <StageIcon name="close" size={12} />
                  </button>
                </div>
                <label className="wardrobe-garment__fitting">
                  <ChoiceSelect
                    label={`Fitting of ${spec.label}`}
                    className={`wardrobe-fitting--${status}`}
                    title="Fitting and approval by the performer (every beat)"
                    value={status}
                    options={FITTING_STATUSES}
                    labels={FITTING_STATUS_LABELS}
                    onChange={(next) => void setFitting(performer.id, g.type, next)}
                  />
                </label>
              </li>
            );
          })}
        </ul>
        <form
          className="stage-inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!garmentType) return;
            void dressPerformer(beatId, performer.id, garmentType);
            setGarmentType('');
          }}
        >
          <select className="stage-input" aria-label={`Dress ${who} in`} value={garmentType} onChange={(e) => setGarmentType(e.target.value as GarmentType | '')}>
            <option value="">Dress in…</option>
            {available.map((t) => (
              <option key={t} value={t}>
                {capitalise(GARMENT_CATALOGUE[t].label)}
              </option>
            ))}
          </select>
          <button type="submit" className="stage-btn" disabled={!garmentType}>
            Dress
          </button>
        </form>
      </div>
    </PanelSection>
  );
}
