/**
 * What a Chinese report may keep in Latin letters, and every title of a figure: shared by the tests
 * of the Chinese reports (runs, comparisons, experiments).
 */

/** Words in Latin letters left after taking out what a Chinese report may keep as written. */
export function englishWords(text: string, scenarioName: string): string[] {
  const kept = text
    .split(scenarioName).join(' ')
    // The scenario's field names before "：" in a list of changes (overtimePaid：是 → 否).
    .replace(/[A-Za-z][A-Za-z.]*(?=：)/g, ' ')
    .replace(/\b(SVG|PNG|CSV|vega-lite|deptsim|CI)\b/g, ' ')
    .replace(/plots\/[\w.-]+|docs\/[\w.]+|`[^`]*`/g, ' ');
  return kept.match(/[A-Za-z]{2,}/g) ?? [];
}

/** Every title in a vega-lite spec: the figure's, its subtitle's lines, axes', legends', tooltips'. */
export function titlesOf(spec: unknown, out: string[] = []): string[] {
  if (Array.isArray(spec)) for (const x of spec) titlesOf(x, out);
  else if (spec && typeof spec === 'object') {
    for (const [k, v] of Object.entries(spec)) {
      if (k === 'data' || k === 'config') continue;
      if (k === 'title' && typeof v === 'string') out.push(v);
      else if (k === 'title' && v && typeof v === 'object') {
        const t = v as { text?: string | string[]; subtitle?: string[] };
        out.push(...[t.text ?? []].flat(), ...(t.subtitle ?? []));
      } else titlesOf(v, out);
    }
  }
  return out;
}
