import type { Problem } from './problem.js';

/**
 * Largest scenario file accepted. Real scenarios are a few kB; the cap is checked before anything is
 * read or parsed, so a stray 50 MB log passed by mistake fails at once instead of hanging the parser.
 */
export const MAX_SCENARIO_BYTES = 5 * 1024 * 1024;

/** Where scenario files come from: the disk in Node, a map of texts in the browser or in tests. */
export interface SourceFs {
  /**
   * Size in bytes; throws an errno-style error (code ENOENT, EISDIR, ENOTREG for a device, pipe or
   * socket, ...) if it cannot be read.
   */
  size(file: string): number;
  /** The bytes, or at least MAX_SCENARIO_BYTES + 1 of them when the file is larger. */
  read(file: string): Uint8Array;
  /**
   * Where a path really leads, symlinks followed (absent where there are no links, as in memory).
   * `extends` confinement checks this, so a link inside the scenario's folder cannot lead out of it.
   */
  realPath?(file: string): string;
}

const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

export function tooLarge(file: string, bytes: number): Problem {
  // A reader stops one byte past the limit, so "more than" is all it can honestly say then.
  const size = bytes > MAX_SCENARIO_BYTES + 1 ? `is ${megabytes(bytes)}` : `is larger than ${megabytes(MAX_SCENARIO_BYTES)}`;
  return {
    loc: { file, line: 1, col: 1 },
    path: '',
    message: `the file ${size}; scenario files are limited to ${megabytes(MAX_SCENARIO_BYTES)} (is this really a scenario?)`,
  };
}

/** Why a file could not be opened, in words that say what to do. */
export function unreadable(file: string, e: unknown, at?: Problem['loc']): Problem {
  const code = (e as { code?: string }).code;
  const why =
    code === 'ENOENT'
      ? 'no such file; check the path'
      : code === 'EISDIR'
        ? 'this is a folder, not a scenario file'
        : code === 'ENOTREG'
          ? 'not a regular file (a device, pipe or socket); give the path of a scenario file'
          : code === 'EACCES'
          ? 'permission denied'
          : `cannot read the file (${code ?? (e as Error).message})`;
  return { loc: at ?? { file, line: 1, col: 1 }, path: '', message: why };
}

/**
 * Bytes to text, refusing what is not a UTF-8 text file. A NUL byte or invalid UTF-8 means binary
 * junk (a spreadsheet, an image): say so instead of reporting dozens of YAML errors.
 */
export function decodeText(file: string, bytes: Uint8Array): { text: string } | { problem: Problem } {
  if (bytes.length > MAX_SCENARIO_BYTES) return { problem: tooLarge(file, bytes.length) };
  const loose = new TextDecoder('utf-8').decode(bytes);
  // A NUL or an undecodable byte (shown as U+FFFD by a lenient decoder) marks binary data.
  let bad = loose.indexOf('\0');
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const replaced = loose.indexOf('\uFFFD');
    if (bad < 0 || replaced < bad) bad = replaced;
  }
  if (bad >= 0) {
    const lines = loose.slice(0, bad).split('\n');
    return {
      problem: {
        loc: { file, line: lines.length, col: lines[lines.length - 1].length + 1 },
        path: '',
        message: 'not a text file (binary data here); a scenario is a YAML text file in UTF-8',
      },
    };
  }
  return { text: loose.charCodeAt(0) === 0xfeff ? loose.slice(1) : loose };
}
