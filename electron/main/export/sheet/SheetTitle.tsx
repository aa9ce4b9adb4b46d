import type { SheetHeader } from '../../../../shared/sheet';

/** The title block: production, scene, the confidential band, and the facts a call sheet would carry. */
export function SheetTitle({ header }: { readonly header: SheetHeader }) {
  const facts: [string, string, string?][] = [
    ['Script pages', header.scriptPages || '—'],
    ['Shoot date and call', header.shootDate, 'wide'],
    ['Version', header.version],
    ['Set / location', header.set || '—', 'wide'],
    ['Revision date', header.revisionDate],
    ['Content hash', header.hashPrefix ? `#${header.hashPrefix}` : 'none (draft)'],
  ];
  if (header.versionNote) facts.push(['Version note', header.versionNote, 'full']);
  if (header.contentFlags.length) facts.push(['Content', header.contentFlags.join(' · '), 'full']);
  return (
    <header>
      <div className="title">
        <div>
          <div className="title__kind">Choreography sheet</div>
          <h1 className="title__production">{header.production}</h1>
          <div className="title__sub">{[header.company, header.episode].filter(Boolean).join(' · ')}</div>
        </div>
        <div className="title__scene">
          <div className="title__kind">Scene</div>
          <div className="title__scene-number">{header.sceneNumber}</div>
          {header.sceneTitle ? <div className="title__scene-title">{header.sceneTitle}</div> : null}
        </div>
      </div>
      <div className="confidential">
        <span>{header.confidential}</span>
        <span>{header.copyFor}</span>
      </div>
      <dl className="facts">
        {facts.map(([label, value, span]) => (
          <div key={label} className={span ?? undefined}>
            <dt>{label}</dt>
            <dd className={label === 'Content hash' ? 'mono' : undefined}>{value}</dd>
          </div>
        ))}
      </dl>
    </header>
  );
}
