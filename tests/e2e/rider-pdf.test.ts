import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, SHOTS_DIR, type AppUnderTest } from '../support/e2e';

// The signed rider as a PDF in the production file, in the browser host: attach it to a rider version,
// see it listed with what identifies it, save a copy out, open it in a new tab, a non-PDF refused, and
// only in that performer's consent view.
let app: AppUnderTest | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const sha256 = (bytes: Buffer | Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function openConsent(page: Page, name: RegExp): Promise<Locator> {
  await page.getByRole('button', { name: /^People/ }).click();
  await page.getByRole('list', { name: 'Performers' }).getByRole('button', { name }).click();
  await page.getByRole('tab', { name: 'Consent' }).click();
  return page.getByRole('region', { name: /^Consent of / });
}

/** A small real PDF, as a scanner or a PDF export would give the coordinator. */
async function writeRiderPdf(path: string): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  page.drawText('Nudity rider — Maya Okafor (Ruth), scene 42', { x: 60, y: 760, size: 14, font });
  page.drawText('Signed 2026-11-20 in the presence of the intimacy coordinator.', { x: 60, y: 736, size: 11, font });
  const bytes = Buffer.from(await pdf.save());
  writeFileSync(path, bytes);
  return bytes;
}

/** Answers the browser host's "File path" prompt (the desktop app shows main's own dialog instead). */
async function answerPath(page: Page, dialogName: string, path: string, confirm: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: dialogName });
  await dialog.getByRole('textbox', { name: 'File path' }).fill(path);
  await dialog.getByRole('button', { name: confirm }).click();
}

describe('the signed rider as a PDF (browser host)', () => {
  it('attached → listed with version, date, size and hash; a copy saved out is identical; Open shows it in a new tab; a non-PDF is refused; never in another performer’s view', async () => {
    app = await openApp({ sample: true });
    const { page, dir } = app;
    const consent = await openConsent(page, /Maya Okafor/);
    const attach = consent.getByRole('button', { name: /^Attach PDF to version \d+…$/ });
    const version = (await attach.textContent())!.match(/version (\d+)/)![1]!;
    const fileName = 'Maya Okafor rider signed.pdf';
    const bytes = await writeRiderPdf(join(dir, fileName));

    await attach.click();
    await answerPath(page, 'Attach the signed rider (PDF)', join(dir, fileName), 'Attach');
    const list = consent.getByRole('list', { name: 'Rider PDFs' });
    const item = list.getByRole('listitem').filter({ hasText: fileName });
    await expect.poll(() => item.count()).toBe(1);
    const meta = (await item.locator('.rider__pdf-meta').textContent())!;
    expect(meta).toMatch(new RegExp(`^${Math.max(1, Math.round(bytes.length / 1024))} KB · version ${version} · attached \\w{3} \\d{1,2}, \\d{4}, .+ by Sam Whitfield · SHA-256 ${sha256(bytes).slice(0, 12)}$`));
    await expect.poll(() => page.getByRole('status').filter({ hasText: `${fileName} attached to rider version ${version}.` }).count()).toBeGreaterThan(0);

    // Save a copy out: the same bytes.
    await item.getByRole('button', { name: `Save a copy of ${fileName}` }).click();
    const copy = join(dir, 'copy of the rider.pdf');
    await answerPath(page, 'Save a copy of the rider PDF', copy, 'Save copy');
    await expect.poll(() => page.getByText(`Copy saved to ${copy}`).count()).toBe(1);
    expect(sha256(readFileSync(copy))).toBe(sha256(bytes));

    // Open: a new tab on a blob URL of the bytes main checked. The page's CSP allows no fetch of a blob,
    // so the Blob itself is read where the app makes its URL.
    await page.evaluate(() => {
      const made = ((window as unknown as { madeBlobs: Record<string, Blob> }).madeBlobs = {} as Record<string, Blob>);
      const create = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (blob: Blob) => {
        const url = create(blob);
        made[url] = blob;
        return url;
      };
    });
    const [tab] = await Promise.all([page.context().waitForEvent('page'), item.getByRole('button', { name: `Open ${fileName}` }).click()]);
    await expect.poll(() => tab.url()).toMatch(/^blob:/);
    const shown = await page.evaluate(async (url) => {
      const blob = (window as unknown as { madeBlobs: Record<string, Blob> }).madeBlobs[url]!;
      const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
      return { type: blob.type, sha256: [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('') };
    }, tab.url());
    expect(shown).toEqual({ type: 'application/pdf', sha256: sha256(bytes) });
    // Chromium's own PDF viewer shows it (its frame; a headless screenshot does not capture the page it draws).
    await expect.poll(() => tab.frames().map((f) => f.url())).toContain('chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html');
    expect(await tab.evaluate(() => window.opener)).toBeNull();
    await tab.close();

    await item.scrollIntoViewIfNeeded();
    await consent.locator('.rider__pdfs').screenshot({ path: join(SHOTS_DIR, 'rider-pdf-attached.png') });
    await page.screenshot({ path: join(SHOTS_DIR, 'rider-pdf-consent-view.png') });

    // A text file renamed .pdf: refused, naming the file and what to do; nothing added.
    writeFileSync(join(dir, 'rider notes.pdf'), 'Rider notes typed up after the one-on-one.\n');
    await attach.click();
    await answerPath(page, 'Attach the signed rider (PDF)', join(dir, 'rider notes.pdf'), 'Attach');
    const alert = page.getByRole('alert').filter({ hasText: 'rider notes.pdf' });
    await expect.poll(() => alert.textContent()).toContain(
      '“rider notes.pdf” is not a PDF: attach the signed rider as a PDF file (scan or export it as PDF first). Nothing was attached.',
    );
    expect(await list.getByRole('listitem').count()).toBe(1);

    // Daniel's consent view: not there (it is Maya's alone).
    const daniel = await openConsent(page, /Daniel Reyes/);
    await expect.poll(() => daniel.getByRole('button', { name: /^Attach PDF to version/ }).count()).toBe(1);
    expect(await daniel.getByText(fileName).count()).toBe(0);
    expect(await daniel.getByRole('list', { name: 'Rider PDFs' }).count()).toBe(0);
    // …and back in Maya's, still listed once.
    const maya = await openConsent(page, /Maya Okafor/);
    await expect.poll(() => maya.getByRole('list', { name: 'Rider PDFs' }).getByRole('listitem').count()).toBe(1);
  });
});
