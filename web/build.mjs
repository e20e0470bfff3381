// npm run build:web: bundle the teachers' page into web/dist/index.html, one self-contained file that
// works opened from disk (file://) with no network: the page's script starts its workers from its own
// text through a Blob URL, the scenarios and the schema are bundled as text. Also web/dist/deptsim.js, the library
// as one browser script (global `deptsim`), which the browser tests load.
import { build } from 'esbuild';
import { zodWithoutLocales } from '../sim/cli/zod-without-locales.mjs';
import { mkdirSync, readFileSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = dirname(here);
const out = join(here, 'dist');
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;

const common = {
  bundle: true,
  minify: true,
  platform: 'browser',
  target: 'es2022',
  format: 'iife',
  write: false,
  legalComments: 'none',
  // Chinese strings as they are (not \u escapes): the font subset below reads them from the script.
  charset: 'utf8',
  loader: { '.yaml': 'text' },
  define: { __DEPTSIM_VERSION__: JSON.stringify(version) },
  logLevel: 'warning',
  plugins: [zodWithoutLocales],
  // sim/engine/mathjs.ts reads import.meta only in Node; the page provides mathjs instead.
  logOverride: { 'empty-import-meta': 'silent' },
};
const text = (r) => r.outputFiles[0].text;

// One script for the page and its workers (web/page.ts): it starts them from its own text.
const page = text(await build({ ...common, entryPoints: [join(here, 'page.ts')] }));
const library = text(await build({ ...common, entryPoints: [join(here, 'library.ts')], globalName: 'deptsim' }));
const css = readFileSync(join(here, 'style.css'), 'utf8');

// The Chinese glyphs the page draws, embedded (a subset of the shipped Noto Sans S Chinese, as the
// reports embed theirs: sim/report/embed-fonts.ts), so the page shows Chinese on a machine with no
// CJK font installed. Regular weight only: the browser thickens it for bold text, which keeps the
// page about half a megabyte smaller. The report's font code is bundled for Node on the fly, so
// this script needs no compiled dist/.
const fontsModule = join(out, '.embed-fonts.mjs');
mkdirSync(out, { recursive: true });
await build({ entryPoints: [join(root, 'sim/report/embed-fonts.ts')], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: fontsModule, logLevel: 'warning' });
let fontCss;
try {
  const { fontFaceCss } = await import(pathToFileURL(fontsModule).href);
  const cjk = [...new Set(page.match(/[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]/gu) ?? [])].join('');
  fontCss = await fontFaceCss({ normal: cjk, bold: '' });
} finally {
  rmSync(fontsModule, { force: true });
}
// Inlined scripts must not close their own tag.
const inline = (js) => js.replace(/<\/script/gi, '<\\/script');
const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; worker-src blob:; style-src 'unsafe-inline'; img-src data: blob:; font-src data:">
<title>deptsim</title>
<style>${fontCss}\n${css}</style>
</head>
<body>
<main id="app"></main>
<script>${inline(page)}</script>
</body>
</html>
`;
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'index.html'), html);
writeFileSync(join(out, 'deptsim.js'), library);
const kb = (f) => `${(statSync(join(out, f)).size / 1024).toFixed(0)} KB`;
process.stdout.write(`web/dist/index.html (${kb('index.html')}), web/dist/deptsim.js (${kb('deptsim.js')})\n`);
