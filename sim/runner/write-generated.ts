import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { regenerate } from './generated-files.js';

/**
 * `npm run generate` (from the repository root): rewrite every generated file listed in
 * generated-files.ts (the JSON Schemas, the field and parameter tables, the OUTPUTS tables) from the
 * code. test/runner/generated-files.test.ts fails while any of them is stale.
 */
try {
  const all = regenerate((path) => (existsSync(path) ? readFileSync(path, 'utf8') : null));
  for (const { file, current, wanted } of all) {
    if (current === wanted) {
      process.stdout.write(`${file.path}: up to date\n`);
      continue;
    }
    mkdirSync(dirname(file.path), { recursive: true });
    writeFileSync(file.path, wanted);
    process.stdout.write(`${file.path}: rewritten from ${file.from}\n`);
  }
} catch (e) {
  process.stderr.write(`npm run generate: ${(e as Error).message}\n`);
  process.exitCode = 1;
}
