import { readDifferences, readMorris, readSummary, type DifferenceRow, type MorrisRow, type SummaryRow } from '../../runner/contract.js';

/** Figures of one window (baseline, a campaign, a gap, after, overall) as saved in summary.json. */
export interface WindowResult {
  id: string;
  kind: string;
  from: number;
  to: number;
  /** Each stat is a number (a single run) or a summary object with an interval (replicates). */
  county: Record<string, unknown>;
  units: Record<string, Record<string, unknown>>;
}

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
  /** summary.csv as written (every point, window, unit and measure). */
  summary: SummaryRow[];
  /** differences.csv of a comparison: each arm minus the first, paired by replicate. */
  differences: DifferenceRow[] | null;
  /** morris.csv: elementary effects of each parameter on each county measure. */
  morris: MorrisRow[] | null;
  /** Replicates per point (the largest n in summary.csv). */
  replicates: number;
  /** Sobol indices or scenario discovery: the design draws its own figure (plots/methods.ts), not a sweep's. */
  designFigure: boolean;
}

type Spans = Map<string, { kind: string; from: number; to: number }>;

/**
 * Read the tidy tables of an experiment folder, as the runner writes them (sim/runner/contract.ts):
 * summary.csv, differences.csv and morris.csv; `spans` gives the windows' kinds and day ranges (from
 * replicates.csv). Null when the folder has no summary.csv.
 */
export function readExperiment(files: Record<string, string>, spans: Spans, manifest: Record<string, unknown> | null): ExperimentResults | null {
  if (files['summary.csv'] === undefined) return null;
  const { pointColumn, parameters: columns, rows } = readSummary(files['summary.csv']);
  // A design over factors (a screening of every parameter, Sobol indices, discovery) names its
  // points by number alone: the factors and each point's values are in parameters.json.
  const design = factorDesign(files['parameters.json']);
  const parameters = columns.length === 0 && design ? design.factors : columns;
  if (parameters !== columns && design) for (const r of rows) r.values = design.values.get(r.point) ?? r.values;
  const points = new Map<string, PointResult>();
  const windowsOf = new Map<string, Map<string, WindowResult>>();
  let replicates = 1;
  for (const r of rows) {
    let p = points.get(r.point);
    if (!p) {
      p = { label: r.point, values: r.values, windows: [] };
      points.set(r.point, p);
      windowsOf.set(r.point, new Map());
    }
    const byId = windowsOf.get(r.point) as Map<string, WindowResult>;
    let w = byId.get(r.window);
    if (!w) {
      const span = spans.get(r.window);
      if (!span) continue; // a campaign's recovery_* rows: not a window of their own
      w = { id: r.window, ...span, county: {}, units: {} };
      byId.set(r.window, w);
      p.windows.push(w);
    }
    replicates = Math.max(replicates, r.n);
    const target = r.unit === 'county' ? w.county : (w.units[r.unit] ??= {});
    target[r.metric] = { mean: r.mean, ci_low: r.ci_low, ci_high: r.ci_high, n: r.n };
  }
  const morris = files['morris.csv'] !== undefined ? readMorris(files['morris.csv']) : null;
  const kind = (typeof manifest?.kind === 'string' ? manifest.kind : morris ? 'sensitivity' : pointColumn === 'arm' ? 'compare' : pointColumn === 'point' ? 'sweep' : 'replicates') as ExperimentKind;
  return {
    kind,
    pointColumn,
    parameters,
    points: [...points.values()],
    summary: rows,
    differences: files['differences.csv'] !== undefined ? readDifferences(files['differences.csv']) : null,
    morris,
    replicates: typeof manifest?.replicates === 'number' ? manifest.replicates : replicates,
    designFigure: !!design?.ownFigure,
  };
}

/** parameters.json's factors, each point's values by its label, and whether the design has a figure of its own; null when it has no factors. */
function factorDesign(text: string | undefined): { factors: string[]; values: Map<string, Record<string, string | number>>; ownFigure: boolean } | null {
  if (text === undefined) return null;
  let p: { design?: { factors?: { id: string }[]; saltelli?: unknown; discover?: unknown }; points?: { point: number; values: Record<string, string | number> }[] };
  try {
    p = JSON.parse(text);
  } catch {
    return null;
  }
  const factors = (p.design?.factors ?? []).map((f) => f.id).filter((id) => typeof id === 'string');
  if (factors.length === 0) return null;
  const values = new Map((p.points ?? []).map((q) => [String(q.point), q.values ?? {}]));
  return { factors, values, ownFigure: !!(p.design?.saltelli || p.design?.discover) };
}
