import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CJK_FAMILY, LATIN_FAMILY } from './font-family.js';
import { ReportError } from './report-error.js';
import shipped from './shipped-fonts.json' with { type: 'json' };

const require = createRequire(import.meta.url);

/** A shipped font file and the CSS face it is embedded as (family, weight) in SVGs and report.html. */
export interface ShippedFace {
  family: string;
  weight: 'normal' | 'bold';
  style: 'normal' | 'italic';
  path: string;
}

/**
 * The fonts deptsim ships, so PNGs come out the same on Linux, macOS and Windows with nothing
 * installed by hand: DejaVu Sans in the weights and style vega uses, and Noto Sans S Chinese
 * (Adobe's Source Han glyphs: simplified and traditional Chinese, kana, hangul), whole, for any
 * department or campaign name of the field cases. resvg falls back glyph by glyph, so a name that
 * mixes scripts draws whole. shipped-fonts.json lists the faces; the build copies just those from
 * their packages (devDependencies) into dist/sim/fonts/ (ship-fonts.mjs), which an install carries.
 */
const SHIPPED = shipped as { pkg: string; entry: string; dir: string; faces: { file: string; role: 'latin' | 'cjk'; weight: ShippedFace['weight']; style: ShippedFace['style'] }[] }[];
const FAMILY = { latin: LATIN_FAMILY, cjk: CJK_FAMILY } as const;

/** dist/sim/fonts/, beside the module's folder (dist/sim/report/, or dist/sim/chunks/ in the bundle). */
const COPIED = join(dirname(fileURLToPath(import.meta.url)), '..', 'fonts');

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

/**
 * The shipped font files with their faces, in SHIPPED's order: the copies in dist/sim/fonts/ (an
 * install), else the font packages themselves (a checkout run from source); a missing file is a
 * clear error.
 */
export function shippedFaces(): ShippedFace[] {
  const copied = SHIPPED.flatMap(({ faces }) => faces.map(({ file, role, ...face }) => ({ family: FAMILY[role], ...face, path: join(COPIED, file) })));
  if (copied.every((f) => existsSync(f.path))) return copied;
  return SHIPPED.flatMap(({ pkg, entry, dir, faces }) => {
    let root: string;
    try {
      root = join(dirname(require.resolve(entry)), dir);
    } catch {
      throw new ReportError(`cannot draw the report's text: the fonts are missing from ${COPIED} and the font package ${pkg} is not installed; reinstall deptsim (npm install)`);
    }
    const found = faces.map(({ file, role, ...face }) => ({ family: FAMILY[role], ...face, path: join(root, file) }));
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
