import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * vitest globalSetup: the tests get a temporary folder of their own (TMPDIR, which `os.tmpdir()` and
 * the deptsim processes they start read), and the run fails if a test leaves anything in it. Tests
 * must remove what they make: a suite run hundreds of times a week otherwise fills the temp folder
 * (it once left about 60 folders per run), and in a folder of its own, another program's files in
 * /tmp cannot be mistaken for a leak, nor a leak hidden among them.
 */
export default function setup(): () => void {
  const outer = process.env.TMPDIR;
  const mine = mkdtempSync(join(tmpdir(), 'deptsim-tests-'));
  process.env.TMPDIR = mine;
  // npm 11 turns on Node's module compile cache (Node 22 and later) in os.tmpdir(): in this folder
  // it would read as a leak of the tests that run npm (test/e2e/package.long.test.ts).
  const compileCache = process.env.NODE_DISABLE_COMPILE_CACHE;
  process.env.NODE_DISABLE_COMPILE_CACHE = '1';
  return () => {
    if (compileCache === undefined) delete process.env.NODE_DISABLE_COMPILE_CACHE;
    else process.env.NODE_DISABLE_COMPILE_CACHE = compileCache;
    const left = readdirSync(mine);
    if (outer === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = outer;
    rmSync(mine, { recursive: true, force: true });
    if (left.length) {
      // A throw here is printed but leaves the exit code 0 (vitest 4): set it, so CI fails.
      console.error(`\nFAIL: the tests left ${left.length} entries in their temporary folder (remove them in afterAll): ${left.sort().join(', ')}`);
      process.exitCode = 1;
    }
  };
}
