import { embedFontsInHtml, embedFontsInSvg } from './embed-fonts.js';
import { toPngAsync, type PngFit } from './png.js';

/**
 * The report's files that need its fonts: each figure's SVG carrying its glyphs (embed-fonts.ts) and,
 * when asked, its PNG (png.ts), both from vega's SVG; and the page with its glyphs. Kept apart from
 * the drawing so that a run's report thread can hand them to a thread of their own
 * (figure-thread.ts) and draw the next figure meanwhile: the same functions, so the same bytes,
 * wherever they run.
 */
export interface PngAsked {
  /** The font files resvg draws the text with (fonts.ts's fontFiles). */
  fonts: string[];
  fitTo: PngFit;
}

export interface FigureFiles {
  svg: string;
  png?: Uint8Array;
}

export interface FileMaker {
  /** A figure's SVG file and PNG from the SVG vega drew. */
  figure(svg: string, png: PngAsked | null): Promise<FigureFiles>;
  /** report.html with the glyphs of its text and of its figures (the SVGs vega drew). */
  page(html: string, figures: string[]): Promise<string>;
}

/** A figure's files, made in this thread. */
export async function figureFiles(svg: string, png: PngAsked | null): Promise<FigureFiles> {
  // The PNG is drawn on another thread (png.ts) while the fonts are subset on this one.
  const drawing = png ? toPngAsync(svg, png.fonts, png.fitTo) : null;
  drawing?.catch(() => {});
  const embedded = await embedFontsInSvg(svg);
  return drawing ? { svg: embedded, png: await drawing } : { svg: embedded };
}

/** The files made in this thread. */
export const IN_THIS_THREAD: FileMaker = { figure: figureFiles, page: embedFontsInHtml };
