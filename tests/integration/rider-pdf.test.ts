import { execFileSync } from 'node:child_process';
import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/main/ipc/dispatch';
import { ProductionDocument } from '../../electron/main/services/productionDocument';
import type { Envelope } from '../../shared/ipc/errors';
import { visibleTo } from '../../shared/records/privacy';
import { docRecordsFrom } from '../../shared/records/query';
import { newSession } from '../support/session';
import { SAMPLE_PATH, useTempDir } from '../support/tempDir';
import { createSampleProduction } from '../../electron/main/services/sample';

const tempDir = useTempDir();

async function riderPdf(path: string): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([595, 842]);
  page.drawText('Nudity rider, scene 57 — signed 2026-11-20', { x: 60, y: 760, size: 14, font: await pdf.embedFont(StandardFonts.Helvetica) });
  const bytes = Buffer.from(await pdf.save());
  writeFileSync(path, bytes);
  return bytes;
}

function opened() {
  const dir = tempDir();
  const { session, handlers } = newSession(dir);
  const path = join(dir, 'rider.closedset');
  createSampleProduction(SAMPLE_PATH, path).close();
  session.openInitial(path);
  const call = <T>(channel: string, args: unknown) => dispatch(handlers, channel, args, () => {}) as Promise<Envelope<T>>;
  const snap = session.requireDocument().snapshot();
  const maya = snap.performers.find((p) => p.name === 'Maya Okafor')!;
  const daniel = snap.performers.find((p) => p.name === 'Daniel Reyes')!;
  const rider = snap.riders.find((r) => r.performerId === maya.id)!;
  return { dir, path, session, call, maya, daniel, rider };
}
const error = (e: Envelope<unknown>) => (e.ok ? null : e.error);

describe('a rider attached as a PDF to the production file', () => {
  it('is kept in the file, bound to the rider version, survives reopening and Save a Copy As, and saves back byte for byte', async () => {
    const { dir, path, session, call, maya, rider } = opened();
    const bytes = await riderPdf(join(dir, 'Maya rider signed.pdf'));
    const attached = await call<{ records: { id: string; fileName: string; riderId: string; sizeBytes: number }[] }>('rider:attachPdf', { riderId: rider.id, recordedBy: 'Sam Whitfield', path: join(dir, 'Maya rider signed.pdf') });
    expect(attached.ok).toBe(true);
    const record = attached.ok ? attached.value.records[0]! : null;
    expect(record).toMatchObject({ fileName: 'Maya rider signed.pdf', riderId: rider.id, sizeBytes: bytes.length, performerId: maya.id });
    // A copy is written where asked, identical; an existing file is never replaced.
    const out = join(dir, 'copy.pdf');
    expect((await call('rider:savePdfCopy', { attachmentId: record!.id, path: out })).ok).toBe(true);
    expect(readFileSync(out).equals(bytes)).toBe(true);
    expect(execFileSync('pdftotext', [out, '-']).toString()).toContain('Nudity rider, scene 57');
    expect(error(await call('rider:savePdfCopy', { attachmentId: record!.id, path: out }))?.message).toBe('“copy.pdf” already exists and was left as it is: choose another name.');
    // History: the file refuses to change or delete it.
    const db = session.requireDocument().db;
    expect(() => db.prepare('DELETE FROM rider_attachment_data').run()).toThrow('A rider attachment cannot be deleted');
    expect(() => db.prepare("UPDATE rider_attachment SET file_name = 'x.pdf'").run()).toThrow('cannot be changed');
    // Save a Copy As keeps it; reopening reads it back.
    const copy = join(dir, 'handed over.closedset');
    expect((await call('document:saveCopyAs', { path: copy })).ok).toBe(true);
    session.close();
    for (const file of [path, copy]) {
      const doc = ProductionDocument.open(file);
      expect(doc.snapshot().riderAttachments.map((a) => a.fileName)).toEqual(['Maya rider signed.pdf']);
      doc.close();
    }
  });

  it('refuses a file that is not a PDF, an empty one, one over 20 MB, and a missing one, clearly, attaching nothing', async () => {
    const { dir, session, call, rider } = opened();
    writeFileSync(join(dir, 'rider.docx'), 'PK\u0003\u0004 not a pdf at all');
    writeFileSync(join(dir, 'empty.pdf'), '');
    writeFileSync(join(dir, 'huge.pdf'), '%PDF-1.7\n');
    truncateSync(join(dir, 'huge.pdf'), 21 * 1024 * 1024);
    const attach = (name: string) => call('rider:attachPdf', { riderId: rider.id, recordedBy: 'Sam', path: join(dir, name) }).then(error);
    expect((await attach('rider.docx'))?.message).toBe('“rider.docx” is not a PDF: attach the signed rider as a PDF file (scan or export it as PDF first). Nothing was attached.');
    expect((await attach('empty.pdf'))?.message).toBe('“empty.pdf” is empty, so it cannot be the signed rider. Nothing was attached.');
    expect(await attach('huge.pdf')).toEqual({ code: 'too-large', message: '“huge.pdf” is 21.0 MB; a rider PDF can be at most 20.0 MB. Save a smaller PDF (a scan at a lower resolution) and attach that. Nothing was attached.' });
    expect((await attach('missing.pdf'))?.message).toBe('“missing.pdf” could not be read: check that the file exists and is not a folder. Nothing was attached.');
    expect(error(await call('rider:attachPdf', { riderId: 'no-such-rider', recordedBy: 'Sam', path: join(dir, 'empty.pdf') }))?.code).toBe('not-found');
    expect(session.requireDocument().snapshot().riderAttachments).toEqual([]);
    session.close();
  });

  it('is Maya’s own: never in Daniel’s view of the document nor the crew’s', async () => {
    const { dir, session, call, maya, daniel, rider } = opened();
    await riderPdf(join(dir, 'signed.pdf'));
    await call('rider:attachPdf', { riderId: rider.id, recordedBy: 'Sam', path: join(dir, 'signed.pdf') });
    const doc = docRecordsFrom(session.requireDocument().snapshot());
    expect(Object.keys(visibleTo(doc, { kind: 'performer', performerId: maya.id }).riderAttachments)).toHaveLength(1);
    expect(visibleTo(doc, { kind: 'performer', performerId: daniel.id }).riderAttachments).toEqual({});
    expect(visibleTo(doc, { kind: 'crew' }).riderAttachments).toEqual({});
    expect(visibleTo(doc, { kind: 'director' }).riderAttachments).toEqual({});
    session.close();
  });
});
