import { wrapLines } from '../report/text.js';

/** The width help text is laid out for: a terminal's default, and what a README or an e-mail shows whole. */
export const HELP_COLUMNS = 80;

/**
 * A help screen's examples, laid out by hand rather than in yargs' two columns (which, for a long
 * command, wrap it mid-word): each command on its own lines, broken before an option with a shell
 * continuation (" \") so it still pastes and runs, and its description indented below it.
 */
export function examplesText(examples: readonly (readonly [string, string])[], width = HELP_COLUMNS): string {
  const lines = ['Examples:'];
  for (const [command, description] of examples) {
    const words = command.split(/ (?=--)/);
    const parts: string[] = [];
    for (const w of words) {
      const last = parts.length - 1;
      // Room for the indent and the trailing " \".
      if (last >= 0 && parts[last].length + 1 + w.length <= width - 6) parts[last] += ` ${w}`;
      else parts.push(w);
    }
    lines.push(...parts.map((p, i) => `${i === 0 ? '  ' : '    '}${p}${i < parts.length - 1 ? ' \\' : ''}`));
    lines.push(...wrapLines(description, width - 6).map((l) => `      ${l}`));
  }
  return lines.join('\n');
}
