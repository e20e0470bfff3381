// `npm run build` (and `npm test`, `npm pack`): copy the font faces the figures use, and their
// licences, from the font packages (devDependencies) into dist/sim/fonts/, which the package ships.
// The packages hold far more than is drawn with (five weights of Noto Sans SC, 41 MB; 22 DejaVu
// faces, 12 MB): an install carries the five faces sim/report/shipped-fonts.json names, whole, so
// any Chinese name still renders (docs/REPORTS.md, "Fonts").
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/** Copy the shipped faces into `out` (replaced whole); throws when a font package is missing. */
export function shipFonts(out) {
  const shipped = JSON.parse(readFileSync(join(here, 'shipped-fonts.json'), 'utf8'));
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const { pkg, entry, dir, license, faces } of shipped) {
    let root;
    try {
      root = join(dirname(require.resolve(entry)), dir);
    } catch {
      throw new Error(`ship-fonts: the font package ${pkg} is not installed (npm install)`);
    }
    for (const { file } of faces) {
      if (!existsSync(join(root, file))) throw new Error(`ship-fonts: ${file} missing from ${pkg}`);
      copyFileSync(join(root, file), join(out, file));
    }
    copyFileSync(join(root, license), join(out, `LICENSE-${pkg.replace(/^@/, '').replace(/\//g, '-')}.txt`));
  }
}
