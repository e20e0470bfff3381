import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * Where Chromium or Chrome usually is: Debian/Ubuntu packages and snaps, then macOS and Windows
 * installs. playwright-core never downloads a browser, so the tests drive one that is already here.
 */
const USUAL = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

const HOW =
  'install Chromium (Debian/Ubuntu: apt-get install chromium; .ci/run does) or set DEPTSIM_CHROMIUM to the executable of a Chromium or Chrome, ' +
  'e.g. DEPTSIM_CHROMIUM="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" npm test';

/** The browser to drive: DEPTSIM_CHROMIUM if set (and then it must exist), else the first usual path found. */
export function findChromium(env: NodeJS.ProcessEnv = process.env, exists: (p: string) => boolean = existsSync): string {
  const given = env.DEPTSIM_CHROMIUM;
  if (given) {
    if (!exists(given)) throw new Error(`DEPTSIM_CHROMIUM=${given}: no such file; ${HOW}`);
    return given;
  }
  const found = USUAL.find(exists);
  if (!found) throw new Error(`the browser tests need Chromium or Chrome and found none (looked in ${USUAL.join(', ')}): ${HOW}`);
  return found;
}

/**
 * Headless, sandbox off (CI runs as root), no background traffic: a report must not need the network.
 * `env` reaches the browser process (e.g. FONTCONFIG_FILE, to choose the system fonts it sees).
 */
export function launchChromium(env?: NodeJS.ProcessEnv): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    ...(env ? { env } : {}),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}
