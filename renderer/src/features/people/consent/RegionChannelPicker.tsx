import { BODY_REGION_IDS, BODY_REGIONS, type BodyRegionId } from '../../../../../shared/domain/bodyRegions';
import { CONSENT_CHANNEL_LABELS, CONSENT_CHANNELS, type ConsentChannel } from '../../../../../shared/domain/consent';
import { regionTitle } from './consentState';

export function ChannelChecks({ value, onChange }: { readonly value: readonly ConsentChannel[]; readonly onChange: (v: ConsentChannel[]) => void }) {
  return (
    <fieldset className="pick-group">
      <legend className="field__label">Channels</legend>
      <div className="pick-group__row">
        {CONSENT_CHANNELS.map((c) => (
          <label key={c} className="check">
            <input type="checkbox" className="check__box" checked={value.includes(c)} onChange={(e) => onChange(e.target.checked ? CONSENT_CHANNELS.filter((x) => x === c || value.includes(x)) : value.filter((x) => x !== c))} />
            <span className="check__label">{CONSENT_CHANNEL_LABELS[c]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** A checkbox per body region, in the order of the region table, intimate regions marked. */
export function RegionChecks({ value, onChange, legend }: { readonly value: readonly BodyRegionId[]; readonly onChange: (v: BodyRegionId[]) => void; readonly legend: string }) {
  const set = new Set(value);
  return (
    <fieldset className="pick-group">
      <legend className="field__label">{legend}</legend>
      <div className="pick-group__regions">
        {BODY_REGION_IDS.map((r) => (
          <label key={r} className="check">
            <input
              type="checkbox"
              className="check__box"
              checked={set.has(r)}
              onChange={(e) => onChange(e.target.checked ? BODY_REGION_IDS.filter((x) => x === r || set.has(x)) : value.filter((x) => x !== r))}
            />
            <span className="check__label">
              {regionTitle(r)}
              {BODY_REGIONS[r].intimate ? <span className="boundary-table__intimate">intimate</span> : null}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
