import { loadScenario } from '../../sim/scenario/load.js';
import { runSingle } from '../../sim/runner/run.js';
import { stableJson } from '../../sim/runner/format.js';

/** The files of a real single run of the shipped default scenario, as `deptsim run` saves them. */
export function runFolderFiles(rename?: string): Record<string, string> {
  const scenario = loadScenario('scenarios/three-campaigns.yaml');
  const s = rename ? { ...scenario, name: rename } : scenario;
  const { files } = runSingle(s, s.seed);
  return { ...files, 'scenario.json': stableJson(s) };
}

const STATS = 'n,mean,sd,ci_low,ci_high,min,p05,p25,median,p75,p95,max';
const WINDOWS = [
  ['baseline', 'baseline', 0, 84],
  ['campaign-1', 'campaign', 84, 184],
  ['after', 'after', 184, 300],
  ['overall', 'overall', 0, 300],
] as const;
const METRICS = ['regular_done_per_staff_week', 'worked_hours_per_staff_week', 'shirk_rate', 'fatigue_mean', 'regular_backlog_end', 'wasted_hours'];

/** A summary.csv row: a mean with a symmetric 95% interval of +-10%. */
const statCells = (mean: number) => `5,${mean},${mean * 0.1},${mean * 0.9},${mean * 1.1},${mean * 0.8},${mean * 0.82},${mean * 0.95},${mean},${mean * 1.05},${mean * 1.18},${mean * 1.2}`;

function summaryRows(lead: string, scale: number): string[] {
  const rows: string[] = [];
  WINDOWS.forEach(([id], wi) => {
    for (const unit of ['county', 'audit']) {
      METRICS.forEach((m, mi) => rows.push(`${lead}${id},${unit},${m},${statCells((1 + mi) * scale * (1 + wi / 10))}`));
      rows.push(`${lead}${id},${unit},staff,${statCells(unit === 'county' ? 500 : 10)}`);
    }
  });
  return rows;
}

function replicatesCsv(lead: string, leadHeader: string): string {
  const rows = [`${leadHeader}replicate,seed_key,window,kind,from,to,unit,staff`];
  for (const [id, kind, from, to] of WINDOWS) rows.push(`${lead}0,1/rep:0,${id},${kind},${from},${to},county,500`);
  return rows.join('\n') + '\n';
}

/** A comparison folder in the experiments runner's format (two arms, 5 replicates). */
export function compareFolderFiles(): Record<string, string> {
  const summary = [`arm,window,unit,metric,${STATS}`, ...summaryRows('base,', 1), ...summaryRows('strict,', 1.3)].join('\n') + '\n';
  const diffs = ['arm,baseline,window,unit,metric,n,baseline_mean,arm_mean,diff_mean,diff_sd,ci_low,ci_high,arm_higher,baseline_higher,ties'];
  for (const [id] of WINDOWS) METRICS.forEach((m, i) => diffs.push(`strict,base,${id},county,${m},5,${i + 1},${(i + 1) * 1.3},${(i + 1) * 0.3},0.1,${(i + 1) * 0.2},${(i + 1) * 0.4},1,0,0`));
  return {
    'manifest.json': JSON.stringify({ kind: 'compare', name: 'compare-base-vs-strict', replicates: 5, seed: 1 }),
    'summary.csv': summary,
    'differences.csv': diffs.join('\n') + '\n',
    'replicates.csv': replicatesCsv('base,', 'arm,'),
  };
}

/** A sweep folder over one or two parameters (3 x 2 points, 5 replicates). */
export function sweepFolderFiles(twoParameters: boolean): Record<string, string> {
  const header = twoParameters ? 'point,inspection.penalty,inspection.rate,' : 'point,inspection.penalty,';
  const rows: string[] = [];
  let point = 0;
  for (const penalty of [5, 15, 40]) {
    for (const rate of twoParameters ? [0.001, 0.004] : [0.002]) {
      rows.push(...summaryRows(`${point},${penalty},${twoParameters ? `${rate},` : ''}`, 1 + penalty / 100 + rate * 50));
      point++;
    }
  }
  return {
    'manifest.json': JSON.stringify({ kind: 'sweep', name: 'three-campaigns-sweep', replicates: 5, seed: 1 }),
    'summary.csv': [`${header}window,unit,metric,${STATS}`, ...rows].join('\n') + '\n',
  };
}

/** A sensitivity folder: the Morris ranking table beside the points' summary. */
export function sensitivityFolderFiles(): Record<string, string> {
  const morris = ['metric,rank,parameter,mu_star,mu,sigma,n'];
  for (const m of METRICS) ['inspection.penalty', 'inspection.rate', 'pay.overtimeRate'].forEach((p, i) => morris.push(`${m},${i + 1},${p},${3 - i},${2 - i},0.5,4`));
  return {
    ...sweepFolderFiles(true),
    'manifest.json': JSON.stringify({ kind: 'sensitivity', name: 'three-campaigns-morris', replicates: 1, seed: 1 }),
    'sensitivity.csv': morris.join('\n') + '\n',
  };
}
