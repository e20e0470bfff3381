import { renderAsync, Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { PRIMARY_FAMILY } from './font-family.js';
import { coverage, svgText } from './embed-fonts.js';
import { fontFiles, shippedFaces } from './fonts.js';

/** How a PNG is sized from its SVG (plots/style.ts's pngFit). */
export type PngFit = { mode: 'zoom' | 'width'; value: number };

/**
 * PNG at the style's size (paper: twice the SVG's, sharp in print and on high-density screens;
 * slides: 1920 px wide), text in the shipped fonts only (fonts.ts): the system's fonts would make
 * the same figure differ from machine to machine.
 */
export function toPng(svg: string, fonts: string[] = fontFiles(), fitTo: PngFit = { mode: 'zoom', value: 2 }): Uint8Array {
  return new Resvg(svg, resvgOptions(svg, fonts, fitTo)).render().asPng();
}

/**
 * The same PNG, its SVG parsed and drawn on one of libuv's threads (only the PNG encoding is done on
 * this one), beside the work of this thread. One at a time: resvg reads every font file afresh for
 * each figure (16 MB for the CJK faces), and six figures drawn at once cost a Chinese report 1.4 s
 * more of the kernel's time than one after another.
 */
export async function toPngAsync(svg: string, fonts: string[], fitTo: PngFit): Promise<Uint8Array> {
  const drawn = rendering.then(() => renderAsync(svg, resvgOptions(svg, fonts, fitTo)));
  rendering = drawn.catch(() => {});
  return (await drawn).asPng();
}

let rendering: Promise<unknown> = Promise.resolve();

function resvgOptions(svg: string, fonts: string[], fitTo: PngFit): ResvgRenderOptions {
  return {
    fitTo,
    background: 'white',
    font: { fontFiles: fontsDrawing(svg, fonts), loadSystemFonts: false, defaultFontFamily: PRIMARY_FAMILY, sansSerifFamily: PRIMARY_FAMILY },
  };
}

/**
 * The font files resvg needs for an SVG, out of `fonts`: when they are the shipped ones and every
 * character of its text is in each shipped face of the first family (DejaVu Sans, which the
 * figures name first), no character falls back to another face, so the CJK files (8 MB each, read
 * and parsed anew for every PNG) are left out: the same pixels, a tenth of a second less a report.
 */
function fontsDrawing(svg: string, fonts: string[]): string[] {
  const shipped = shippedFaces();
  if (fonts.length !== shipped.length || fonts.some((f, i) => f !== shipped[i].path)) return fonts;
  const first = shipped.filter((f) => f.family === PRIMARY_FAMILY);
  const text = svgText(svg);
  // Every character, control characters too: any one the face lacks would be looked for elsewhere.
  const chars = new Set<number>();
  for (const ch of text.normal + text.bold) chars.add(ch.codePointAt(0) as number);
  if (!first.every((face) => [...chars].every(coverage(face)))) return fonts;
  return first.map((f) => f.path);
}
