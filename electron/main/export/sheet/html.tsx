import { renderToStaticMarkup } from 'react-dom/server';
import type { SheetModel } from '../../../../shared/sheet';
import { sheetCss, type Paper } from './css';
import { SheetDocument } from './SheetDocument';

/**
 * The sheet as a complete, self-contained HTML document: React server rendering (every piece of user
 * text escaped by React; the floor plans' SVG escaped by shared/diagrams), the print stylesheet for
 * the paper, and the fonts embedded. The same HTML is what prints and what a preview would show.
 */
export function renderSheetHtml(model: SheetModel, options: { readonly paper: Paper; readonly title: string; readonly stills?: ReadonlyMap<string, string> }): string {
  const h = model.header;
  const css = sheetCss(options.paper, {
    left: [h.production, `Sc. ${h.sceneNumber}`, h.version, h.hashPrefix ? `#${h.hashPrefix}` : ''].filter(Boolean).join(' · '),
    footer: h.copyFor,
  });
  return `<!DOCTYPE html>${renderToStaticMarkup(<SheetDocument model={model} css={css} title={options.title} stills={options.stills ?? new Map()} />)}`;
}
