// `npm run verify-sheet`: the verdict on a signed sheet from the command line (electron/main/signing/verifyCli.ts).
// Built as an extra main-process entry (out/main/verify-sheet.js) and run with Node; never imports `electron`.
import { runVerifySheetCli } from '../main/signing/verifyCli';

const code = await runVerifySheetCli(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  cwd: process.env.INIT_CWD ?? process.cwd(),
});
process.exit(code);
