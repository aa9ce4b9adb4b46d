import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { launchChromium } from './chromium';
import { startHost, type RunningHost } from './browserHost';

export const SHOTS_DIR = join(import.meta.dirname, '../../test-results/screenshots');

export interface AppUnderTest {
  readonly host: RunningHost;
  readonly page: Page;
  readonly file: string | undefined;
  readonly dir: string;
  /** Stops the host and starts it again on the same file (a restart of the app). */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** The real app: browser host on a real file, driven in real Chromium. */
export async function openApp(
  options: { file?: string; sample?: boolean; colorScheme?: 'light' | 'dark'; browser?: Browser; /** The stored "Smooth edges" choice (unset: automatic). */ smoothEdges?: boolean } = {},
): Promise<AppUnderTest> {
  const dir = mkdtempSync(join(tmpdir(), 'closed-set-e2e-'));
  // `sample`: no file given, so the host opens a fresh copy of the sample production, as on first start.
  const file = options.sample ? undefined : (options.file ?? join(dir, 'e2e.closedset'));
  const userData = join(dir, 'user-data');
  const browser = options.browser ?? (await launchChromium());
  let host = await startHost({ file, userData });
  const context: BrowserContext = await browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme: options.colorScheme ?? 'light' });
  if (options.smoothEdges !== undefined) {
    const value = options.smoothEdges ? 'on' : 'off';
    await context.addInitScript((v) => localStorage.setItem('closedSet.smoothEdges', v), value);
  }
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(host.url);
  const app: AppUnderTest = {
    get host() {
      return host;
    },
    page,
    file,
    dir,
    async restart() {
      await host.stop();
      host = await startHost({ file, userData });
      await page.goto(host.url);
    },
    async close() {
      await host.stop();
      await context.close();
      if (!options.browser) await browser.close();
      rmSync(dir, { recursive: true, force: true });
      if (errors.length) throw new Error(`The page threw: ${errors.join('\n')}`);
    },
  };
  return app;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SHOTS_DIR, { recursive: true });
  const path = join(SHOTS_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** In People, records a new performer as another's body double (the way a coordinator does it). */
export async function addBodyDouble(page: Page, name: string, doublesFor: string): Promise<void> {
  await page.getByRole('button', { name: /^People/ }).click();
  await page.getByRole('button', { name: 'Add performer' }).click();
  const field = page.getByRole('textbox', { name: 'Performer name' });
  await field.fill(name);
  await field.press('Enter');
  await page.getByRole('combobox', { name: 'Body double for' }).selectOption({ label: doublesFor });
  await expect.poll(() => page.getByRole('list', { name: 'Performers' }).textContent()).toContain(`body double for ${doublesFor.replace(/ \(.*\)$/, '')}`);
}
