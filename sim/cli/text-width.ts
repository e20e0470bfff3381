import stringWidth from 'string-width';

/**
 * Printable ASCII takes one column a character. Most cells (numbers, English ids) are such, and
 * string-width's first call builds its emoji expression (about 0.1 s of a run's start-up): skip it.
 */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * Columns a string takes in a terminal, by Unicode's East Asian Width: a Chinese character takes
 * two, a combining accent none. `String.length` counts UTF-16 units, so tables with Chinese
 * department names would come out ragged.
 */
export const displayWidth = (s: string): number => (PRINTABLE_ASCII.test(s) ? s.length : stringWidth(s));

/** Pad to `width` terminal columns, on the right (text) or on the left (numbers). */
export const padEndColumns = (s: string, width: number): string => s + ' '.repeat(Math.max(0, width - displayWidth(s)));
export const padStartColumns = (s: string, width: number): string => ' '.repeat(Math.max(0, width - displayWidth(s))) + s;
