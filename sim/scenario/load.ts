import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { reachProblem } from './extends.js';
import { validateFile, type LoadOptions } from './pipeline.js';
import type { Problem } from './problem.js';
import type { Scenario } from './schema/index.js';
import { MAX_SCENARIO_BYTES, type SourceFs } from './source.js';
import { parseScenario, unwrapOutcome } from './text.js';

export { ScenarioError, formatProblem, type Problem } from './problem.js';
export { validateScenarioData } from './text.js';
export type { LoadOptions } from './pipeline.js';

/**
 * Only regular files: a device (/dev/zero), a FIFO or a socket reports size 0 and then reads for
 * ever, so it is refused before it is opened for reading.
 */
function regularOnly(st: Stats): void {
  if (st.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  if (!st.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTREG' });
}

/**
 * Scenario files on the local disk. `read` stops after MAX_SCENARIO_BYTES + 1 bytes whatever the
 * file claims its size is (it may grow while read), so the byte limit holds for anything opened.
 */
export const diskFs: SourceFs = {
  realPath: (file) => realpathSync(file),
  size: (file) => {
    const st = statSync(file);
    regularOnly(st);
    return st.size;
  },
  read: (file) => {
    // O_NONBLOCK: should the path be swapped for a FIFO after the check, opening it does not wait
    // for a writer; fstat on the open descriptor then refuses it.
    const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      regularOnly(fstatSync(fd));
      const chunks: Buffer[] = [];
      let got = 0;
      while (got <= MAX_SCENARIO_BYTES) {
        const chunk = Buffer.alloc(Math.min(1 << 16, MAX_SCENARIO_BYTES + 1 - got));
        const n = readSync(fd, chunk, 0, chunk.length, null);
        if (n === 0) break;
        chunks.push(chunk.subarray(0, n));
        got += n;
      }
      return Buffer.concat(chunks);
    } finally {
      closeSync(fd);
    }
  },
};

/**
 * The folders `extends` may read from on this machine besides the scenario's own: the working folder
 * (relative paths are relative to it, absolute ones are compared with it).
 */
const workingRoots = (opts: LoadOptions): LoadOptions => ({ ...opts, roots: ['.', process.cwd().replace(/\\/g, '/'), ...(opts.roots ?? [])] });

/** Why `file`, named in the user's file `from`, may not be read (reachProblem, with this machine's trusted folders), or null. */
export const referenceProblem = (file: string, from: string, fs: SourceFs = diskFs, opts: LoadOptions = {}) => reachProblem(file, from, fs, workingRoots(opts));

/** Read, parse, merge (`extends`) and validate a scenario file; throws ScenarioError with every problem. */
export function loadScenario(file: string, fs: SourceFs = diskFs, opts: LoadOptions = {}): Scenario {
  return unwrapOutcome(validateFile(file, fs, workingRoots(opts)), opts);
}

/** Scenario text already in memory (an editor buffer, a test) that claims to live at `file`, whose `extends` read the disk. */
export function loadScenarioText(text: string, file = '<scenario>', fs: SourceFs = diskFs, opts: LoadOptions = {}): Scenario {
  return parseScenario(text, file, fs, workingRoots(opts));
}

/** Every problem of a file, in file order; empty when it is valid (warnings go to opts.warn). */
export function scenarioProblems(file: string, fs: SourceFs = diskFs, opts: LoadOptions = {}): Problem[] {
  const o = validateFile(file, fs, workingRoots(opts));
  if (o.ok) for (const w of o.warnings) opts.warn?.(w);
  return o.ok ? [] : o.problems;
}
