import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { removeAfterFile } from '../support/remove-after-file.js';

/** Write `files` (name -> content) into a fresh temporary folder, removed after the test file; returns the folder. */
export function writeTree(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'deptsim-scenario-'));
  removeAfterFile(dir);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

/** A small valid scenario; cases below break one thing in it. */
export const VALID = `name: t
calendar: { start: 2017-01-02, days: 100 }
departments:
  - id: a
    headcount: 10
  - id: b
    headcount: 4
`;
