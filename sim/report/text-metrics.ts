import { readFileSync } from 'node:fs';
import { LATIN_FAMILY } from './font-family.js';
import { shippedFaces, type ShippedFace } from './fonts.js';

/**
 * Text widths from the shipped font's own advance widths, for vega's layout. Headless vega has no
 * canvas to measure text, so it guesses 0.8 em a character: a long title then widens the figure
 * by a third, which shrinks a slide's text when its PNG is fitted to 1920 px, and leaves blank space
 * on a page. With the real widths the SVG is exactly as wide as what it draws.
 */

/** Advance widths of one font, in em, by code point. */
interface Advances {
  em(cp: number): number | undefined;
}

/** Read the cmap (format 4 or 12) and hmtx tables of a TrueType/OpenType file's bytes (`file` names it in errors). */
function readAdvances(buf: Buffer, file: string): Advances {
  const u16 = (o: number) => buf.readUInt16BE(o);
  const u32 = (o: number) => buf.readUInt32BE(o);
  const tables = new Map<string, number>();
  for (let i = 0, n = u16(4); i < n; i++) tables.set(buf.toString('latin1', 12 + 16 * i, 16 + 16 * i), u32(20 + 16 * i));
  const [head, hhea, hmtx, cmap] = ['head', 'hhea', 'hmtx', 'cmap'].map((t) => tables.get(t));
  if (head === undefined || hhea === undefined || hmtx === undefined || cmap === undefined) throw new Error(`${file}: not a TrueType font with cmap and hmtx`);
  const unitsPerEm = u16(head + 18);
  const nMetrics = u16(hhea + 34);
  const advance = (glyph: number) => u16(hmtx + 4 * Math.min(glyph, nMetrics - 1)) / unitsPerEm;
  // The Unicode subtable: full repertoire (3,10: format 12) if there is one, else the BMP (3,1: format 4).
  let sub: number | undefined;
  for (let i = 0, n = u16(cmap + 2); i < n; i++) {
    const [platform, encoding, offset] = [u16(cmap + 4 + 8 * i), u16(cmap + 6 + 8 * i), u32(cmap + 8 + 8 * i)];
    if (platform === 3 && (encoding === 10 || (encoding === 1 && sub === undefined))) sub = cmap + offset;
  }
  if (sub === undefined) throw new Error(`${file}: no Unicode cmap`);
  const glyphOf = glyphLookup(buf, sub);
  const cache = new Map<number, number | undefined>();
  return {
    em(cp) {
      if (!cache.has(cp)) {
        const g = glyphOf(cp);
        cache.set(cp, g ? advance(g) : undefined);
      }
      return cache.get(cp);
    },
  };
}

function glyphLookup(buf: Buffer, sub: number): (cp: number) => number {
  const u16 = (o: number) => buf.readUInt16BE(o);
  const u32 = (o: number) => buf.readUInt32BE(o);
  if (u16(sub) === 12) {
    const groups = u32(sub + 12);
    return (cp) => {
      for (let i = 0; i < groups; i++) {
        const g = sub + 16 + 12 * i;
        if (cp >= u32(g) && cp <= u32(g + 4)) return u32(g + 8) + cp - u32(g);
      }
      return 0;
    };
  }
  const segs = u16(sub + 6) / 2;
  const ends = sub + 14;
  const starts = ends + 2 * segs + 2;
  const deltas = starts + 2 * segs;
  const ranges = deltas + 2 * segs;
  return (cp) => {
    if (cp > 0xffff) return 0;
    for (let i = 0; i < segs; i++) {
      if (cp > u16(ends + 2 * i)) continue;
      const start = u16(starts + 2 * i);
      if (cp < start) return 0;
      const ro = u16(ranges + 2 * i);
      if (ro === 0) return (cp + u16(deltas + 2 * i)) & 0xffff;
      const g = u16(ranges + 2 * i + ro + 2 * (cp - start));
      return g === 0 ? 0 : (g + u16(deltas + 2 * i)) & 0xffff;
    }
    return 0;
  };
}

/** Whether a font has a glyph for a code point (its Unicode cmap): which shipped face draws a character. */
export function glyphCoverage(bytes: Buffer, file: string): (cp: number) => boolean {
  const advances = readAdvances(bytes, file);
  return (cp) => advances.em(cp) !== undefined;
}

/** A measure of text in px: regular and bold advances; a character neither has (Chinese) counts 1 em. */
export type TextWidth = (text: string, fontSize: number, bold: boolean) => number;

export function textWidthFrom(regularFile: string, boldFile: string): TextWidth {
  const regular = readAdvances(readFileSync(regularFile), regularFile);
  const bold = readAdvances(readFileSync(boldFile), boldFile);
  return (text, fontSize, isBold) => {
    const f = isBold ? bold : regular;
    let em = 0;
    for (const ch of text) em += f.em(ch.codePointAt(0)!) ?? 1;
    return em * fontSize;
  };
}

/** The part of vega's text measurer this file replaces. */
interface VegaTextMetrics {
  width: (item: { fontSize?: number; fontWeight?: string | number; limit?: number }, text?: unknown) => number;
}

let installed = false;

/**
 * Make vega lay text out with the shipped DejaVu Sans's widths (once per process). Without the font
 * files (a broken install) vega keeps its own estimate: the figures are then wider, never cut.
 */
export function measureTextWithShippedFont(metrics: VegaTextMetrics): void {
  if (installed) return;
  installed = true;
  let faces: ShippedFace[];
  try {
    faces = shippedFaces();
  } catch {
    return;
  }
  const find = (weight: ShippedFace['weight']) => faces.find((f) => f.family === LATIN_FAMILY && f.weight === weight && f.style === 'normal')?.path;
  const [regular, bold] = [find('normal'), find('bold')];
  if (!regular || !bold) return;
  const width = textWidthFrom(regular, bold);
  metrics.width = (item, text) => {
    const s = text === null || text === undefined ? '' : String(text).trim();
    const w = width(s, item.fontSize ?? 11, item.fontWeight === 'bold' || Number(item.fontWeight) >= 600);
    // A limited text (labelLimit) is cut to its limit by vega; its width is at most the limit.
    return item.limit && item.limit > 0 ? Math.min(w, item.limit) : w;
  };
}
