import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * A worker thread's script, compiled. Workers always run JS from dist/: under a TypeScript runner
 * (vitest) the caller is a file under sim/, so look for its compiled twin under dist/sim/. Callers
 * name the script relative to themselves one level below sim/ (`../runner/worker.js`): their code
 * may run from the CLI's bundle (dist/sim/cli/main.js or a chunk in dist/sim/chunks/, see
 * sim/cli/build.mjs), from tsc's per-file dist/, or from source, all at that depth.
 */
export function compiledFile(url: URL): string {
  const here = fileURLToPath(url);
  if (existsSync(here)) return here;
  const dist = here.replace(/([\\/])sim([\\/])([^\\/]+)([\\/])([^\\/]+\.js)$/, '$1dist$1sim$2$3$4$5');
  if (existsSync(dist)) return dist;
  throw new Error(`worker script not found at ${here} or ${dist}; run \`npm run build\` first`);
}
