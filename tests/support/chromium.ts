import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * Finds a Chromium to drive, portably: $CLOSED_SET_CHROMIUM (or $CHROME_PATH), Debian's
 * /usr/bin/chromium, then common Chrome/Chromium install locations on Linux, macOS and Windows.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env, exists: (p: string) => boolean = existsSync): string {
  const candidates = [
    env.CLOSED_SET_CHROMIUM,
    env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    env.PROGRAMFILES && `${env.PROGRAMFILES}\\Google\\Chrome\\Application\\chrome.exe`,
    env['PROGRAMFILES(X86)'] && `${env['PROGRAMFILES(X86)']}\\Google\\Chrome\\Application\\chrome.exe`,
    env.LOCALAPPDATA && `${env.LOCALAPPDATA}\\Google\\Chrome\\Application\\chrome.exe`,
  ].filter((p): p is string => !!p);
  const found = candidates.find((p) => exists(p));
  if (!found) {
    throw new Error(
      'No Chromium or Chrome found for the end-to-end tests. Install one — on Debian/Ubuntu: `sudo apt-get install -y chromium` — ' +
        'or point CLOSED_SET_CHROMIUM at a Chrome/Chromium executable. Looked in: ' + candidates.join(', '),
    );
  }
  return found;
}

/** Flags that keep Chromium quiet on a machine without network access (TOOLCHAIN.md). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  // Colours as written (screenshots, icons), whatever the machine's display profile.
  '--force-color-profile=srgb',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
}
