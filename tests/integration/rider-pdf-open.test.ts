// "Open" on a rider PDF, main side: the hash is checked first, the desktop app hands a read-only copy
// in main's own folder (named by main) to the system viewer, the browser host gets the bytes back.
// `electron` is the recording stub; the last test runs the built main bundle as Electron would.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../electron/main/ipc/dispatch';
import { createSampleProduction } from '../../electron/main/services/sample';
import { createHandlers, Session } from '../../electron/main/services/session';
import { VIEWER_COPIES_DIR, viewerCopyName } from '../../electron/main/services/riderPdfViewer';
import { openInSystemViewer } from '../../electron/main/systemViewer';
import type { RiderPdfOpened } from '../../shared/ipc/contract';
import type { Envelope } from '../../shared/ipc/errors';
import { resetStub, type StubState } from '../support/electron-stub';
import { SAMPLE_PATH, useTempDir } from '../support/tempDir';

vi.mock('electron', async () => (await import('../support/electron-stub')).electronModule());

const tempDir = useTempDir();
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function writeRiderPdf(path: string): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  pdf.addPage([595, 842]).drawText('Nudity rider, scene 42 — signed 2026-11-20', { x: 60, y: 760, size: 14, font: await pdf.embedFont(StandardFonts.Helvetica) });
  const bytes = Buffer.from(await pdf.save());
  writeFileSync(path, bytes);
  return bytes;
}

/** The sample production with a PDF attached to Maya's rider, in a session wired like the desktop app's. */
async function attached(options: { /** null: the browser host, which has no system viewer */ viewer?: ((path: string) => Promise<string>) | null; fileName?: string } = {}) {
  const dir = tempDir();
  const s = resetStub({ userData: join(dir, 'user-data') });
  const userDataDir = join(dir, 'user-data');
  const session = new Session({
    host: 'electron',
    version: '0.0.0-test',
    platform: process.platform,
    userDataDir,
    samplePath: SAMPLE_PATH,
    // The page names the PDF to attach here (no dialog in a test); Open never takes a path at all.
    pagePathsAllowed: true,
    ...(options.viewer === null ? {} : { openInSystemViewer: options.viewer ?? openInSystemViewer }),
  });
  const handlers = createHandlers(session);
  const file = join(dir, 'rider.closedset');
  createSampleProduction(SAMPLE_PATH, file).close();
  session.openInitial(file);
  const call = <T>(channel: string, args: unknown) => dispatch(handlers, channel, args, () => {}) as Promise<Envelope<T>>;
  const snap = session.requireDocument().snapshot();
  const maya = snap.performers.find((p) => p.name === 'Maya Okafor')!;
  const rider = snap.riders.find((r) => r.performerId === maya.id)!;
  const pdfPath = join(dir, options.fileName ?? 'Maya rider signed.pdf');
  const bytes = await writeRiderPdf(pdfPath);
  const added = await call<{ records: { id: string; fileName: string }[] }>('rider:attachPdf', { riderId: rider.id, recordedBy: 'Sam Whitfield', path: pdfPath });
  if (!added.ok) throw new Error(added.error.message);
  return { s, session, call, bytes, attachmentId: added.value.records[0]!.id, copies: join(userDataDir, VIEWER_COPIES_DIR) };
}

describe('opening an attached rider PDF', () => {
  it('desktop app: the system viewer opens a read-only copy in main’s own folder, byte for byte; opening again reuses it', async () => {
    const { s, call, bytes, attachmentId, copies } = await attached();
    const opened = await call<RiderPdfOpened>('rider:openPdf', { attachmentId });
    expect(opened).toEqual({ ok: true, value: { fileName: 'Maya rider signed.pdf', shownBy: 'system-viewer', pdfBase64: null } });
    const name = `Maya rider signed (${sha(bytes).slice(0, 8)}).pdf`;
    expect(s.pathsOpened).toEqual([join(copies, name)]);
    expect(readFileSync(s.pathsOpened[0]!).equals(bytes)).toBe(true);
    // Read-only for everyone (the viewer cannot save over it), and the folder is the user's alone.
    if (process.platform !== 'win32') {
      expect(statSync(s.pathsOpened[0]!).mode & 0o777).toBe(0o400);
      expect(statSync(copies).mode & 0o077).toBe(0);
    }
    expect((await call('rider:openPdf', { attachmentId })).ok).toBe(true);
    expect(s.pathsOpened).toEqual([join(copies, name), join(copies, name)]);
    expect(readdirSync(copies)).toEqual([name]);
  });

  it('the window cannot name where the copy goes, and a bad or unknown id is refused before anything is written', async () => {
    const { s, call, attachmentId, copies } = await attached();
    const withPath = await call('rider:openPdf', { attachmentId, path: '/tmp/elsewhere.pdf' });
    expect(withPath.ok ? null : withPath.error.code).toBe('invalid-argument');
    expect(withPath.ok ? '' : withPath.error.message).toMatch(/path/);
    const noId = await call('rider:openPdf', {});
    expect(noId.ok ? null : noId.error.code).toBe('invalid-argument');
    const longId = await call('rider:openPdf', { attachmentId: 'x'.repeat(65) });
    expect(longId.ok ? null : longId.error.message).toContain('An id is at most 64 characters');
    // An id is only ever a key to look up: a path in it finds nothing.
    const pathAsId = await call('rider:openPdf', { attachmentId: '../../etc/passwd' });
    expect(pathAsId.ok ? null : pathAsId.error.code).toBe('not-found');
    const unknown = await call('rider:openPdf', { attachmentId: '0193a8f0-0000-7000-8000-000000000000' });
    expect(unknown.ok ? null : unknown.error).toEqual({ code: 'not-found', message: 'That rider attachment is not in this production file.' });
    expect(s.pathsOpened).toEqual([]);
    expect(existsSync(copies)).toBe(false);
  });

  it('a damaged attachment is refused with a clear message, and nothing is handed to the viewer', async () => {
    const { s, session, call, attachmentId, copies } = await attached();
    // Damage the stored bytes as a faulty disk would (the file's own triggers refuse any edit).
    const db = session.requireDocument().db;
    db.exec('DROP TRIGGER rider_attachment_data_is_history_update');
    db.prepare("UPDATE rider_attachment_data SET bytes = CAST('%PDF-1.7 damaged' AS BLOB) WHERE attachment_id = ?").run(attachmentId);
    const refused = await call('rider:openPdf', { attachmentId });
    expect(refused.ok ? null : refused.error).toEqual({
      code: 'file-damaged',
      message: 'The copy of “Maya rider signed.pdf” in this production file is damaged (it no longer matches what was attached). Attach the signed rider again.',
    });
    expect(s.pathsOpened).toEqual([]);
    expect(existsSync(copies)).toBe(false);
  });

  it('a viewer that cannot open the file is reported with its reason and what to do', async () => {
    const { call, attachmentId } = await attached({ viewer: async () => 'No application is associated with the specified file' });
    const refused = await call('rider:openPdf', { attachmentId });
    expect(refused.ok ? null : refused.error).toEqual({
      code: 'io',
      message: '“Maya rider signed.pdf” could not be opened in the system’s PDF viewer (No application is associated with the specified file). Check that a PDF viewer is installed, or use “Save a copy…” and open the copy.',
    });
  });

  it('the copy’s name is made safe from the attached file’s name; only this folder’s own old copies are cleared', async () => {
    const hash = 'ab'.repeat(32);
    expect(viewerCopyName('Maya: rider <signed>?.PDF', hash)).toBe('Maya rider signed (abababab).pdf');
    expect(viewerCopyName('../../.bashrc', hash)).toBe('bashrc (abababab).pdf');
    expect(viewerCopyName('rider\u202Efdp.exe', hash)).toBe('rider fdp.exe (abababab).pdf');
    expect(viewerCopyName('CON.pdf', hash)).toBe('Rider (abababab).pdf');
    expect(viewerCopyName('...', hash)).toBe('Rider (abababab).pdf');
    expect(viewerCopyName('x'.repeat(300), hash)).toHaveLength(80 + ' (abababab).pdf'.length);

    const { s, call, attachmentId, copies } = await attached({ fileName: 'Maya: rider *signed*.pdf' });
    mkdirSync(copies, { recursive: true });
    const old = join(copies, 'Daniel rider (0123abcd).pdf');
    const mine = join(copies, 'notes.txt');
    writeFileSync(old, '%PDF-old');
    writeFileSync(mine, 'not a copy this folder wrote');
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000);
    utimesSync(old, twoDaysAgo, twoDaysAgo);
    utimesSync(mine, twoDaysAgo, twoDaysAgo);
    expect((await call('rider:openPdf', { attachmentId })).ok).toBe(true);
    expect(s.pathsOpened[0]).toMatch(/[/\\]Maya rider signed \([0-9a-f]{8}\)\.pdf$/);
    expect(existsSync(old)).toBe(false);
    expect(existsSync(mine)).toBe(true);
  });

  it('browser host: no viewer, so the PDF comes back to the page, checked, and nothing is written', async () => {
    const { s, call, bytes, attachmentId, copies } = await attached({ viewer: null });
    const opened = await call<RiderPdfOpened>('rider:openPdf', { attachmentId });
    expect(opened.ok && opened.value.shownBy).toBe('page');
    expect(opened.ok && Buffer.from(opened.value.pdfBase64 ?? '', 'base64').equals(bytes)).toBe(true);
    expect(s.pathsOpened).toEqual([]);
    expect(existsSync(copies)).toBe(false);
  });
});

// The built main bundle, as Electron runs it: the window's Open reaches shell.openPath with main's copy.
const MAIN_BUNDLE = resolve(__dirname, '../../out/main/index.js');
describe.runIf(existsSync(MAIN_BUNDLE))('Electron main (built bundle): Open on a rider PDF', () => {
  it('attaches through main’s open dialog and opens the copy in the system viewer', async () => {
    const dir = tempDir();
    const userData = join(dir, 'user-data');
    mkdirSync(userData);
    const s: StubState = resetStub({ userData, singleInstanceLock: true });
    const savedArgv = process.argv;
    process.argv = ['/opt/Closed Set/closed-set'];
    try {
      vi.resetModules();
      await import(/* @vite-ignore */ pathToFileURL(MAIN_BUNDLE).href);
    } finally {
      process.argv = savedArgv;
    }
    await vi.waitFor(() => expect(s.windows.length).toBe(1), { timeout: 10_000 });
    const win = s.windows[0]!;
    const event = { sender: win.webContents, senderFrame: win.webContents.mainFrame };
    const ipc = (channel: string, args: unknown) => s.ipcHandlers.get(channel)!(event, args) as Promise<Envelope<any>>;
    try {
      const loaded = await ipc('document:load', {});
      const rider = loaded.ok && loaded.value.snapshot.riders[0];
      const bytes = await writeRiderPdf(join(dir, 'signed.pdf'));
      s.nextOpenPath = join(dir, 'signed.pdf');
      const added = await ipc('rider:attachPdf', { riderId: rider.id, recordedBy: 'Sam Whitfield' });
      expect(added.ok).toBe(true);
      const opened = await ipc('rider:openPdf', { attachmentId: added.ok && added.value.records[0].id });
      expect(opened).toEqual({ ok: true, value: { fileName: 'signed.pdf', shownBy: 'system-viewer', pdfBase64: null } });
      expect(s.pathsOpened).toEqual([join(userData, VIEWER_COPIES_DIR, `signed (${sha(bytes).slice(0, 8)}).pdf`)]);
      expect(readFileSync(s.pathsOpened[0]!).equals(bytes)).toBe(true);
    } finally {
      s.app.emit('will-quit', { preventDefault() {} });
    }
  });
});
