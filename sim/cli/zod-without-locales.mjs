// An esbuild plugin for both bundles (the CLI's, sim/cli/build.mjs, and the teachers' page's,
// web/build.mjs). zod re-exports every one of its ~50 translations of its error messages
// (`z.locales`), which a bundle cannot drop: about 300 KB of code to load and parse at every start
// (of the 1.1 MB a CLI command parsed before it began, ~0.03 s; of the page's script, a quarter).
// deptsim never calls them (zod sets English itself; deptsim's messages are its own), so the
// namespace is bundled empty.
export const zodWithoutLocales = {
  name: 'zod-without-locales',
  setup(b) {
    b.onResolve({ filter: /[\\/]locales[\\/]index\.js$/ }, (args) =>
      /[\\/]node_modules[\\/]zod[\\/]/.test(args.importer) ? { path: 'zod-locales', namespace: 'zod-without-locales' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'zod-without-locales' }, () => ({ contents: 'export {};', loader: 'js' }));
  },
};
