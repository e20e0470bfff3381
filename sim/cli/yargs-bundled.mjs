// An esbuild plugin for the CLI's bundle (sim/cli/build.mjs): yargs is bundled, with its platform
// shim (yargs/lib/platform-shims/esm.mjs) changed in two places.
//
// Why: left in node_modules, yargs and its packages are ~25 ES modules that a fresh process
// resolves, reads, compiles and links one at a time, and two of them (string-width 7 and 8) build
// an Intl.Segmenter when they load (ICU's break data: 10 ms on a quiet machine, far more on a busy
// one) for the terminal widths that only a help text needs. Profiled on Node 24 (issue 24).
//
// 1. Its messages in the user's language: the shim looks for yargs/locales beside itself, which in a
//    bundle is dist/sim/; it is found from yargs's package.json instead (yargs stays a dependency,
//    installed beside deptsim or hoisted above it, and Node finds it either way).
// 2. cliui (help layout) and string-width load on first use: `require()` of a bundled module is
//    wrapped by esbuild to run that module only when first required. Only --help and the like use them.
import { readFile } from 'node:fs/promises';

const SHIM = /[\\/]node_modules[\\/]yargs[\\/]lib[\\/]platform-shims[\\/]esm\.mjs$/;

/** Replace `from` by `to` in `text`, or stop the build: a yargs update must not slip through silently. */
function swap(text, from, to) {
  if (!text.includes(from)) throw new Error(`yargs-bundled: yargs's platform shim no longer contains ${JSON.stringify(from)}; check sim/cli/yargs-bundled.mjs against the new yargs`);
  return text.replace(from, to);
}

export const yargsBundled = {
  name: 'yargs-bundled',
  setup(b) {
    b.onLoad({ filter: SHIM }, async (args) => {
      let text = await readFile(args.path, 'utf8');
      // The shim's own require (createRequire) is renamed, so that the `require()` calls below are
      // the bundler's and not Node's.
      text = swap(text, 'const require = createRequire(import.meta.url);', 'const requireHere = createRequire(import.meta.url);');
      text = swap(text, '  require,\n', '  require: requireHere,\n');
      text = swap(text, "directory: resolve(__dirname, '../../../locales')", "directory: resolve(dirname(requireHere.resolve('yargs/package.json')), 'locales')");
      text = swap(text, "import cliui from 'cliui'\n", '');
      text = swap(text, "import stringWidth from 'string-width';\n", '');
      text = swap(text, '  cliui,\n', "  cliui: (options) => require('cliui').default(options),\n");
      text = swap(text, '  stringWidth,\n', "  stringWidth: (s) => require('string-width').default(s),\n");
      return { contents: text, loader: 'js', resolveDir: args.path.replace(/[\\/][^\\/]*$/, '') };
    });
  },
};
