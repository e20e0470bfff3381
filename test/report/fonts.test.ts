import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildReport, ReportError } from '../../sim/report/index.js';
import { fontFiles } from '../../sim/report/fonts.js';
import { toPng } from '../../sim/report/png.js';
import { countyFiles } from './fixtures.js';

const svgOf = (report: Record<string, string | Uint8Array>, plot: string) => report[`plots/${plot}.svg`] as string;
const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));
const dejavuOnly = () => fontFiles().filter((f) => /DejaVu/.test(f));

describe('PNG text in any script', () => {
  it('Chinese department names are drawn, simplified and traditional, not as missing-glyph boxes', async () => {
    // Two reports whose names differ only in their Chinese characters (simplified vs traditional).
    const a = await buildReport(countyFiles(['扶贫办', '教育局']));
    const b = await buildReport(countyFiles(['扶貧辦', '教育處']));
    const svgA = svgOf(a, 'throughput');
    const svgB = svgOf(b, 'throughput');
    expect(svgA).toContain('扶贫办');
    expect(svgB).toContain('扶貧辦');
    // The control: with Latin fonts only, every CJK character is the same empty box, so the two
    // figures come out byte-identical (this is what deptsim drew before it shipped a CJK font)...
    expect(same(toPng(svgA, dejavuOnly()), toPng(svgB, dejavuOnly()))).toBe(true);
    // ...and with the shipped fonts the glyphs differ, so the PNGs do.
    expect(same(a['plots/throughput.png'] as Uint8Array, b['plots/throughput.png'] as Uint8Array)).toBe(false);
    expect(same(toPng(svgA), toPng(svgA, dejavuOnly()))).toBe(false);
  });

  it('Latin text is drawn too (resvg given no font silently drops all text)', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="30"><text x="5" y="20" font-size="14">Shirking</text></svg>';
    expect(same(toPng(svg), toPng(svg, []))).toBe(false);
  });

  it('the HTML report carries the Chinese names and names the same typeface as the figures', async () => {
    const r = await buildReport(countyFiles(['扶贫办', '教育局']), { png: false });
    const html = r['report.html'] as string;
    expect(html).toContain('扶贫办');
    const spec = JSON.parse(r['plots/throughput.vl.json'] as string);
    expect(html).toContain(`font-family: ${spec.config.font};`);
    expect(spec.config.font).toMatch(/^DejaVu Sans, Noto Sans S Chinese,/);
  });

  describe('DEPTSIM_FONT_DIR', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deptsim-fonts-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('adds its fonts before the shipped ones', () => {
      const extra = join(dir, 'Extra.ttf');
      writeFileSync(extra, '');
      expect(fontFiles(dir)[0]).toBe(extra);
      expect(fontFiles(dir).length).toBe(fontFiles(undefined).length + 1);
    });

    it('a folder that is missing or holds no font is a clear error', () => {
      expect(() => fontFiles(join(dir, 'nope'))).toThrow(ReportError);
      expect(() => fontFiles(join(dir, 'nope'))).toThrow(/no such folder/);
      const empty = mkdtempSync(join(dir, 'empty-'));
      expect(() => fontFiles(empty)).toThrow(/holds no .ttf/);
    });
  });
});

describe('--no-png reports link only files that exist', () => {
  it.each([true, false])('png: %s', async (png) => {
    const r = await buildReport(countyFiles(['A', 'B']), { png });
    const links = [...(r['report.md'] as string).matchAll(/\]\((plots\/[^)]+)\)/g), ...(r['report.html'] as string).matchAll(/href="(plots\/[^"]+)"/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) expect(Object.keys(r), l).toContain(l);
    expect(links.some((l) => l.endsWith('.png'))).toBe(png);
  });
});
