import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as hb from 'harfbuzzjs';
import { describe, expect, it } from 'vitest';
import { embedFontsInHtml, embedFontsInSvg, htmlText, svgText } from '../../sim/report/embed-fonts.js';
import { CJK_FAMILY, FONT_FAMILY, LATIN_FAMILY } from '../../sim/report/font-family.js';
import { buildReport } from '../../sim/report/index.js';
import { countyFiles } from './fixtures.js';

const require = createRequire(import.meta.url);
const fontverter = require('fontverter') as { convert: (b: Buffer, to: 'sfnt') => Promise<Buffer> };

interface Face {
  family: string;
  weight: number;
  bytes: number;
  chars: string;
}

/** The @font-face rules of a file, each with the characters its embedded font has (its cmap). */
async function facesOf(text: string): Promise<Face[]> {
  const out: Face[] = [];
  for (const m of text.matchAll(/@font-face\{font-family:"([^"]+)";font-style:normal;font-weight:(\d+);src:url\(data:font\/woff;base64,([A-Za-z0-9+/=]+)\) format\("woff"\)\}/g)) {
    const woff2 = Buffer.from(m[3], 'base64');
    const sfnt = await fontverter.convert(woff2, 'sfnt');
    const chars = String.fromCodePoint(...new hb.Face(new hb.Blob(sfnt)).collectUnicodes());
    out.push({ family: m[1], weight: Number(m[2]), bytes: woff2.length, chars });
  }
  expect(out.length, 'every @font-face rule read').toBe(text.split('@font-face').length - 1);
  return out;
}

const svg = (...texts: [string, string?][]) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60">${texts.map(([t, w]) => `<text x="5" y="20" font-family="${FONT_FAMILY}"${w ? ` font-weight="${w}"` : ''}>${t}</text>`).join('')}</svg>`;

describe('fonts embedded in SVG files and report.html', () => {
  it('the embedded families are the first two of the figures\' font-family list, in the order a browser tries them', () => {
    expect(FONT_FAMILY.startsWith(`${LATIN_FAMILY}, ${CJK_FAMILY},`)).toBe(true);
  });

  it('Latin-only text embeds a DejaVu subset of exactly its characters, and no CJK font', async () => {
    const out = await embedFontsInSvg(svg(['Shirking &amp; fatigue'], ['Weeks', 'bold']));
    const faces = await facesOf(out);
    expect(faces.map((f) => [f.family, f.weight])).toEqual([[LATIN_FAMILY, 400], [LATIN_FAMILY, 700]]);
    expect(faces[0].chars).toBe(' &Saefghiknrtu');
    expect(faces[1].chars).toBe('Weks');
    for (const f of faces) expect(f.bytes).toBeLessThan(3000);
    expect(out).toMatch(/^<svg [^>]*><defs><style>@font-face/);
  });

  it('Chinese characters go to the CJK face, in the weight they are drawn in; Latin stays with DejaVu', async () => {
    const faces = await facesOf(await embedFontsInSvg(svg(['扶贫办 (12 staff)'], ['教育局', 'bold'])));
    expect(faces.map((f) => [f.family, f.weight, f.chars])).toEqual([
      [LATIN_FAMILY, 400, ' ()12afst'],
      [CJK_FAMILY, 400, '办扶贫'],
      [CJK_FAMILY, 700, '局教育'],
    ]);
  });

  it('text with no characters adds nothing', async () => {
    const bare = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="5" height="5"/></svg>';
    expect(await embedFontsInSvg(bare)).toBe(bare);
  });

  it('reads text out of tspans and entities, and a page\'s visible text apart from its head, scripts and styles', () => {
    expect(svgText('<svg><text font-weight="bold"><tspan>A&#x4E00;</tspan><tspan>&lt;b</tspan></text><text>c</text></svg>')).toEqual({ normal: 'c', bold: 'A一<b' });
    const page = '<html><head><title>扶</title><style>x{}</style></head><body><h1>贫&amp;</h1><p>办</p><script>var 局;</script></body></html>';
    expect(htmlText(page)).toEqual({ normal: '贫&办', bold: '贫&' });
  });

  it('report.html holds its text, its figures\' text and printable ASCII, under a policy that lets data: fonts load', async () => {
    const figure = svg(['教育局', 'bold']);
    const html = await embedFontsInHtml('<html><head><meta http-equiv="Content-Security-Policy" content="font-src data:"></head><body><p>扶贫办</p></body></html>', [figure]);
    const faces = await facesOf(html);
    expect(faces.map((f) => [f.family, f.weight])).toEqual([[LATIN_FAMILY, 400], [CJK_FAMILY, 400], [CJK_FAMILY, 700]]);
    expect(faces[1].chars).toBe('办扶贫');
    expect(faces[2].chars).toBe('局教育');
    expect(faces[0].chars).toContain('0123456789');
    const report = await buildReport(countyFiles(['A', 'B']), { png: false });
    expect(report['report.html']).toMatch(/Content-Security-Policy" content="[^"]*font-src data:/);
  });

  it('a report is byte-identical from run to run and from process to process; a Latin-only one carries no CJK font', async () => {
    const files = countyFiles(['扶贫办', '教育局']);
    const a = await buildReport(files, { png: false });
    const b = await buildReport(files, { png: false });
    expect(a).toEqual(b);
    expect(a['plots/throughput.svg']).toContain(`font-family:"${CJK_FAMILY}"`);
    const latin = await buildReport(countyFiles(['Poverty office', 'Education']), { png: false });
    for (const [name, text] of Object.entries(latin)) if (/\.(svg|html)$/.test(name)) expect(text, name).not.toContain(`font-family:"${CJK_FAMILY}"`);
    // Another Node process (a fresh HarfBuzz and WOFF2 encoder) writes the same bytes.
    const sha = (s: string) => createHash('sha256').update(s).digest('hex');
    const figure = a['plots/throughput.svg'] as string;
    const plain = figure.replace(/<defs><style>@font-face[\s\S]*?<\/style><\/defs>/, '');
    const url = pathToFileURL(resolve('dist/sim/report/embed-fonts.js')).href;
    const child = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', `const { embedFontsInSvg } = await import(${JSON.stringify(url)}); let s = ''; for await (const c of process.stdin) s += c; const out = await embedFontsInSvg(s); process.stdout.write((await import('node:crypto')).createHash('sha256').update(out).digest('hex'));`],
      { input: plain, encoding: 'utf8' },
    );
    expect(child.status, child.stderr).toBe(0);
    expect(child.stdout).toBe(sha(figure));
  });
});
