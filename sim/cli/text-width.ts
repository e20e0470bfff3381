import stringWidth from 'string-width';

/**
 * Columns a string takes in a terminal, by Unicode's East Asian Width: a Chinese character takes
 * two, a combining accent none. `String.length` counts UTF-16 units, so tables with Chinese
 * department names would come out ragged.
 */
export const displayWidth = (s: string): number => stringWidth(s);

/** Pad to `width` terminal columns, on the right (text) or on the left (numbers). */
export const padEndColumns = (s: string, width: number): string => s + ' '.repeat(Math.max(0, width - displayWidth(s)));
export const padStartColumns = (s: string, width: number): string => ' '.repeat(Math.max(0, width - displayWidth(s))) + s;
