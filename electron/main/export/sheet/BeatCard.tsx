import type { SheetBeat } from '../../../../shared/sheet';

/** One beat: what happens in words on the left, its floor plan (and 3D still, when made) on the right. */
export function BeatCard({ beat, still }: { readonly beat: SheetBeat; readonly still: string | null }) {
  const rows: [string, readonly string[]][] = [
    ['Contact', beat.contacts.length ? beat.contacts : ['No contact in this beat.']],
    ['Garments', beat.garments.length ? beat.garments : ['Costume only; no modesty garments.']],
    ['Barriers', beat.barriers.length ? beat.barriers : ['None.']],
    ['Nudity', beat.nudity.length ? beat.nudity : ['Nobody on stage.']],
    ['Cameras', beat.cameras.length ? beat.cameras.map((c) => `${c.name}: ${c.setup}${c.inFrame ? `. ${c.inFrame}` : ''}`) : ['No camera set up.']],
  ];
  return (
    <article className="beat">
      <div className="beat__bar">
        <span className="beat__number">Beat {beat.number}</span>
        {beat.counts ? <span className="beat__counts">{beat.counts}</span> : null}
        {beat.checkIn ? <span className="beat__checkin">Check-in after this beat</span> : null}
      </div>
      <div className="beat__body">
        <div>
          <p className="beat__description">{beat.description || 'No description yet.'}</p>
          {beat.notes ? <p className="beat__notes">{beat.notes}</p> : null}
          <dl>
            {rows.map(([label, items]) => [
              <dt key={`t-${label}`}>{label}</dt>,
              <dd key={`d-${label}`}>
                {items.length === 1 ? (
                  items[0]
                ) : (
                  <ul>
                    {items.map((item, i) => (
                      <li key={i}>{item}</li>
                    ))}
                  </ul>
                )}
              </dd>,
            ])}
          </dl>
        </div>
        <div>
          {/* Built by shared/diagrams/floorPlan.ts, which escapes every piece of user text in it. */}
          <div className="beat__plan" dangerouslySetInnerHTML={{ __html: beat.floorPlanSvg }} />
          {still ? (
            <figure className="beat__still" style={{ margin: '2mm 0 0' }}>
              <img src={still} alt={`3D still of beat ${beat.number}: ${beat.still.caption}`} />
              <figcaption className="caption">3D still · {beat.still.caption}</figcaption>
            </figure>
          ) : null}
        </div>
      </div>
    </article>
  );
}
