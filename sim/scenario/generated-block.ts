/**
 * Generated text kept inside a hand-written document between two HTML comments (invisible when the
 * Markdown is rendered). `npm run generate` rewrites what lies between them; a test regenerates in
 * memory and compares, so a document cannot drift from the schema it describes.
 */
export function replaceBetween(markdown: string, start: string, end: string, body: string, where: string): string {
  const a = markdown.indexOf(start);
  const b = a < 0 ? -1 : markdown.indexOf(end, a + start.length);
  if (a < 0 || b < 0) throw new Error(`${where} lacks the ${start} ... ${end} markers`);
  if (markdown.indexOf(start, a + start.length) >= 0) throw new Error(`${where} has the ${start} marker twice`);
  return `${markdown.slice(0, a + start.length)}\n${body}\n${markdown.slice(b)}`;
}

/** A Markdown table: a header row, the separator, one line per row. */
export function markdownTable(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), `|${head.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n');
}
