import type { CsvRow } from './csv.js';
import type { WindowResult } from './results.js';

export type ExperimentKind = 'run' | 'replicates' | 'compare' | 'sweep' | 'sensitivity';

/** One point of an experiment (an arm, a sweep point, or the only point of replicates). */
export interface PointResult {
  label: string;
  /** Swept parameter values at this point (empty for arms and replicates). */
  values: Record<string, string | number | null>;
  /** Window figures as {mean, sd, ci_low, ci_high, n, ...} objects, read by statOf. */
  windows: WindowResult[];
}

export interface ExperimentResults {
  kind: ExperimentKind;
  pointColumn: 'arm' | 'point' | null;
  parameters: string[];
  points: PointResult[];
  /** differences.csv of a comparison: each arm minus the first, paired by replicate. */
  differences: CsvRow[] | null;
  /** Morris elementary effects (metric, rank, parameter, mu_star, mu, sigma, n). */
  morris: CsvRow[] | null;
  /** Replicates per point (the largest n in summary.csv). */
  replicates: number;
}

type Tables = Record<string, { columns: string[]; rows: CsvRow[] }>;
const STAT_FIELDS = new Set(['n', 'mean', 'sd', 'ci_low', 'ci_high', 'min', 'p05', 'p25', 'median', 'p75', 'p95', 'max']);

const windowKind = (id: string) => (['warmup', 'baseline', 'after', 'overall'].includes(id) ? id : id.startsWith('gap-') ? 'gap' : 'campaign');

/**
 * Read the tidy tables of an experiment folder: summary.csv (a row per point x window x unit x
 * metric with mean, sd, 95% CI and quantiles across replicates), replicates.csv (for the windows'
 * day ranges), differences.csv and the Morris table. Null when the folder has no summary.csv.
 */
export function readExperiment(tables: Tables, manifest: Record<string, unknown> | null): ExperimentResults | null {
  const summary = tables['summary.csv'];
  if (!summary) return null;
  const cols = summary.columns;
  const pointColumn = cols.includes('arm') ? 'arm' : cols.includes('point') ? 'point' : null;
  const lead = cols.slice(0, cols.indexOf('window'));
  const parameters = Array.isArray(manifest?.parameters) ? (manifest.parameters as string[]) : lead.filter((c) => c !== pointColumn);

  const spans = new Map<string, { kind: string; from: number; to: number }>();
  for (const r of tables['replicates.csv']?.rows ?? []) {
    const id = String(r.window);
    if (!spans.has(id)) spans.set(id, { kind: String(r.kind ?? windowKind(id)), from: Number(r.from), to: Number(r.to) });
  }

  const points = new Map<string, PointResult>();
  const windowsOf = new Map<string, Map<string, WindowResult>>();
  let replicates = 1;
  for (const r of summary.rows) {
    const label = pointColumn ? String(r[pointColumn]) : '';
    let p = points.get(label);
    if (!p) {
      p = { label, values: Object.fromEntries(parameters.map((k) => [k, r[k] ?? null])), windows: [] };
      points.set(label, p);
      windowsOf.set(label, new Map());
    }
    const id = String(r.window);
    const byId = windowsOf.get(label) as Map<string, WindowResult>;
    let w = byId.get(id);
    if (!w) {
      const span = spans.get(id) ?? { kind: windowKind(id), from: NaN, to: NaN };
      w = { id, ...span, county: {}, units: {} };
      byId.set(id, w);
      p.windows.push(w);
    }
    const stat: Record<string, unknown> = {};
    for (const c of cols) if (STAT_FIELDS.has(c)) stat[c] = r[c];
    if (typeof r.n === 'number') replicates = Math.max(replicates, r.n);
    const unit = String(r.unit);
    const target = unit === 'county' ? w.county : (w.units[unit] ??= {});
    target[String(r.metric)] = stat;
  }

  const explicit = typeof manifest?.kind === 'string' ? (manifest.kind as ExperimentKind) : null;
  const morris = tables['sensitivity.csv'] ?? tables['morris.csv'] ?? null;
  const kind: ExperimentKind = explicit ?? (morris ? 'sensitivity' : pointColumn === 'arm' ? 'compare' : pointColumn === 'point' ? 'sweep' : 'replicates');
  return {
    kind,
    pointColumn,
    parameters,
    points: [...points.values()],
    differences: tables['differences.csv']?.rows ?? null,
    morris: morris?.rows ?? null,
    replicates,
  };
}
