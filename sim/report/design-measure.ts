import { csvParse } from 'd3-dsv';
import { SETUP_MEASURES } from '../measures/measures.js';

/**
 * The measure a screening's or Sobol design's figure and terminal table show, from morris.csv or
 * sobol.csv: `preferred` (--metric, else the scenario's first focus) when the parameters move it,
 * else shirking, else the first measure they move at all (never the run's size: days, staff).
 * One choice for the figure and the terminal, so both show the same measure. Kept apart from the
 * figures' module: the CLI reads it without loading the renderer.
 */
export function designMeasure(csv: string, preferred: string | undefined): string | undefined {
  const rows = csvParse(csv);
  const moved = [...new Set(rows.filter((r) => Number(r.mu_star ?? r.ST) > 0).map((r) => r.metric ?? ''))].filter((m) => !SETUP_MEASURES.has(m));
  return [preferred, 'shirk_rate', ...moved].find((m) => m && moved.includes(m));
}
