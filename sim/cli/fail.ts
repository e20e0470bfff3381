import { ScenarioError } from '../scenario/load.js';

/** An error the user can fix: printed as one line (or one per problem), no stack trace. */
export class UsageError extends Error {}

/** Turn any error into the CLI's output and exit code: 2 for user errors, 1 for bugs. */
export function reportFailure(e: unknown): number {
  // Scenario errors are already one "file:line:column: path: message" line each, which editors and
  // terminals can jump to: print them as they are.
  if (e instanceof ScenarioError) {
    process.stderr.write(`${e.message}\n`);
    return 2;
  }
  if (e instanceof UsageError) {
    process.stderr.write(`deptsim: ${e.message}\n`);
    return 2;
  }
  const err = e as Error;
  process.stderr.write(`deptsim: internal error: ${err?.message ?? String(e)}\n`);
  if (process.env.DEPTSIM_DEBUG) process.stderr.write(`${err?.stack ?? ''}\n`);
  else process.stderr.write('deptsim: this is a bug; rerun with DEPTSIM_DEBUG=1 for details and report it\n');
  return 1;
}
