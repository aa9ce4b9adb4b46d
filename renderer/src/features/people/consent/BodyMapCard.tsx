import { useEffect, useId, useMemo, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { BODY_REGION_IDS, type BodyRegionId } from '../../../../../shared/domain/bodyRegions';
import { CONSENT_CHANNEL_LABELS, CONSENT_CHANNELS, CONSENT_VALUES, type ConsentChannel, type ConsentValue } from '../../../../../shared/domain/consent';
import { bodyMapSvg } from '../../../../../shared/diagrams/bodyMap';
import { recordBoundaries, regionTitle, type ConsentMap, type Recording } from './consentState';
import { ValueSegments, ValueTag } from './ValueSegments';

/**
 * The front/back body map for one channel at a time, drawn by shared/diagrams/bodyMap.ts (the sheet draws
 * the same). A click (or Enter on a focused region) selects it; its three channels are then set beside
 * the map, each change one `boundary.set`.
 */
export function BodyMapCard({ map, rec, performerName }: { readonly map: ConsentMap; readonly rec: Recording; readonly performerName: string }) {
  const [channel, setChannel] = useState<ConsentChannel>('receive');
  const [selected, setSelected] = useState<BodyRegionId | null>(null);
  const prefix = useId().replace(/[^a-zA-Z0-9]/g, '');
  const values = useMemo(() => Object.fromEntries(BODY_REGION_IDS.map((r) => [r, map[r][channel].value])) as Record<BodyRegionId, ConsentValue>, [map, channel]);
  const svg = useMemo(
    () => bodyMapSvg({ values, selected, interactive: true, idPrefix: `${prefix}-`, channelLabel: CONSENT_CHANNEL_LABELS[channel], title: `Body map of ${performerName}: ${CONSENT_CHANNEL_LABELS[channel].toLowerCase()}` }),
    [values, selected, prefix, channel, performerName],
  );
  const pick = (e: MouseEvent | KeyboardEvent) => {
    const el = (e.target as Element).closest('[data-region]');
    const id = el?.getAttribute('data-region') as BodyRegionId | null;
    if (id) setSelected(id);
  };
  return (
    <section className="consent-card body-map" aria-labelledby={`${prefix}-title`}>
      <div className="consent-card__head">
        <h3 id={`${prefix}-title`} className="consent-card__title">
          Body map
        </h3>
        <div className="seg seg--channel" role="radiogroup" aria-label="Channel shown on the map">
          {CONSENT_CHANNELS.map((c) => (
            <button key={c} type="button" role="radio" aria-checked={channel === c} className="seg__btn" onClick={() => setChannel(c)}>
              {CONSENT_CHANNEL_LABELS[c]}
            </button>
          ))}
        </div>
      </div>
      <div className="body-map__layout">
        <div
          className="body-map__figure"
          onClick={pick}
          onKeyDown={(e) => {
            if (e.key === 'Enter' || e.key === ' ') {
              e.preventDefault();
              pick(e);
            } else if (['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp'].includes(e.key)) {
              // One tab stop for the map; arrows walk the regions (front, then back).
              const all = [...e.currentTarget.querySelectorAll<SVGElement>('[data-region]')];
              const i = all.indexOf(e.target as SVGElement);
              if (i < 0) return;
              e.preventDefault();
              const step = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : -1;
              all[(i + step + all.length) % all.length]?.focus();
            }
          }}
          // The SVG is built by a pure function that escapes every text it is given.
          dangerouslySetInnerHTML={{ __html: svg }}
        />
        <RegionDetail key={selected ?? 'none'} region={selected} map={map} rec={rec} channel={channel} />
      </div>
    </section>
  );
}

function RegionDetail({ region, map, rec, channel }: { readonly region: BodyRegionId | null; readonly map: ConsentMap; readonly rec: Recording; readonly channel: ConsentChannel }) {
  const noteNow = region ? (CONSENT_CHANNELS.map((c) => map[region][c].note).find(Boolean) ?? '') : '';
  const [note, setNote] = useState(noteNow);
  useEffect(() => setNote(noteNow), [noteNow]);
  if (!region) {
    return (
      <div className="region-detail region-detail--empty">
        <p className="muted small">Select a region on the map to record its three channels. The table below lists every region and works with the keyboard.</p>
        <ChannelSummary map={map} channel={channel} />
      </div>
    );
  }
  const title = regionTitle(region);
  const recorded = CONSENT_CHANNELS.filter((c) => map[region][c].value !== 'unrecorded');
  return (
    <div className="region-detail" role="group" aria-label={`Selected region: ${title}`}>
      <h4 className="region-detail__title">{title}</h4>
      {CONSENT_CHANNELS.map((c) => {
        const state = map[region][c];
        return (
          <div key={c} className="region-detail__row">
            <div className="region-detail__label">
              <span>{CONSENT_CHANNEL_LABELS[c]}</span>
              <ValueTag value={state.value} />
            </div>
            <ValueSegments label={`${title} · ${CONSENT_CHANNEL_LABELS[c]}`} value={state.value} onChoose={(value) => void recordBoundaries(rec, [{ region, channel: c, value, note }])} />
            {state.entry && state.entry.sceneId && rec.sceneId === state.entry.sceneId ? <span className="muted small">For this scene only</span> : null}
          </div>
        );
      })}
      <label className="field">
        <span className="field__label">Note on {title.toLowerCase()}</span>
        <textarea className="input input--area" rows={2} value={note} placeholder="e.g. side of the hand yes, palm no" onChange={(e) => setNote(e.target.value)} />
      </label>
      <div className="region-detail__actions">
        <button
          type="button"
          className="btn btn--sm"
          disabled={note === noteNow || recorded.length === 0}
          title={recorded.length === 0 ? 'Record a value first; the note goes with it' : undefined}
          onClick={() => void recordBoundaries(rec, recorded.map((c) => ({ region, channel: c, value: map[region][c].value as Exclude<ConsentValue, 'unrecorded'>, note })))}
        >
          Save note
        </button>
      </div>
    </div>
  );
}

/** How many regions stand at each value in the channel shown ("31 Agreed, 5 Not agreed…"). */
function ChannelSummary({ map, channel }: { readonly map: ConsentMap; readonly channel: ConsentChannel }) {
  return (
    <dl className="channel-summary">
      <dt className="channel-summary__title">{CONSENT_CHANNEL_LABELS[channel]}</dt>
      {CONSENT_VALUES.map((v) => {
        const n = BODY_REGION_IDS.filter((r) => map[r][channel].value === v).length;
        return (
          <dd key={v} className="channel-summary__row">
            <ValueTag value={v} />
            <span className="channel-summary__n">{n}</span>
          </dd>
        );
      })}
    </dl>
  );
}
