import type { PacketModel } from '../../../../shared/packet';

/** The cover: what the packet is of, its version and sign-off state, safety, cast, and the beats inside. */
export function PacketCover({ model }: { readonly model: PacketModel }) {
  const c = model.cover;
  const pause = c.safety.find((l) => l.label === 'Pause word');
  const rest = c.safety.filter((l) => l !== pause);
  return (
    <section className="page cover">
      <div className="cover__top">
        <div>
          <div className="cover__kind">Rehearsal packet</div>
          <h1 className="cover__production">{c.production}</h1>
          <div className="cover__sub">{[c.company, c.episode].filter(Boolean).join(' · ')}</div>
        </div>
        <div className="cover__scene">
          <div className="label">Scene</div>
          <div className="cover__scene-number">{c.sceneNumber}</div>
          <div className="cover__scene-title">{c.sceneTitle}</div>
        </div>
      </div>
      <div className="confidential">
        <span>{model.confidential}</span>
        <span>{c.copyFor}</span>
      </div>
      <dl className="facts">
        <div>
          <dt className="label">Script pages</dt>
          <dd>{c.scriptPages || '—'}</dd>
        </div>
        <div>
          <dt className="label">Set</dt>
          <dd>{c.set || '—'}</dd>
        </div>
        <div>
          <dt className="label">Shoot</dt>
          <dd>{c.shootDate}</dd>
        </div>
        <div>
          <dt className="label">Version</dt>
          <dd>{c.version}</dd>
        </div>
      </dl>
      <div className="cover__grid">
        <div>
          <div className="block">
            <h2 className="block__title">Sign-off</h2>
            <div className="signoff">
              {c.signoff.map((line, i) => (
                <p key={i}>{line}</p>
              ))}
            </div>
          </div>
          <div className="block">
            <h2 className="block__title">Beats in this packet</h2>
            <ul className={`index${c.beats.length > 4 ? ' index--long' : ''}`}>
              {c.beats.map((b) => (
                <li key={b.number}>
                  <span className="n">{b.number}</span>
                  <span>
                    {b.counts || '—'}
                    {b.checkIn ? <span className="ci">Check-in</span> : null}
                  </span>
                  <span className="d">{b.description || 'No description'}</span>
                </li>
              ))}
            </ul>
          </div>
        </div>
        <div>
          {pause ? (
            <div className="pause">
              <span className="label">Pause word</span>
              <span className="pause__word">{pause.text}</span>
            </div>
          ) : null}
          {rest.length ? (
            <div className="block">
              <h2 className="block__title">Safety</h2>
              <dl className="lines">{rest.map((l) => [<dt key={`t${l.label}`}>{l.label}</dt>, <dd key={`d${l.label}`}>{l.text}</dd>])}</dl>
            </div>
          ) : null}
          <div className="block">
            <h2 className="block__title">Cast</h2>
            <dl className="lines">{c.cast.map((l, i) => [<dt key={`t${i}`}>{l.label}</dt>, <dd key={`d${i}`}>{l.text || '—'}</dd>])}</dl>
          </div>
          <p className="muted">{c.printed}</p>
        </div>
      </div>
    </section>
  );
}

/**
 * The performer's own consent in this scene, on a page of its own after the cover (their copy only):
 * the cover can then go on the wall while this page stays with them.
 */
export function PacketPrivatePage({ model }: { readonly model: PacketModel }) {
  const p = model.private;
  if (!p) return null;
  const groups: [string, readonly string[]][] = [
    ['Limits in this scene', p.limits],
    ['Notes on your boundaries', p.notes],
    ['Garment fittings', p.fittings],
  ];
  return (
    <section className="page private-page">
      <div className="private__head">
        <div className="cover__kind">Private — for {p.who} only</div>
        <h1 className="cover__production">Your consent in this scene</h1>
        <div className="cover__sub">As recorded in your one-on-one meetings and rider for scene {model.cover.sceneNumber}. Not for the wall.</div>
      </div>
      <div className="private__grid">
        {groups.map(([title, list]) => (
          <div key={title} className="block">
            <h2 className="block__title">{title}</h2>
            <ul className="private__list">{list.length ? list.map((l, i) => <li key={i}>{l}</li>) : <li className="muted">None recorded.</li>}</ul>
          </div>
        ))}
      </div>
      <p className="standing">Consent may be withdrawn at any time before filming. Nothing beyond the signed rider.</p>
    </section>
  );
}
