import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runSheetCli } from '../../electron/main/export/cli';
import { playwrightPrinter } from '../../electron/main/export/playwrightPrinter';
import { PAPER_POINTS } from '../../electron/main/export/sheet/css';
import { pdfInfo, pdfText } from '../support/pdf';

const dir = mkdtempSync(join(tmpdir(), 'sheet-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const samplePath = join(import.meta.dirname, '../../resources/sample-production.json');

/** Runs `npm run sheet -- <args>` in-process; Chromium is started only if the input is good. */
async function sheet(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  let printed = false;
  const code = await runSheetCli(args, {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    samplePath,
    cwd: dir,
    printer: () => {
      printed = true;
      return playwrightPrinter();
    },
  });
  return { code, out, err, printed };
}

describe('npm run sheet', () => {
  it('writes one performer’s sheet of the built-in sample on US Letter', async () => {
    const out = join(dir, 'letter');
    mkdirSync(out);
    const r = await sheet(['--scene', '42', '--performer', 'maya okafor', '--paper', 'letter', '--out', 'letter']);
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    expect(readdirSync(out)).toEqual(['The Quiet Hours – Scene 42 – Maya Okafor – v1.pdf']);
    const file = join(out, readdirSync(out)[0]!);
    expect([pdfInfo(file).width, pdfInfo(file).height]).toEqual([...PAPER_POINTS.letter]);
    expect(pdfText(file)).toContain('Maya Okafor (Ruth) — performer’s copy');
    expect(r.out.at(-1)).toBe('Scene 42: 1 sheet of version 1, unsigned.');
  });

  it.each([
    [['--performer', 'Maya Okafor'], /^Say where to write the sheets with --out <folder>\. Usage: npm run sheet/],
    [['--out', 'nowhere'], /^The folder “.*nowhere” does not exist\. Choose an existing folder\.$/],
    [['--out', '.', '--file', 'missing.closedset'], /^There is no production file at .*missing\.closedset\.$/],
    [['--out', '.', '--performer', 'Nobody'], /^There is no performer “Nobody” in scene 42\. Cast: Maya Okafor, Daniel Reyes\.$/],
    [['--out', '.', '--scene', '99'], /^There is no scene “99” in “The Quiet Hours”\. Scenes: 42, 57\.$/],
    [['--out', '.', '--paper', 'a3'], /^--paper must be a4 or letter \(got “a3”\)\.$/],
    [['--out', '.', '--colour'], /^Unknown option '--colour'\. Usage:/],
    [['--out', '.', '--performer', 'Maya Okafor', '--all'], /^--performer makes one performer’s sheet/],
  ])('answers bad input %j with one clear line and exit code 2, before starting Chromium', async (args, message) => {
    const r = await sheet(args);
    expect(r.code).toBe(2);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(message);
    expect(r.printed).toBe(false);
  });

  it.skipIf(process.getuid?.() === 0)('refuses a folder it may not write to', async () => {
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    const r = await sheet(['--out', locked]);
    expect(r.code).toBe(2);
    expect(r.err).toEqual([`Closed Set may not write to the folder “${locked}”. Choose another folder, or check its permissions.`]);
  });

  it('refuses an --out that is a file, not a folder', async () => {
    writeFileSync(join(dir, 'a-file.pdf'), 'x');
    const r = await sheet(['--out', 'a-file.pdf']);
    expect(r.code).toBe(2);
    expect(r.err).toEqual([`“${join(dir, 'a-file.pdf')}” is a file, not a folder. Choose an existing folder.`]);
  });

  it('refuses a file that is not a production, leaving it as it was', async () => {
    const fake = join(dir, 'notes.closedset');
    writeFileSync(fake, 'not a database');
    const r = await sheet(['--out', '.', '--file', 'notes.closedset']);
    expect(r.code).toBe(1);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(/notes\.closedset/);
  });
});
