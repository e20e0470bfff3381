import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { CJK_FAMILY, LATIN_FAMILY } from './font-family.js';
import { ReportError } from './read/results.js';

const require = createRequire(import.meta.url);

/** A shipped font file and the CSS face it is embedded as (family, weight) in SVGs and report.html. */
export interface ShippedFace {
  family: string;
  weight: 'normal' | 'bold';
  style: 'normal' | 'italic';
  path: string;
}

/**
 * The fonts deptsim ships (npm dependencies, so PNGs come out the same on Linux, macOS and Windows
 * with nothing installed by hand): DejaVu Sans in the weights and style vega uses, and Noto Sans S
 * Chinese (Adobe's Source Han glyphs: simplified and traditional Chinese, kana, hangul) for the
 * department and campaign names of the field cases. resvg falls back glyph by glyph, so a name that
 * mixes scripts draws whole.
 */
const SHIPPED: { pkg: string; entry: string; dir: string; faces: (Omit<ShippedFace, 'path'> & { file: string })[] }[] = [
  {
    pkg: 'dejavu-fonts-ttf',
    entry: 'dejavu-fonts-ttf/package.json',
    dir: 'ttf',
    faces: [
      { file: 'DejaVuSans.ttf', family: LATIN_FAMILY, weight: 'normal', style: 'normal' },
      { file: 'DejaVuSans-Bold.ttf', family: LATIN_FAMILY, weight: 'bold', style: 'normal' },
      { file: 'DejaVuSans-Oblique.ttf', family: LATIN_FAMILY, weight: 'normal', style: 'italic' },
    ],
  },
  {
    pkg: '@embedpdf/fonts-sc',
    // Its exports map names only its index (dist/index.cjs), so the fonts are one level up from it.
    entry: '@embedpdf/fonts-sc',
    dir: '../fonts',
    faces: [
      { file: 'NotoSansHans-Regular.otf', family: CJK_FAMILY, weight: 'normal', style: 'normal' },
      { file: 'NotoSansHans-Bold.otf', family: CJK_FAMILY, weight: 'bold', style: 'normal' },
    ],
  },
];

/** Font files resvg reads (TrueType, OpenType, collections; not WOFF). */
const FONT_FILE = /\.(ttf|otf|ttc)$/i;

/**
 * The font files for PNG rendering: every font file in `extraDir` (DEPTSIM_FONT_DIR by default: a
 * script neither shipped font covers, e.g. Tibetan or Mongolian), then the shipped ones. resvg given
 * no fonts silently draws every chart without text, so a missing shipped font is an error, never a
 * quiet fallback.
 */
export function fontFiles(extraDir: string | undefined = process.env.DEPTSIM_FONT_DIR || undefined): string[] {
  const extra = extraDir ? extraFonts(extraDir) : [];
  return [...extra, ...shippedFaces().map((f) => f.path)];
}

/** The shipped font files with their faces, in SHIPPED's order; a missing file is a clear error. */
export function shippedFaces(): ShippedFace[] {
  return SHIPPED.flatMap(({ pkg, entry, dir, faces }) => {
    let root: string;
    try {
      root = join(dirname(require.resolve(entry)), dir);
    } catch {
      throw new ReportError(`cannot draw the report's text: the font package ${pkg} is not installed; reinstall deptsim (npm install)`);
    }
    const found = faces.map(({ file, ...face }) => ({ ...face, path: join(root, file) }));
    const missing = found.filter((f) => !existsSync(f.path)).map((f) => f.path);
    if (missing.length) throw new ReportError(`cannot draw the report's text: ${missing.join(', ')} missing from the font package ${pkg}; reinstall deptsim (npm install)`);
    return found;
  });
}

function extraFonts(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    throw new ReportError(`DEPTSIM_FONT_DIR=${dir}: no such folder; point it at a folder of .ttf/.otf/.ttc fonts, or unset it`);
  }
  const found = names.filter((n) => FONT_FILE.test(n)).sort().map((n) => join(dir, n));
  if (!found.length) throw new ReportError(`DEPTSIM_FONT_DIR=${dir} holds no .ttf, .otf or .ttc font; point it at a folder of fonts, or unset it`);
  return found;
}
