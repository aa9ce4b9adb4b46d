import type { PacketBeatPage as Page, PacketStill } from '../../../../shared/packet';

export interface StillImage {
  readonly still: PacketStill;
  /** PNG data URI, or null when the still could not be made (the page says so instead of a blank). */
  readonly src: string | null;
}

function Still({ image, className }: { readonly image: StillImage; readonly className?: string }) {
  return (
    <figure className={className}>
      {image.src ? <img src={image.src} alt={image.still.caption} /> : <p className="note-line">The 3D still could not be made for this page.</p>}
      <figcaption>{image.still.caption}</figcaption>
    </figure>
  );
}

function Words({ page, readerFirst }: { readonly page: Page; readonly readerFirst: boolean }) {
  const lines = page.contacts.length + page.garments.length + page.barriers.length + page.nudity.length + (page.notes ? 2 : 0);
  const groups: [string, readonly string[]][] = [
    ['Contacts', page.contacts.length ? page.contacts : ['No contact in this beat.']],
    ['Garments', page.garments],
    ['Barriers', page.barriers],
    ['Uncovered', page.nudity],
  ];
  return (
    <div className={`words${lines > 7 ? ' dense' : ''}`}>
      {groups
        .filter(([, list]) => list.length)
        .map(([title, list]) => (
          <section key={title}>
            <div className="label">{title}</div>
            <ul>
              {list.map((line, i) => (
                <li key={i} className={readerFirst && title === 'Contacts' && i === 0 ? 'mine' : undefined}>
                  {line}
                </li>
              ))}
            </ul>
          </section>
        ))}
      {page.notes ? (
        <section>
          <div className="label">Notes</div>
          <p className="notes">{page.notes}</p>
        </section>
      ) : null}
    </div>
  );
}

/**
 * One beat on one landscape page: number, description, counts and check-in in the band; then the
 * rehearsal still with the words under it on the left, and the floor plan (printed at 100 %, so its
 * scale is true) with the chosen camera's still on the right. Without stills the words take the left.
 */
export function PacketBeatPage({ page, stills, readerFirst }: { readonly page: Page; readonly stills: readonly StillImage[]; readonly readerFirst: boolean }) {
  const [rehearsal, camera] = stills;
  return (
    <section className="page beat">
      <div className="beat__head">
        <div className="beat__no">
          <span className="beat__word">Beat</span>
          <span className="beat__number">{page.number}</span>
          <span className="beat__of">of {page.total}</span>
        </div>
        <p className={`beat__description${page.description.length > 170 ? ' beat__description--long' : ''}`}>{page.description || 'No description'}</p>
        <div className="beat__side">
          <div className="beat__counts">
            {page.counts || 'Counts not set'}
            {page.countsRange ? <span className="beat__range">{page.countsRange}</span> : null}
          </div>
          {page.checkIn ? <div className="checkin">Check-in after this beat</div> : null}
        </div>
      </div>
      <div className="beat__main">
        <div>
          {rehearsal ? <Still image={rehearsal} className="rehearsal" /> : null}
          <Words page={page} readerFirst={readerFirst} />
        </div>
        <div>
          <div className="plan" dangerouslySetInnerHTML={{ __html: page.floorPlanSvg }} />
          {page.scaleNote ? <p className="note-line">{page.scaleNote}</p> : null}
          {camera ? <Still image={camera} className="camera" /> : null}
        </div>
      </div>
    </section>
  );
}
