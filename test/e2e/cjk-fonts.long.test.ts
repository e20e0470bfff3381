import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shippedFaces } from '../../sim/report/fonts.js';
import { buildReport } from '../../sim/report/index.js';
import { countyFiles } from '../report/fixtures.js';
import { launchChromium } from './browser.js';

/**
 * Chinese names in the SVG files and report.html are drawn by a real browser that has no CJK font:
 * the glyphs come from the subsets the files embed. Chromium is started with a fontconfig that lists
 * only DejaVu (the shipped TTFs), so the test means the same on a machine that has a CJK font
 * installed. Each check screenshots an element holding a Chinese name, then the same element holding
 * as many private-use characters (no font has them: missing-glyph boxes, "tofu"); drawn glyphs
 * differ from tofu. The control, the same file with its @font-face rules cut out, must draw the
 * name as tofu, or the check proves nothing.
 */

const NAMES: [string, string] = ['扶贫办', '教育局'];
const LEDE = `${NAMES[0]}与${NAMES[1]}：两个部门的协调`;
/** As many private-use characters as `text` has: no font has them, so each is a missing-glyph box. */
const tofuFor = (text: string) => Array.from(text, (_, i) => String.fromCharCode(0xe000 + i)).join('');

let browser: Browser;
let dir: string;

/** The SVG's embedded fonts cut out: what the file was before deptsim embedded them. */
const withoutSvgFonts = (svg: string) => svg.replace(/<defs><style>@font-face[\s\S]*?<\/style><\/defs>/, '');
const withoutHtmlFonts = (html: string) => html.replace(/<style>@font-face[\s\S]*?<\/style>\n/, '');

function write(name: string, text: string): string {
  const file = join(dir, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

/**
 * Screenshots of the first element (of `selector`) whose text holds `text`: holding just `text`, then
 * as much tofu, both clipped to the box that holds either.
 */
async function shots(page: Page, selector: string, text: string): Promise<{ name: Buffer; tofu: Buffer }> {
  const handle = await page.waitForFunction(
    ([sel, t]) => [...document.querySelectorAll(sel)].find((el) => el.textContent?.includes(t)) ?? null,
    [selector, text] as const,
    { timeout: 20_000 },
  );
  const el = handle.asElement();
  if (!el) throw new Error(`no ${selector} holds ${text}`);
  await el.scrollIntoViewIfNeeded();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const boxOf = async (t: string) => {
    await el.evaluate((node, s) => (node.textContent = s), t);
    return (await el.boundingBox())!;
  };
  const tofuText = tofuFor(text);
  const a = await boxOf(tofuText);
  const b = await boxOf(text);
  const x = Math.floor(Math.min(a.x, b.x)) - 2;
  const y = Math.floor(Math.min(a.y, b.y)) - 2;
  const clip = { x, y, width: Math.ceil(Math.max(a.x + a.width, b.x + b.width)) + 2 - x, height: Math.ceil(Math.max(a.y + a.height, b.y + b.height)) + 2 - y };
  const name = await page.screenshot({ clip });
  await boxOf(tofuText);
  const tofu = await page.screenshot({ clip });
  return { name, tofu };
}

async function open(file: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(pathToFileURL(file).href);
  return page;
}

describe('Chinese names in SVG and report.html, drawn by Chromium with no CJK system font', () => {
  let svg: string;
  let html: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'deptsim-cjk-'));
    const dejavu = dirname(shippedFaces().find((f) => f.family === 'DejaVu Sans')!.path);
    const conf = write('fonts.conf', `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig><dir>${dejavu}</dir><cachedir>${join(dir, 'font-cache')}</cachedir></fontconfig>\n`);
    browser = await launchChromium({ ...process.env, FONTCONFIG_FILE: conf });
    const report = await buildReport(countyFiles(NAMES, LEDE), { png: false });
    svg = report['plots/throughput.svg'] as string;
    html = report['report.html'] as string;
    for (const [k, v] of Object.entries(report)) write(join('report', k), v as string);
    write('report/plots/throughput.no-fonts.svg', withoutSvgFonts(svg));
    write('report/report.no-fonts.html', withoutHtmlFonts(html));
  });
  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('the controls really lack the fonts', () => {
    expect(svg).toContain('font-family:"Noto Sans S Chinese"');
    expect(readFileSync(join(dir, 'report/plots/throughput.no-fonts.svg'), 'utf8')).not.toContain('@font-face');
    expect(html).toContain('font-family:"Noto Sans S Chinese"');
    expect(readFileSync(join(dir, 'report/report.no-fonts.html'), 'utf8')).not.toContain('@font-face');
  });

  it('an SVG file draws the names from its embedded fonts; without them they are tofu', async () => {
    for (const name of NAMES) {
      const page = await open(join(dir, 'report/plots/throughput.svg'));
      const drawn = await shots(page, 'text', name);
      await page.close();
      const control = await open(join(dir, 'report/plots/throughput.no-fonts.svg'));
      const bare = await shots(control, 'text', name);
      await control.close();
      expect(bare.name.equals(bare.tofu), `${name}: without the embedded fonts this machine draws tofu`).toBe(true);
      expect(drawn.name.equals(drawn.tofu), `${name}: drawn, not tofu`).toBe(false);
      expect(drawn.name.equals(bare.name)).toBe(false);
    }
  });

  it('report.html draws the names in its figures and its text; without its fonts they are tofu', async () => {
    // A figure's label (vega draws the figure in the page, as SVG) and the page's own text.
    for (const [selector, text] of [
      ['.plot[data-plot="throughput"] svg text', NAMES[0]],
      ['p.lede', LEDE],
    ] as const) {
      const page = await open(join(dir, 'report/report.html'));
      const drawn = await shots(page, selector, text);
      await page.close();
      const control = await open(join(dir, 'report/report.no-fonts.html'));
      const bare = await shots(control, selector, text);
      await control.close();
      expect(bare.name.equals(bare.tofu), `${selector}: tofu without the fonts`).toBe(true);
      expect(drawn.name.equals(drawn.tofu), `${selector}: drawn`).toBe(false);
      expect(drawn.name.equals(bare.name), `${selector}: the embedded fonts change the drawing`).toBe(false);
    }
  });
});
