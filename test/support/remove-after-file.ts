import { rmSync } from 'node:fs';
import { afterAll } from 'vitest';

/**
 * Temporary folders a helper module makes for the test file that calls it, removed when that file's
 * tests are done. The hook is registered by this file as a vitest setup file, which runs before
 * every test file: a hook at the top level of the helper itself would be registered only for the
 * first file that imports it once test files share their modules (isolate: false).
 */
const shared = globalThis as { deptsimTestFolders?: string[] };
// On globalThis: vitest runs this file again before each test file, and a helper may hold the
// module instance of an earlier run; both must see one list.
const made = (shared.deptsimTestFolders ??= []);

export function removeAfterFile(dir: string): void {
  made.push(dir);
}

afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
