import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ReportError } from './read/results.js';

/** Debian's fonts-dejavu-core puts them here; DEPTSIM_FONT_DIR points elsewhere (another distro, a Mac). */
export const DEFAULT_FONT_DIR = '/usr/share/fonts/truetype/dejavu';
const FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf'];

/**
 * The font files for PNG rendering. resvg given no fonts silently draws every chart without text,
 * so a missing font is an error, never a quiet fallback.
 */
export function fontFiles(dir = process.env.DEPTSIM_FONT_DIR || DEFAULT_FONT_DIR): string[] {
  const found = FILES.map((f) => join(dir, f)).filter((p) => existsSync(p));
  if (!found.some((p) => p.endsWith('DejaVuSans.ttf'))) {
    throw new ReportError(
      `cannot render PNG figures: the DejaVu Sans font is missing from ${dir}. ` +
        'Install it (Debian/Ubuntu: apt-get install fonts-dejavu-core) or set DEPTSIM_FONT_DIR to a folder holding DejaVuSans.ttf',
    );
  }
  return found;
}
