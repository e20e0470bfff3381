import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distinctDigits, formatDifference, formatValue, titleOf } from '../../measures/measure.js';
import { measureInfo } from '../../measures/measures.js';
import { readDifferences, readMorris, readSummary } from '../../runner/contract.js';
import { chooseMeasures, rankDifferences, rankMorris, rankSweep } from '../../report/evidence.js';
import { bySizeThatMatters, differenceCells, differenceSentence, morrisSentence, sweepSentence } from '../../report/findings.js';
import { fittedTable, terminalColumns, textTable } from '../table.js';

/**
 * What compare, sweep and sensitivity print after a run: the findings, with certainty, for the
 * measures the scenario declares and the evidence picks, read back from the files the runner wrote.
 */

export interface Shown {
  focus: readonly string[];
  asked: readonly string[];
}

const read = (dir: string, name: string) => readFileSync(join(dir, name), 'utf8');

/** The comparison's findings and table, the table fitted to `width` terminal columns (the terminal's, by default). */
export function compareFindings(dir: string, shown: Shown, width = terminalColumns()): string {
  const rows = readDifferences(read(dir, 'differences.csv'));
  const metrics = chooseMeasures(rankDifferences(rows), shown);
  const overall = rows.filter((r) => r.window === 'overall' && r.unit === 'county');
  // Largest change that matters first (relative change, then standardised difference): findings.ts.
  const picked = metrics.flatMap((m) => overall.filter((r) => r.metric === m)).sort(bySizeThatMatters);
  if (picked.length === 0) return 'No county measure differs between the arms over the whole run.';
  const sentences = picked.map(differenceSentence).filter((s): s is string => s !== null);
  const arms = new Set(picked.map((r) => r.arm)).size > 1;
  const header = ['measure', ...(arms ? ['arm'] : []), 'baseline', 'arm', 'difference', '95% CI', 'arm higher in'];
  // Too wide for the terminal: the measure's name wraps, then the pair counts go (the sentences above say them).
  const { table, dropped } = fittedTable(
    header,
    picked.map((r) => {
      const c = differenceCells(r);
      return [c.measure, ...(arms ? [r.arm] : []), c.baseline, c.arm, c.difference, c.ci, c.higher];
    }),
    width,
    [header.indexOf('95% CI'), header.indexOf('arm higher in')],
  );
  return [
    ...sentences,
    '',
    `${picked[0].arm} against ${picked[0].baseline}${arms ? ' and the other arms' : ''}, county, whole run (shares in %, differences in percentage points; ${shown.asked.length ? 'the measures asked for' : 'declared focus first, then the largest changes relative to their noise'}; every measure in differences.csv):`,
    table,
    ...(dropped.length ? [`(Left out to fit ${width} columns: ${dropped.join(', ')}; differences.csv has them.)`] : []),
  ].join('\n');
}

export function sweepFindings(dir: string, shown: Shown): string {
  const { rows, parameters } = readSummary(read(dir, 'summary.csv'));
  const metrics = chooseMeasures(rankSweep(rows), shown);
  if (metrics.length === 0) return 'No county measure changes across the sweep.';
  const sentences = metrics.map((m) => sweepSentence(m, rows, parameters)).filter((s): s is string => s !== null);
  return [...sentences, `(${shown.asked.length ? 'The measures asked for' : 'Declared focus first, then the largest changes across points relative to their 95% intervals'}; summary.csv has every measure.)`].join('\n');
}

export function morrisFindings(dir: string, shown: Shown, runs: number): { text: string; metric: string | null } {
  const morris = readMorris(read(dir, 'morris.csv'));
  const { rows } = readSummary(read(dir, 'summary.csv'));
  const [metric] = chooseMeasures(rankMorris(morris, rows), { ...shown, top: 1 });
  if (!metric) return { text: 'No county measure moves with the screened parameters.', metric: null };
  const info = measureInfo(metric)!;
  const table = textTable(
    ['rank', 'parameter', 'μ*', 'μ', 'σ'],
    morris.filter((r) => r.metric === metric).sort((a, b) => a.rank - b.rank).map((r) => [String(r.rank), r.parameter, formatDifference(info, r.mu_star).replace(/^\+/, ''), formatDifference(info, r.mu), formatDifference(info, r.sigma).replace(/^\+/, '')]),
  );
  return {
    metric,
    text: [morrisSentence(metric, morris, runs) ?? '', `Morris screening of ${titleOf(info)}, county, whole run (effects per whole range of each parameter; morris.csv has every measure):`, table].join('\n'),
  };
}
