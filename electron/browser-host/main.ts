// The browser host: serves the built renderer and answers the IPC contract over HTTP on 127.0.0.1,
// with the same services, validation and SQLite file as the desktop app. It is how the e2e tests,
// screenshots and anyone without the Electron binary use the real app. Never imports `electron`.
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { version } from '../../package.json';
import { launchChromium } from '../main/export/chromium';
import { playwrightPrinter } from '../main/export/playwrightPrinter';
import { createPlaywrightStills } from '../main/export/stillsPlaywright';
import type { StillsProvider } from '../main/export/stills';
import { playwrightSheetHost } from '../main/export/playwrightSheetHost';
import { createHandlers, Session } from '../main/services/session';
import { startBrowserHost } from './server';

const { values } = parseArgs({
  options: {
    file: { type: 'string' },
    port: { type: 'string', default: '5810' },
    'user-data': { type: 'string' },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a number from 0 to 65535 (got “${values.port}”).`);
  process.exit(2);
}
const here = fileURLToPath(new URL('.', import.meta.url));
const userDataDir = values['user-data'] ? resolve(values['user-data']) : join(tmpdir(), 'closed-set-browser-host');
mkdirSync(userDataDir, { recursive: true });

// Sheets print with Chromium driven by Playwright, started on the first sheet.
const sheets = playwrightSheetHost(join(here, '../renderer'));
const session = new Session({
  host: 'browser',
  version,
  platform: process.platform,
  userDataDir,
  samplePath: join(here, '../../resources/sample-production.json'),
  // No file dialogs here: the page names the paths, and main checks each one.
  pagePathsAllowed: true,
  // The rehearsal packet: stills and PDFs through a Chromium launched on the first packet (the PDF comes back to download).
  packet: () => {
    const browser = launchChromium();
    const stills: StillsProvider = async (doc, requests) => createPlaywrightStills({ browser: await browser, rendererDir: join(here, '../renderer') })(doc, requests);
    return { printer: playwrightPrinter(), stills };
  },
  sheets,
});

try {
  session.openInitial(values.file ? resolve(values.file) : undefined);
} catch (e) {
  console.error(`Could not open ${values.file ?? 'the sample production'}: ${(e as Error).message}`);
  process.exit(1);
}

const server = await startBrowserHost({
  handlers: createHandlers(session),
  rendererDir: join(here, '../renderer'),
  port,
});
const address = server.address();
const actualPort = typeof address === 'object' && address ? address.port : port;
const file = session.document?.path ?? '(none)';
console.log(`Closed Set is running in the browser host at http://127.0.0.1:${actualPort}/`);
console.log(`Production file: ${file}`);

const stop = () => {
  server.close();
  session.close();
  void sheets.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
