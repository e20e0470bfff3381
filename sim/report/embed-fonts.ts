import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { shippedFaces, type ShippedFace } from './fonts.js';
import { glyphCoverage } from './text-metrics.js';

/**
 * The report's SVG files and report.html carry the glyphs they draw, so Chinese department names
 * show on a machine with no CJK font installed (CI's Debian, a teacher's laptop) and every viewer
 * draws the same faces as the PNGs. Each file gets one @font-face per shipped face it needs, under
 * the family names of font-family.ts, holding only the characters the file's text uses. A face whose
 * characters do not occur is left out, so a Latin-only report carries no CJK font at all.
 * Format: WOFF (zlib), hinting dropped (resvg draws the PNGs unhinted too, and it halves the size).
 * WOFF2 would be about 30% smaller, but its Brotli encoder (WebAssembly) took several times as long:
 * 0.2 to 0.5 s a figure on a loaded 2-core machine, against 0.03 to 0.17 s for WOFF.
 */

/** The characters a file draws, by weight: bold text needs the bold faces. */
export interface TextByWeight {
  normal: string;
  bold: string;
}

type SubsetFont = (font: Buffer, text: string, opts: { targetFormat: 'woff'; noHinting: boolean }) => Promise<Buffer>;
const require = createRequire(import.meta.url);

/** Add the @font-face rules for the SVG's own text, in a <defs><style> right after its opening tag. */
export async function embedFontsInSvg(svg: string): Promise<string> {
  const css = await fontFaceCss(svgText(svg));
  if (!css) return svg;
  const open = /^<svg\b[^>]*>/.exec(svg);
  if (!open) throw new Error('embedFontsInSvg: the markup does not start with an <svg> element');
  return `${open[0]}<defs><style>${css}</style></defs>${svg.slice(open[0].length)}`;
}

/**
 * Add the @font-face rules report.html needs, before </head>: its own visible text, the text of its
 * figures (vega draws them in the page from the same specs, so the SVGs' text is theirs), and
 * printable ASCII, ellipsis and minus, because the page's vega lays labels out with the browser's
 * text measure and may shorten one the headless SVG kept whole.
 */
export async function embedFontsInHtml(html: string, figures: string[]): Promise<string> {
  const page = htmlText(html);
  const charts = figures.map(svgText);
  const css = await fontFaceCss({
    normal: [PAGE_EXTRA, page.normal, ...charts.map((c) => c.normal)].join(''),
    bold: [page.bold, ...charts.map((c) => c.bold)].join(''),
  });
  const at = html.indexOf('</head>');
  if (at < 0) throw new Error('embedFontsInHtml: the page has no </head>');
  return css ? `${html.slice(0, at)}<style>${css}</style>\n${html.slice(at)}` : html;
}

const PAGE_EXTRA = `${String.fromCharCode(...Array.from({ length: 95 }, (_, i) => 32 + i))}…−`;

/** The text of an SVG's <text> elements (tspans included), split by the element's font-weight. */
export function svgText(svg: string): TextByWeight {
  const out: TextByWeight = { normal: '', bold: '' };
  for (const m of svg.matchAll(/<text\b([^>]*)>([\s\S]*?)<\/text>/g)) {
    const weight = /\bfont-weight="([^"]*)"/.exec(m[1])?.[1] ?? 'normal';
    out[isBold(weight) ? 'bold' : 'normal'] += decodeEntities(m[2].replace(/<[^>]*>/g, ''));
  }
  return out;
}

/** The visible text of a page (no head, scripts or styles), with that of its bold elements apart. */
export function htmlText(html: string): TextByWeight {
  const body = html.replace(/<head\b[\s\S]*?<\/head>|<script\b[\s\S]*?<\/script>|<style\b[\s\S]*?<\/style>/gi, '');
  const text = (s: string) => decodeEntities(s.replace(/<[^>]*>/g, ''));
  // Elements the browser draws bold by default (the page's stylesheet makes th 600: bold's face).
  const bold = [...body.matchAll(/<(h[1-6]|th|summary|strong|b)\b[^>]*>([\s\S]*?)<\/\1>/gi)].map((m) => text(m[2]));
  return { normal: text(body), bold: bold.join('') };
}

const isBold = (weight: string): boolean => weight === 'bold' || weight === 'bolder' || (/^\d+$/.test(weight) && Number(weight) >= 600);

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    const lower = e.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(Number(lower.slice(1)));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[lower];
  });
}

/**
 * The @font-face rules drawing `text`: for each weight, each character goes to the first shipped face
 * of that weight that has it, in the order of the font-family list (a browser falls back character
 * by character down that list, so this is the face it would pick). Characters no shipped face has
 * are left to the viewer's fonts. Empty when there is no text. Same text, same bytes.
 */
export async function fontFaceCss(text: TextByWeight): Promise<string> {
  const faces = shippedFaces().filter((f) => f.style === 'normal');
  const rules: string[] = [];
  for (const weight of ['normal', 'bold'] as const) {
    let left = codePoints(text[weight]);
    for (const face of faces.filter((f) => f.weight === weight)) {
      if (!left.length) break;
      const has = coverage(face);
      const mine = left.filter(has);
      left = left.filter((c) => !has(c));
      if (mine.length) rules.push(fontFaceRule(face, await subset(face, String.fromCodePoint(...mine))));
    }
  }
  return rules.join('\n');
}

function fontFaceRule(face: ShippedFace, woff: Buffer): string {
  return `@font-face{font-family:"${face.family}";font-style:normal;font-weight:${face.weight === 'bold' ? 700 : 400};src:url(data:font/woff;base64,${woff.toString('base64')}) format("woff")}`;
}

/** The distinct printable characters of a text, in code point order. */
function codePoints(text: string): number[] {
  const set = new Set<number>();
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    if (c >= 0x20 && !(c >= 0x7f && c < 0xa0)) set.add(c);
  }
  return [...set].sort((a, b) => a - b);
}

// The shipped files are large (Noto's are 8 MB each): read each once per process, and only when
// a text needs it. Subsets are kept too, since a report's figures often draw the same characters.
// subset-font is required at run time, not imported, so a bundler leaves it in node_modules, where
// it finds HarfBuzz's WebAssembly beside its own files.
const fontBytes = new Map<string, Buffer>();
const coverages = new Map<string, (cp: number) => boolean>();
const subsets = new Map<string, Buffer>();
const SUBSETS_KEPT = 256;

const bytesOf = (face: ShippedFace): Buffer => {
  let b = fontBytes.get(face.path);
  if (!b) fontBytes.set(face.path, (b = readFileSync(face.path)));
  return b;
};

/** Whether a face has a glyph for a code point (its cmap), from the same bytes its subsets are cut from. */
export function coverage(face: ShippedFace): (cp: number) => boolean {
  let has = coverages.get(face.path);
  if (!has) coverages.set(face.path, (has = glyphCoverage(bytesOf(face), face.path)));
  return has;
}

async function subset(face: ShippedFace, chars: string): Promise<Buffer> {
  const key = `${face.path}\0${chars}`;
  let out = subsets.get(key);
  if (!out) {
    const subsetFont = require('subset-font') as SubsetFont;
    out = await subsetFont(bytesOf(face), chars, { targetFormat: 'woff', noHinting: true });
    if (subsets.size >= SUBSETS_KEPT) subsets.clear();
    subsets.set(key, out);
  }
  return out;
}
