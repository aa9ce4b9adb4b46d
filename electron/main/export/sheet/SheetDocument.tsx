import type { SheetModel } from '../../../../shared/sheet';
import { BeatCard } from './BeatCard';
import { ConsentBlock, StagingBlock } from './ConsentBlock';
import { Lines } from './Lines';
import { SectionHead } from './SectionHead';
import { SheetTitle } from './SheetTitle';
import { SignoffBlock } from './SignoffBlock';

export interface SheetDocumentProps {
  readonly model: SheetModel;
  readonly css: string;
  readonly title: string;
  /** PNG data URIs of the 3D stills by beat id (absent: no still for that beat). */
  readonly stills: ReadonlyMap<string, string>;
}

/** The whole sheet as one HTML document (rendered to static markup in main; no script runs in it). */
export function SheetDocument({ model, css, title, stills }: SheetDocumentProps) {
  let n = 0;
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta httpEquiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:" />
        <title>{title}</title>
        <style dangerouslySetInnerHTML={{ __html: css }} />
      </head>
      <body>
        <SheetTitle header={model.header} />
        {model.consent.length ? (
          <section>
            <SectionHead num={++n} title={model.consent.length > 1 ? 'Consent summaries' : 'Your consent'} aside="Private to the person named" />
            {model.consent.map((c) => (
              <ConsentBlock key={c.performerId} summary={c} />
            ))}
          </section>
        ) : null}
        {model.staging.length ? (
          <section>
            <SectionHead num={++n} title="Staging limits" aside="What staging needs; no private consent details" />
            <div className="two">
              {model.staging.map((s) => (
                <StagingBlock key={s.who} limits={s} />
              ))}
            </div>
          </section>
        ) : null}
        <section>
          <SectionHead num={++n} title="Closed set and safety" />
          <div className="two">
            <div>
              <div className="block-title">Closed set</div>
              <Lines lines={model.closedSet} />
            </div>
            <div>
              <div className="block-title">Safety</div>
              <Lines lines={model.safety} />
            </div>
          </div>
        </section>
        <section>
          <SectionHead num={++n} title="Beats" aside={`${model.beats.length} beat${model.beats.length === 1 ? '' : 's'}`} />
          {model.beats.length ? model.beats.map((b) => <BeatCard key={b.id} beat={b} still={stills.get(b.id) ?? null} />) : <p className="muted">No beats yet.</p>}
        </section>
        <section>
          <SectionHead num={++n} title="Sign-off" aside={model.header.version} />
          <SignoffBlock signoff={model.signoff} distribution={model.distribution} />
        </section>
      </body>
    </html>
  );
}
