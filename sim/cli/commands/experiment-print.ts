import type { RunSummary, WindowStats } from '../../metrics/summary.js';
import { describe } from '../../metrics/stats.js';
import type { Executed } from '../../runner/execute.js';
import { textTable } from '../table.js';

const SHOWN: [keyof WindowStats, string, number][] = [
  ['regular_done_per_staff_week', 'regular done /staff/wk', 2],
  ['worked_hours_per_staff_week', 'hours worked /wk', 1],
  ['shirk_rate', 'shirking', 3],
  ['fatigue_mean', 'fatigue', 3],
  ['wasted_hours', 'wasted h', 0],
];

/** County figures per window of one point: mean and 95% interval across its replicates. */
export function replicatesText(results: readonly RunSummary[]): string {
  const rows = results[0].windows.map((w, wi) => [
    w.id,
    ...SHOWN.map(([k, , d]) => {
      const v = results.map((r) => r.windows[wi].county[k]).filter((x): x is number => x !== null);
      const s = describe(v);
      if (s.mean === null) return '-';
      return s.ci_low === null ? s.mean.toFixed(d) : `${s.mean.toFixed(d)} [${(s.ci_low as number).toFixed(d)}, ${(s.ci_high as number).toFixed(d)}]`;
    }),
  ]);
  return `County, mean [95% CI] across ${results.length} replicates:\n${textTable(['window', ...SHOWN.map((s) => s[1])], rows)}`;
}

export function wroteText(ex: Executed): string {
  if (ex.alreadyDone) return `Nothing to do: ${ex.dir}/ already holds this shard's ${ex.resumed} runs.`;
  const resumed = ex.resumed ? ` (${ex.resumed} resumed from an earlier run)` : '';
  // Figures are many files; name their folder once.
  const shown = [...new Set(ex.files.map((f) => (f.includes('/') ? `${f.slice(0, f.indexOf('/'))}/` : f)))];
  return `Ran ${ex.ran} runs${resumed}. Wrote ${shown.join(', ')} to ${ex.dir}/`;
}
