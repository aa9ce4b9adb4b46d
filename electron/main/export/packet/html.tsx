import { renderToStaticMarkup } from 'react-dom/server';
import { requestKey } from '../../../../shared/stills/request';
import type { PacketModel, PacketStill } from '../../../../shared/packet';
import { packetCss } from './css';
import { PacketBeatPage } from './PacketBeatPage';
import { PacketCover, PacketPrivatePage } from './PacketCover';

/** The pixel box each still is rendered into: enough for ~250 dpi at its printed size. */
export const STILL_BOX_PX: Readonly<Record<PacketStill['view']['kind'], readonly [number, number]>> = { rehearsal: [1344, 756], camera: [1200, 502] };

/** The still request for one picture on a page (its key finds the PNG in the provider's answer). */
export function packetStillRequest(sceneId: string, beatId: string, still: PacketStill) {
  const [widthPx, heightPx] = STILL_BOX_PX[still.view.kind];
  return { sceneId, beatId, view: still.view, widthPx, heightPx };
}

/**
 * The packet as one self-contained HTML document (React server rendering: user text escaped by React,
 * the floor plans' SVG by shared/diagrams), the landscape print stylesheet and the embedded fonts. No
 * script and no request can run in it (its own CSP); the stills are data: URIs by `requestKey`.
 * The same HTML is what prints and what the export dialog previews.
 */
export function renderPacketHtml(model: PacketModel, options: { readonly title: string; readonly stills: ReadonlyMap<string, string> }): string {
  const css = packetCss(model.paper, { left: model.running, footer: model.cover.copyFor });
  const readerFirst = model.audience.kind === 'performer';
  return `<!DOCTYPE html>${renderToStaticMarkup(
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta httpEquiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:" />
        <title>{options.title}</title>
        <style dangerouslySetInnerHTML={{ __html: css }} />
      </head>
      <body>
        <PacketCover model={model} />
        <PacketPrivatePage model={model} />
        {model.pages.map((page) => (
          <PacketBeatPage
            key={page.beatId}
            page={page}
            readerFirst={readerFirst && page.involvesReader}
            stills={page.stills.map((still) => ({ still, src: options.stills.get(requestKey(packetStillRequest(model.sceneId, page.beatId, still))) ?? null }))}
          />
        ))}
      </body>
    </html>,
  )}`;
}
