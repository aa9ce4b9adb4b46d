import { createRoot } from 'react-dom/client';
import { docRecordsFrom } from '../../../shared/records/query';
import type { StillsPageApi, StillsPagePayload, StillTiming } from '../../../shared/stills/request';
import { useDocumentStore } from '../store/documentStore';
import { renderStill } from './renderStill';
import { setUnits, showBeat, StillRoot, stillRoot } from './StillStage';

// The still page (still.html): no UI, no API client. Main (Electron's hidden window or Playwright)
// hands it a production snapshot and the stills to draw, and reads back PNGs.

declare global {
  interface Window {
    __closedSetStills?: StillsPageApi;
  }
}

let last: StillTiming[] = [];

async function render(payload: StillsPagePayload): Promise<string[]> {
  useDocumentStore.setState({ phase: 'open', ...docRecordsFrom(payload.snapshot) });
  setUnits(payload.snapshot.units);
  const get = await stillRoot();
  const out: string[] = [];
  last = [];
  for (const still of payload.stills) {
    const start = performance.now();
    await showBeat(still.sceneId, still.beatId);
    const layoutMs = performance.now() - start;
    const { png, drawMs, encodeMs } = renderStill(get(), still);
    out.push(png.slice(png.indexOf(',') + 1));
    last.push({ layoutMs, drawMs, encodeMs });
  }
  return out;
}

const element = document.getElementById('still-root');
if (!element) throw new Error('The #still-root element is missing from still.html');
createRoot(element).render(<StillRoot />);
window.__closedSetStills = { render, timings: () => last };
