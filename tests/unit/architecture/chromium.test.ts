import { describe, expect, it } from 'vitest';
import { findChromium } from '../../support/chromium';

describe('finding a Chromium for the end-to-end tests', () => {
  it('prefers the executable named in CLOSED_SET_CHROMIUM', () => {
    expect(findChromium({ CLOSED_SET_CHROMIUM: '/opt/chrome/chrome' }, (p) => p === '/opt/chrome/chrome' || p === '/usr/bin/chromium')).toBe('/opt/chrome/chrome');
  });

  it("falls back to Debian's chromium", () => {
    expect(findChromium({}, (p) => p === '/usr/bin/chromium')).toBe('/usr/bin/chromium');
  });

  it('finds Chrome on Windows', () => {
    const path = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe';
    expect(findChromium({ PROGRAMFILES: 'C:\\Program Files' }, (p) => p === path)).toBe(path);
  });

  it('says what to install when there is none', () => {
    expect(() => findChromium({}, () => false)).toThrow(/apt-get install -y chromium.*CLOSED_SET_CHROMIUM/);
  });
});
