import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { signalsFolder, stopAndResume } from './signals-harness.js';

/** Ctrl-C with two threads (slow: kept out of `npm test`). */
let dir = '';
beforeAll(async () => {
  dir = await signalsFolder();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a stop request is answered within a second', () => {
  it('Ctrl-C with --workers 2, mid-replicate; --resume completes byte-identical', () => stopAndResume(dir, 'SIGINT', '2', 130));
});
