import { useState } from 'react';
import { BODY_REGION_IDS, BODY_REGIONS, type BodyRegionId } from '../../../../../shared/domain/bodyRegions';
import { CONSENT_CHANNELS, CONSENT_VALUE_LABELS, type ConsentChannel } from '../../../../../shared/domain/consent';
import { Dialog } from '../../../components/Dialog';
import { recordBoundaries, SETTABLE_VALUES, type ConsentMap, type Recording, type SettableValue } from './consentState';
import { ChannelChecks, RegionChecks } from './RegionChannelPicker';

/** Record what a one-on-one settled for many regions at once: one `boundary.set` with every entry. */
export function FillDialog({ map, rec, onClose }: { readonly map: ConsentMap; readonly rec: Recording; readonly onClose: () => void }) {
  const [value, setValue] = useState<SettableValue>('agreed');
  const [channels, setChannels] = useState<ConsentChannel[]>([...CONSENT_CHANNELS]);
  const [regions, setRegions] = useState<BodyRegionId[]>([]);
  const [note, setNote] = useState('');
  const unrecorded = BODY_REGION_IDS.filter((r) => CONSENT_CHANNELS.some((c) => map[r][c].value === 'unrecorded'));
  const count = regions.length * channels.length;
  const submit = async () => {
    const entries = regions.flatMap((region) => channels.map((channel) => ({ region, channel, value, ...(note.trim() ? { note: note.trim() } : {}) })));
    if (await recordBoundaries({ ...rec, occasion: 'oneOnOne' }, entries)) onClose();
  };
  return (
    <Dialog
      title="Fill from a one-on-one"
      open
      onClose={onClose}
      className="dialog--wide"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="btn btn--primary" disabled={count === 0 || count > 200} onClick={() => void submit()}>
            Record {count} {count === 1 ? 'entry' : 'entries'}
          </button>
        </>
      }
    >
      <div className="consent-dialog">
        <p className="muted small">Choose what the performer said for a group of regions. Each region and channel gets its own dated entry, recorded as from a one-on-one meeting.</p>
        <fieldset className="pick-group">
          <legend className="field__label">Value</legend>
          <div className="pick-group__row">
            {SETTABLE_VALUES.map((v) => (
              <label key={v} className="check">
                <input type="radio" name="fill-value" className="check__box" checked={value === v} onChange={() => setValue(v)} />
                <span className="check__label">
                  <span className={`value-swatch value-swatch--${v}`} aria-hidden="true" /> {CONSENT_VALUE_LABELS[v]}
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <ChannelChecks value={channels} onChange={setChannels} />
        <div className="pick-group__row">
          <button type="button" className="btn btn--sm" onClick={() => setRegions(unrecorded)}>
            Choose the regions not yet recorded
          </button>
          <button type="button" className="btn btn--sm" onClick={() => setRegions(BODY_REGION_IDS.filter((r) => BODY_REGIONS[r].intimate))}>
            Choose the intimate regions
          </button>
          <button type="button" className="btn btn--sm" onClick={() => setRegions([])}>
            Clear
          </button>
        </div>
        <RegionChecks legend="Regions" value={regions} onChange={setRegions} />
        <label className="field">
          <span className="field__label">Note for these entries</span>
          <textarea className="input input--area" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
      </div>
    </Dialog>
  );
}
