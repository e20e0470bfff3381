/**
 * Text from users (scenario names, ids, paths, values quoted in messages) printed to a terminal with
 * its control characters removed: an ESC or BEL sequence in a department's name could otherwise
 * retitle or clear the user's terminal, and a carriage return or bidi override could hide text.
 * Newlines and tabs stay: they are how the CLI lays out its own output.
 */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function terminalText(s: string): string {
  return s.replace(CONTROL, '');
}

/** Write to stdout, as text safe for a terminal. */
export function print(s: string): void {
  process.stdout.write(terminalText(s));
}

/** Write to stderr, as text safe for a terminal. */
export function printError(s: string): void {
  process.stderr.write(terminalText(s));
}
