import type { RunSummary } from '../../metrics/summary.js';
import type { WindowMeasureName } from '../../measures/measures.js';
import { describe } from '../../metrics/stats.js';
import type { Executed } from '../../runner/execute.js';
import { measureCell, measureHeader } from '../measure-table.js';
import { textTable } from '../table.js';

/** The measures shown after replicates of one scenario; labels, units and decimals come from the registry. */
const SHOWN: WindowMeasureName[] = ['regular_done_per_staff_week', 'worked_hours_per_staff_week', 'shirk_rate', 'fatigue_mean', 'wasted_hours'];

/** County figures per window of one point: mean and 95% interval across its replicates. */
export function replicatesText(results: readonly RunSummary[]): string {
  const rows = results[0].windows.map((w, wi) => [
    w.id,
    ...SHOWN.map((k) => {
      const s = describe(results.map((r) => r.windows[wi].county[k]).filter((x): x is number => x !== null));
      if (s.mean === null) return measureCell(k, null);
      return s.ci_low === null ? measureCell(k, s.mean) : `${measureCell(k, s.mean)} [${measureCell(k, s.ci_low)}, ${measureCell(k, s.ci_high)}]`;
    }),
  ]);
  return `County, mean [95% CI] across ${results.length} replicates (shares as percentages):\n${textTable(['window', ...SHOWN.map((k) => measureHeader(k, true, 20))], rows)}`;
}

export function wroteText(ex: Executed): string {
  if (ex.alreadyDone) return `Nothing to do: ${ex.dir}/ already holds this shard's ${ex.resumed} runs.`;
  const resumed = ex.resumed ? ` (${ex.resumed} resumed from an earlier run)` : '';
  // Figures are many files; name their folder once.
  const shown = [...new Set(ex.files.map((f) => (f.includes('/') ? `${f.slice(0, f.indexOf('/'))}/` : f)))];
  return `Ran ${ex.ran} runs${resumed}. Wrote ${shown.join(', ')} to ${ex.dir}/`;
}
