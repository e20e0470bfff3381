import { describe, expect, it } from 'vitest';
import { findChromium } from './browser.js';

describe('finding a browser for the browser tests', () => {
  it('takes DEPTSIM_CHROMIUM when set, and says how to fix it when it names nothing', () => {
    expect(findChromium({ DEPTSIM_CHROMIUM: '/opt/chrome/chrome' }, (p) => p === '/opt/chrome/chrome')).toBe('/opt/chrome/chrome');
    expect(() => findChromium({ DEPTSIM_CHROMIUM: '/nope' }, () => false)).toThrow(/DEPTSIM_CHROMIUM=\/nope: no such file; install Chromium .* or set DEPTSIM_CHROMIUM/);
  });

  it('otherwise looks in the usual places, and says how when it finds none', () => {
    expect(findChromium({}, (p) => p === '/usr/bin/google-chrome')).toBe('/usr/bin/google-chrome');
    expect(() => findChromium({}, () => false)).toThrow(/found none \(looked in \/usr\/bin\/chromium, .*set DEPTSIM_CHROMIUM/);
  });
});
