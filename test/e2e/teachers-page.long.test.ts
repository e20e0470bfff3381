import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, collect, summaryCollector, dailyCollector } from '../../sim/index.js';
import { describe as describeSample } from '../../sim/metrics/stats.js';
import { stableJson } from '../../sim/runner/format.js';
import { runSingle } from '../../sim/runner/run.js';
import { loadScenario } from '../../sim/scenario/load.js';

const CLI = join(process.cwd(), 'dist/sim/cli/main.js');
const PAGE = join(process.cwd(), 'web/dist/index.html');
const PRESET_IDS = ['case-a', 'case-b', 'case-c', 'case-d', 'case-e', 'overtime', 'rest-days', 'secondment', 'spot-checks'];

let browser: Browser;
let tmp: string;
/** Per preset: medians (ms) of control change -> first redraw, -> whole run drawn, and the model's own run in Node. */
const timings: Record<string, { first: number; whole: number; nodeRun?: number }> = {};
const median = (xs: number[]) => {
  const s = [...xs].sort((x, y) => x - y);
  return Math.round((s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2);
};

interface Opened {
  page: Page;
  problems: string[];
  requests: string[];
}

async function open(url: string): Promise<Opened> {
  const page = await browser.newPage({ acceptDownloads: true });
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.liveId, null, { timeout: 120_000 });
  return { page, problems, requests };
}

type Timed = { deptsimTimings: number[]; deptsimFirstDraw: number[] };
/**
 * Wait for the live runs after `change` to be drawn whole. The page times each change itself
 * (performance.now() from the control's event to the end of the chart redraw: the first one, drawn
 * from the run so far, and the one with the whole run); returns both for this change.
 */
async function afterChange(page: Page, change: () => Promise<void>): Promise<{ first: number; whole: number }> {
  const before = await page.evaluate(() => (window as unknown as Timed).deptsimTimings.length);
  await change();
  await page.waitForFunction((n) => (window as unknown as Timed).deptsimTimings.length > n, before, { timeout: 120_000 });
  return page.evaluate(() => {
    const w = window as unknown as Timed;
    return { first: w.deptsimFirstDraw[w.deptsimFirstDraw.length - 1], whole: w.deptsimTimings[w.deptsimTimings.length - 1] };
  });
}

const pageSummary = async (page: Page) => JSON.parse((await page.getAttribute('#summary', 'data-summary')) ?? 'null');
/** The summary as summary.json writes it (numbers rounded the same way), for comparing. */
const asWritten = (s: { windows: unknown; recovery: unknown }) => stableJson({ windows: s.windows, recovery: s.recovery });
/** The fatigue chart as drawn (its SVG). */
const chartPath = (page: Page) => page.$eval('#chart-fatigue svg', (el) => el.innerHTML);

function cliSummary(args: string[]): string {
  const out = join(tmp, `cli-${Math.random().toString(36).slice(2)}`);
  execFileSync('node', [CLI, 'run', ...args, '--out', out], { stdio: 'pipe' });
  return readFileSync(join(out, 'summary.json'), 'utf8');
}
const cliWindows = (text: string) => {
  const j = JSON.parse(text);
  return stableJson({ windows: j.windows, recovery: j.recovery });
};

describe("the teachers' page in Chromium, opened from disk", () => {
  beforeAll(async () => {
    browser = await launchChromium();
    execFileSync('node', ['web/build.mjs'], { stdio: 'pipe' });
    tmp = mkdtempSync(join(tmpdir(), 'deptsim-web-'));
  });
  afterAll(async () => {
    await browser?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
    if (Object.keys(timings).length) {
      process.stdout.write(
        'control change -> redrawn charts, median of 10 changes of A\'s first slider (ms; page-side performance.now() from the input event to the end of the chart redraw; ' +
          'first = first redraw from the run so far, whole = whole run drawn; nodeRun = the model alone in Node, median of 5 after 2 warm-up runs):\n' +
          Object.entries(timings).map(([id, t]) => `  ${id}: first ${t.first}, whole ${t.whole}, nodeRun ${t.nodeRun}`).join('\n') + '\n',
      );
    }
  });

  it('the library bundle gives summary.json byte-identical to Node for the same scenario and seed', async () => {
    const page = await browser.newPage();
    await page.goto('about:blank');
    await page.addScriptTag({ content: readFileSync('web/dist/deptsim.js', 'utf8') });
    const files = Object.fromEntries(readdirSync('scenarios').filter((f) => f.endsWith('.yaml')).map((f) => [f, readFileSync(join('scenarios', f), 'utf8')]));
    for (const [file, seed] of [['teach-overtime-unpaid.yaml', 11], ['case-c-whistle-burst.yaml', 3]] as const) {
      const inBrowser = await page.evaluate(
        ({ files, file, seed }) => {
          const d = (window as unknown as { deptsim: typeof import('../../web/library.js') }).deptsim;
          return d.runSingle(d.parseScenario(files[file], file, d.memoryFs(files)), seed).files['summary.json'];
        },
        { files, file, seed },
      );
      expect(inBrowser).toBe(runSingle(loadScenario(join('scenarios', file)), seed).files['summary.json']);
    }
    // The page's describe (mean, sd, t interval, quantiles) against Node's, to the last bit.
    const sample = Array.from({ length: 37 }, (_, i) => Math.sin(i * 1.7) * 1e3 + i / 7);
    const inBrowser = await page.evaluate((xs) => JSON.stringify((window as unknown as { deptsim: typeof import('../../web/library.js') }).deptsim.describe(xs)), sample);
    expect(inBrowser).toBe(JSON.stringify(describeSample(sample)));
    await page.close();
  });

  it('loads from file:// with no network and no console errors; a slider redraws the chart; the numbers equal the CLI; the link and the YAML replay them', async () => {
    const { page, problems, requests } = await open(pathToFileURL(PAGE).href);
    // The default lesson (case A) against `deptsim run` of the same file and seed.
    const seed = Number(await page.inputValue('#seed'));
    expect(asWritten(await pageSummary(page))).toBe(cliWindows(cliSummary(['scenarios/three-campaigns.yaml', '--seed', String(seed)])));

    // Move a slider with the keyboard: the run is redone and the chart is redrawn differently.
    const before = await chartPath(page);
    await afterChange(page, async () => {
      await page.focus('#a-campaigns');
      await page.keyboard.press('ArrowLeft');
    });
    expect(await page.inputValue('#a-campaigns')).toBe('2');
    expect(await chartPath(page)).not.toBe(before);
    const changed = await pageSummary(page);

    // The link reopens the same numbers.
    const url = page.url();
    expect(url).toContain('s.campaigns=2');
    const again = await open(url);
    expect(asWritten(await pageSummary(again.page))).toBe(asWritten(changed));
    await again.page.close();

    // The downloaded YAML, run by the CLI, and the link, run by the CLI, give the page's numbers.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
    const yamlFile = join(tmp, 'from-page.yaml');
    await download.saveAs(yamlFile);
    const fromYaml = cliSummary([yamlFile]);
    expect(cliWindows(fromYaml)).toBe(asWritten(changed));
    expect(cliSummary([url])).toBe(fromYaml);

    expect(problems).toEqual([]);
    expect(requests.filter((r) => !r.startsWith('file:') && !r.startsWith('blob:') && !r.startsWith('data:'))).toEqual([]);
    await page.close();
  });

  it('every preset: its numbers equal the CLI for the same scenario and seed, and the time from a control change to redrawn charts (median of 10)', async () => {
    const { page, problems } = await open(pathToFileURL(PAGE).href);
    const aRuns: Record<string, { file: string; seed: string }> = {};
    for (const id of PRESET_IDS) {
      if ((await page.inputValue('#preset')) !== id) await afterChange(page, () => page.selectOption('#preset', id));
      const hash = decodeURIComponent(new URL(page.url()).hash);
      const file = /[#&]p=([a-z0-9-]+)/.exec(hash)![1];
      const seed = /[#&]seed=(\d+)/.exec(hash)![1];
      expect(asWritten(await pageSummary(page)), id).toBe(cliWindows(cliSummary([`scenarios/${file}.yaml`, '--seed', seed])));
      // Ten changes of A's first slider, each waited for (a newer change would cancel the older run):
      // one step away from where it stands and back, away from whichever end it is at.
      const lever = (await page.$$eval('#levers fieldset:first-of-type input[type=range][data-lever]', (els) => els.map((e) => e.id)))[0];
      const atMax = await page.$eval(`#${lever}`, (e) => Number((e as HTMLInputElement).value) >= Number((e as HTMLInputElement).max));
      const [away, back] = atMax ? ['ArrowLeft', 'ArrowRight'] : ['ArrowRight', 'ArrowLeft'];
      const times: { first: number; whole: number }[] = [];
      for (let i = 0; i < 10; i++) {
        const value = await page.inputValue(`#${lever}`);
        times.push(
          await afterChange(page, async () => {
            await page.focus(`#${lever}`);
            await page.keyboard.press(i % 2 ? back : away);
          }),
        );
        expect(await page.inputValue(`#${lever}`), `${id}: #${lever} moved`).not.toBe(value);
      }
      timings[id] = { first: median(times.map((t) => t.first)), whole: median(times.map((t) => t.whole)) };
      aRuns[id] = { file, seed };
    }
    expect(problems).toEqual([]);
    await page.close();
    // For reference, once the page (and its workers) are gone: the model's own time for one run of
    // A's scenario in Node, no drawing, no worker.
    for (const [id, { file, seed }] of Object.entries(aRuns)) {
      const scenario = loadScenario(`scenarios/${file}.yaml`);
      const runs = Array.from({ length: 7 }, () => {
        const t0 = performance.now();
        collect(build(scenario, seed), { daily: dailyCollector, summary: summaryCollector });
        return performance.now() - t0;
      });
      timings[id].nodeRun = median(runs.slice(2));
    }
  });

  it('is operable by keyboard alone, with visible focus, and leaves no English in the controls in Chinese', async () => {
    const { page, problems } = await open(pathToFileURL(PAGE).href);
    const reached = new Set<string>();
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const f = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const st = getComputedStyle(el);
        return { id: el.id, visible: st.outlineStyle !== 'none' && parseFloat(st.outlineWidth) >= 2, labelled: !!(el.getAttribute('aria-label') || (el.id && document.querySelector(`label[for="${el.id}"]`)) || el.closest('label') || el.textContent?.trim()) };
      });
      if (!f) continue;
      expect(f.visible, `focus ring on #${f.id}`).toBe(true);
      expect(f.labelled, `label for #${f.id}`).toBe(true);
      reached.add(f.id);
    }
    const controls = await page.$$eval('button, select, input', (els) => els.map((e) => e.id));
    for (const id of controls) expect(reached, `Tab reaches #${id}`).toContain(id);

    // Switch to Chinese with the keyboard (the switch back names its language in that language: "English").
    await page.focus('#lang');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    expect(page.url()).toContain('lang=zh-CN');
    // The controls, and the names in the result tables (periods, departments).
    await page.waitForFunction(() => document.querySelector('#summary table') && document.querySelector('#daystate table'));
    const texts = await page.$$eval('header, #lesson-panel, #levers, #time, #compare label, #compare .help, #summary, #daystate', (els) => els.map((e) => (e as HTMLElement).innerText));
    const english = texts.join('\n').match(/[A-Za-z]{2,}/g)?.filter((w) => !['deptsim', 'YAML', 'run', 'yaml', 'English'].includes(w)) ?? [];
    expect(english).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
