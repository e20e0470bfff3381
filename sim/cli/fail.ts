import { ScenarioError } from '../scenario/load.js';
import { ExperimentError } from '../runner/errors.js';
import { SetError } from '../runner/set.js';
import { printError } from './terminal-text.js';

/** An error the user can fix: printed as one line (or one per problem), no stack trace. */
export class UsageError extends Error {}

/**
 * Failures of the machine or the file system rather than of deptsim: a full disk, a read-only or
 * forbidden folder, too many open files. The user (or an administrator) fixes these, not a patch.
 */
const SYSTEM_CODES = new Set(['EACCES', 'EPERM', 'ENOSPC', 'EROFS', 'EDQUOT', 'EMFILE', 'ENFILE', 'EIO', 'ENAMETOOLONG', 'ELOOP', 'EFBIG']);

/** Errors of the runner and the report reader that describe the user's input (named, not imported:
 * the report module is loaded only when a report is built). */
const USER_ERRORS = new Set(['ReportError', 'FormulaError']);

/** Turn any error into the CLI's output and exit code: 2 for what the user can fix, 1 for bugs. */
export function reportFailure(e: unknown): number {
  // Scenario errors are already one "file:line:column: path: message" line each, which editors and
  // terminals can jump to: print them as they are.
  if (e instanceof ScenarioError) {
    printError(`${e.message.split('\n').map(bounded).join('\n')}\n`);
    return 2;
  }
  if (e instanceof UsageError || e instanceof ExperimentError || e instanceof SetError || USER_ERRORS.has((e as Error)?.name)) {
    printError(`deptsim: ${bounded(oneLine((e as Error).message))}\n`);
    return 2;
  }
  const sys = e as NodeJS.ErrnoException;
  if (sys && typeof sys.code === 'string' && SYSTEM_CODES.has(sys.code)) {
    const where = sys.path ? ` ${sys.path}` : '';
    printError(`deptsim: cannot ${sys.syscall ?? 'access'}${where}: ${bounded(oneLine(sys.message))}\n`);
    return 2;
  }
  const err = e as Error;
  printError(`deptsim: internal error: ${bounded(oneLine(err?.message ?? String(e)))}\n`);
  if (process.env.DEPTSIM_DEBUG) printError(`${err?.stack ?? ''}\n`);
  else printError('deptsim: this is a bug; rerun with DEPTSIM_DEBUG=1 for details and report it with the command you ran\n');
  return 1;
}

const oneLine = (s: string) => s.replace(/\s*\n\s*/g, ' ');

/** The longest line an error prints: a value quoted in a message (a 12 MB list) is cut, never dumped. */
export const MAX_MESSAGE_CHARS = 600;
const bounded = (line: string) => (line.length > MAX_MESSAGE_CHARS ? `${line.slice(0, MAX_MESSAGE_CHARS - 20)} ... (cut short)` : line);
