import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../sim/report/index.js';
import { launchChromium } from './browser.js';
import { compareFolderFiles, runFolderFiles, sweepFolderFiles } from '../report/fixtures.js';

const EVIL = '<script>alert(1)</script>';

let browser: Browser;
let dir: string;

async function writeReport(name: string, files: Record<string, string>): Promise<string> {
  const report = await buildReport(files, { png: false });
  const folder = join(dir, name);
  for (const [k, v] of Object.entries({ ...files, ...report })) {
    mkdirSync(dirname(join(folder, k)), { recursive: true });
    writeFileSync(join(folder, k), v);
  }
  return join(folder, 'report.html');
}

/** Open a report from disk; collect console errors, page errors, dialogs and every request. */
async function open(file: string) {
  const page = await browser.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(pathToFileURL(file).href);
  // Every figure container must end up holding an SVG with drawn marks.
  await page.waitForFunction(
    () => [...document.querySelectorAll('.plot[data-plot]')].every((el) => el.querySelector('svg g[class*="mark-"] path, svg g[class*="mark-"] line')),
    null,
    { timeout: 20_000 },
  );
  const figures = await page.$$eval('.plot[data-plot]', (els) =>
    els.map((el) => ({ name: el.getAttribute('data-plot'), marks: el.querySelectorAll('svg g[class*="mark-"] path, svg g[class*="mark-"] line').length })),
  );
  const title = await page.textContent('h1');
  await page.close();
  return { figures, problems, requests, title };
}

describe('report.html in Chromium, opened from disk', () => {
  beforeAll(async () => {
    browser = await launchChromium();
    dir = mkdtempSync(join(tmpdir(), 'deptsim-report-'));
  });
  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('draws every figure of a run, with no errors and no network, and shows a hostile name as text', async () => {
    const file = await writeReport('run', runFolderFiles(EVIL));
    const r = await open(file);
    expect(r.figures.map((f) => f.name)).toEqual(['periods', 'throughput', 'hours', 'shirking', 'fatigue', 'loss-by-size']);
    for (const f of r.figures) expect(f.marks, f.name ?? '').toBeGreaterThan(0);
    expect(r.problems).toEqual([]);
    expect(r.requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'))).toEqual([]);
    expect(r.title).toBe(EVIL);
  });

  it('draws the figures of a comparison and a sweep', async () => {
    for (const [name, files, plots] of [
      ['compare', compareFolderFiles(), ['compare-periods', 'compare-differences']],
      ['sweep', sweepFolderFiles(true), ['sweep']],
    ] as const) {
      const r = await open(await writeReport(name, files));
      expect(r.figures.map((f) => f.name)).toEqual(plots);
      for (const f of r.figures) expect(f.marks, `${name}/${f.name}`).toBeGreaterThan(0);
      expect(r.problems).toEqual([]);
      expect(r.requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'))).toEqual([]);
    }
  });
});
