// `npm run build` (after tsc): bundle the CLI and the worker threads (runs; a run's report and its figures) with esbuild, over tsc's own
// dist/sim/cli/main.js and dist/sim/runner/worker.js, so every path users, the Slurm recipe
// (`exec node .../dist/sim/cli/main.js`), `bin` and the tests name keeps working.
//
// Why: Node 20 loads ES modules one file at a time (resolve, read, compile, link): deptsim's ~300
// files and its packages' (yargs, zod, yaml, ...) cost a fresh process about 0.3 s of CPU before the
// first line of the command runs, and every worker thread pays its share again. One bundle is read
// and compiled in one go. Code splitting keeps what a command may never need (the report: vega,
// vega-lite, resvg's fonts; the worker pool) in chunks loaded by `import()` only when used.
//
// The rest of dist/ (the library entry dist/sim/index.js, tsc's per-file modules) is left as tsc
// wrote it: the package's `exports` still points there.
import { build } from 'esbuild';
import { zodWithoutLocales } from './zod-without-locales.mjs';
import { yargsBundled } from './yargs-bundled.mjs';
import { shipFonts } from '../report/ship-fonts.mjs';
import { chmodSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const sim = dirname(dirname(fileURLToPath(import.meta.url)));
const out = join(dirname(sim), 'dist', 'sim');
// Chunks are named by content hash: the last build's are removed so dist/ does not grow stale files.
const chunks = join(out, 'chunks');
rmSync(chunks, { recursive: true, force: true });

await build({
  entryPoints: [join(sim, 'cli', 'main.ts'), join(sim, 'runner', 'worker.ts'), join(sim, 'report', 'worker.ts'), join(sim, 'report', 'figure-worker.ts')],
  outbase: sim,
  outdir: out,
  // Chunks sit beside cli/ and runner/ (dist/sim/chunks/), at the same depth, so paths found from
  // import.meta.url (the worker file, the package root) resolve alike from either.
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Packages stay in node_modules but are bundled too (zod, yaml, vega...): they are the larger
  // part of the files loaded. Left in node_modules, loaded as they are: resvg, a native addon (a
  // .node file per platform); piscina, which starts its own worker script found from its __dirname.
  // yargs is bundled with its messages still read from its own folder (sim/cli/yargs-bundled.mjs).
  // mathjs is required at run time (sim/engine/mathjs.ts).
  external: ['@resvg/resvg-js', 'piscina'],
  // Bundled CommonJS packages call require(); an ES module has none, so give the bundle one.
  banner: { js: "import { createRequire as __deptsimRequire } from 'node:module';\nconst require = __deptsimRequire(import.meta.url);" },
  plugins: [zodWithoutLocales, yargsBundled],
  legalComments: 'none',
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
});

if (!readdirSync(chunks).length) throw new Error('bundle: no chunks written');

// The classroom's teacher screen (web/classroom/projector.ts) draws the teachers' page's charts
// (web/charts.ts, vega-lite): one browser script, inlined into the page by sim/classroom/pages.ts.
await build({
  entryPoints: [join(dirname(sim), 'web', 'classroom', 'projector.ts')],
  outfile: join(out, 'classroom', 'projector.js'),
  bundle: true,
  minify: true,
  platform: 'browser',
  target: 'es2022',
  format: 'iife',
  charset: 'utf8',
  legalComments: 'none',
  plugins: [zodWithoutLocales],
  logLevel: 'warning',
});

// The bin must stay executable after every build (tsc and esbuild write files without the execute
// bit): `npx deptsim` in a checkout, or from a tarball npm packed after rebuilding dist/, runs the
// file itself and fails with "Permission denied" otherwise.
chmodSync(join(out, 'cli', 'main.js'), 0o755);

// The fonts the figures draw with, copied from their packages into dist/sim/fonts/ (sim/report/ship-fonts.mjs).
shipFonts(join(out, 'fonts'));
