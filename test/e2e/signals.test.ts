import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { signalsFolder, stopAndResume } from './signals-harness.js';

/** The case a main-thread run could not answer: one worker, a signal mid-replicate. */
let dir = '';
beforeAll(async () => {
  dir = await signalsFolder();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a stop request is answered within a second', () => {
  it('SIGTERM with --workers 1, mid-replicate; --resume completes byte-identical', () => stopAndResume(dir, 'SIGTERM', '1', 143));
});
