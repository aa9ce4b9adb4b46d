import { BODY_REGION_IDS, BODY_REGIONS } from '../../../../../shared/domain/bodyRegions';
import { CONSENT_CHANNEL_LABELS, CONSENT_CHANNELS, CONSENT_VALUE_LABELS } from '../../../../../shared/domain/consent';
import { recordBoundaries, regionTitle, SETTABLE_VALUES, type ConsentMap, type Recording, type SettableValue } from './consentState';

/**
 * Every region × channel as a table of selects: the keyboard way to record a whole map (and what a
 * screen reader reads). Each change is one `boundary.set`.
 */
export function BoundaryTable({ map, rec }: { readonly map: ConsentMap; readonly rec: Recording }) {
  return (
    <div className="boundary-table__wrap">
      <table className="boundary-table" aria-label="Boundaries by region">
        <thead>
          <tr>
            <th scope="col">Region</th>
            {CONSENT_CHANNELS.map((c) => (
              <th key={c} scope="col">
                {CONSENT_CHANNEL_LABELS[c]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {BODY_REGION_IDS.map((region) => {
            const title = regionTitle(region);
            return (
              <tr key={region}>
                <th scope="row">
                  {title}
                  {BODY_REGIONS[region].intimate ? <span className="boundary-table__intimate">intimate</span> : null}
                </th>
                {CONSENT_CHANNELS.map((channel) => {
                  const state = map[region][channel];
                  return (
                    <td key={channel} className={`boundary-table__cell boundary-table__cell--${state.value}`}>
                      <span className={`value-swatch value-swatch--${state.value}`} aria-hidden="true" />
                      <select
                        className="input input--select input--compact"
                        aria-label={`${title} · ${CONSENT_CHANNEL_LABELS[channel]}`}
                        value={state.value}
                        title={state.note || undefined}
                        onChange={(e) => void recordBoundaries(rec, [{ region, channel, value: e.target.value as SettableValue }])}
                      >
                        {state.value === 'unrecorded' ? (
                          <option value="unrecorded" disabled>
                            {CONSENT_VALUE_LABELS.unrecorded}
                          </option>
                        ) : null}
                        {SETTABLE_VALUES.map((v) => (
                          <option key={v} value={v}>
                            {CONSENT_VALUE_LABELS[v]}
                          </option>
                        ))}
                      </select>
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
