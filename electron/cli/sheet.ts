// `npm run sheet`: choreography sheets from the command line, with no window (electron/main/export/cli.ts).
// Built as an extra main-process entry (out/main/sheet.js) and run with Node; never imports `electron`.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runSheetCli } from '../main/export/cli';
import { playwrightPrinter } from '../main/export/playwrightPrinter';
import { appUserDataDir } from '../main/services/userDataDir';
import { passphrasePrompt } from './passphrasePrompt';

const here = fileURLToPath(new URL('.', import.meta.url));
const code = await runSheetCli(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  samplePath: join(here, '../../resources/sample-production.json'),
  cwd: process.env.INIT_CWD ?? process.cwd(),
  printer: playwrightPrinter,
  // The signing certificate: the desktop app's user-data folder unless --user-data names another (e.g. the browser host's).
  userDataDir: appUserDataDir(),
  env: process.env,
  askPassphrase: passphrasePrompt(),
});
process.exit(code);
