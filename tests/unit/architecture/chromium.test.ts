import { describe, expect, it } from 'vitest';
import Chromium from '@sparticuz/chromium';
import { CHROMIUM_ARGS, findChromium, NPM_CHROMIUM_DROPPED_ARGS, npmChromiumArgs, npmChromiumVersion } from '../../support/chromium';
import packageJson from '../../../package.json';

describe('finding a Chromium for the end-to-end tests', () => {
  it('prefers the executable named in CLOSED_SET_CHROMIUM', () => {
    expect(findChromium({ CLOSED_SET_CHROMIUM: '/opt/chrome/chrome' }, (p) => p === '/opt/chrome/chrome' || p === '/usr/bin/chromium')).toEqual({
      source: 'system',
      executablePath: '/opt/chrome/chrome',
    });
  });

  it('says so when CLOSED_SET_CHROMIUM names a file that is not there, instead of quietly using another', () => {
    expect(() => findChromium({ CLOSED_SET_CHROMIUM: '/opt/gone/chrome' }, (p) => p === '/usr/bin/chromium')).toThrow(/CLOSED_SET_CHROMIUM names \/opt\/gone\/chrome, which does not exist/);
  });

  it("falls back to Debian's chromium", () => {
    expect(findChromium({}, (p) => p === '/usr/bin/chromium', 'linux-x64')).toEqual({ source: 'system', executablePath: '/usr/bin/chromium' });
  });

  it('finds Chrome on Windows', () => {
    const path = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe';
    expect(findChromium({ PROGRAMFILES: 'C:\\Program Files' }, (p) => p === path, 'win32-x64')).toEqual({ source: 'system', executablePath: path });
  });

  it('uses the Chromium from npm on a Linux x64 machine with none installed', () => {
    expect(findChromium({}, () => false, 'linux-x64')).toEqual({ source: 'npm' });
  });

  it('uses the Chromium from npm when CLOSED_SET_CHROMIUM=npm, even with one installed', () => {
    expect(findChromium({ CLOSED_SET_CHROMIUM: 'npm' }, (p) => p === '/usr/bin/chromium', 'linux-x64')).toEqual({ source: 'npm' });
  });

  it('says what to install where the npm Chromium does not run and none is installed', () => {
    expect(() => findChromium({}, () => false, 'darwin-arm64')).toThrow(/apt-get install -y chromium.*CLOSED_SET_CHROMIUM/);
    expect(() => findChromium({}, () => false, 'linux-arm64')).toThrow(/No Chromium or Chrome found/);
  });
});

describe('the Chromium from npm', () => {
  it('is the version pinned exactly in package.json', () => {
    expect(packageJson.devDependencies['@sparticuz/chromium']).toBe(npmChromiumVersion());
    expect(npmChromiumVersion()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('runs without the package’s Lambda flags that break the tests or the app’s security', () => {
    // The package's own list has them: this is what is being taken out.
    for (const flag of NPM_CHROMIUM_DROPPED_ARGS) expect(Chromium.args).toContain(flag);
    const args = npmChromiumArgs(Chromium.args);
    for (const flag of NPM_CHROMIUM_DROPPED_ARGS) expect(args).not.toContain(flag);
    // Playwright's own feature lists stay in force.
    expect(args.filter((a) => /^--(disable|enable)-features=/.test(a))).toEqual([]);
    // Our flags, and the package's software-GL setup, are kept.
    for (const flag of CHROMIUM_ARGS) expect(args).toContain(flag);
    expect(args).toContain('--use-gl=angle');
    expect(new Set(args).size).toBe(args.length);
  });
});
