import { statOf } from '../stat.js';
import { armScenarioFile, parseCsvText } from '../../runner/contract.js';
import type { ColumnsAsRead } from '../../runner/daily-csv.js';
import { parseCsv, type CsvRow } from './csv.js';
import { readExperiment, type ExperimentResults, type WindowResult } from './experiment.js';
import { ReportError } from '../report-error.js';

export { ReportError };

// WindowResult lives with the experiment's points (experiment.ts reads them and sits below this file);
// the report's readers take it from here with the rest of the results.
export type { WindowResult };

export interface Department {
  id: string;
  name: string;
  headcount: number;
}

/**
 * daily.csv by column (numbers in Float64Arrays, NaN for an empty cell; other columns as text);
 * `replicate` names the column that tells replicates apart, if any.
 */
export interface DailyData extends ColumnsAsRead {
  replicate: string | null;
}

/** What a report is built from: the saved files of one results folder, parsed. */
export interface Results {
  name: string;
  description: string;
  seed: number | null;
  /** 1 for a single run. */
  replicates: number;
  units: string[];
  departments: Department[];
  campaigns: { id: string; name: string }[];
  windows: WindowResult[];
  recovery: { campaign: string; backlog_days: unknown; fatigue_days: unknown }[];
  daily: DailyData | null;
  /** The scenario as run (defaults filled), for the parameter table. */
  scenario: Record<string, unknown> | null;
  /** Other tables the report draws as they are (calibration's fit.csv), parsed, by file name. */
  tables: Record<string, { columns: string[]; rows: CsvRow[] }>;
  /** manifest.json (experiments name their kind, replicates and points there). */
  manifest: Record<string, unknown> | null;
  /** Each compared arm's scenario as run (scenarios/<arm>.json), in the order of the manifest. */
  arms: { label: string; scenario: Record<string, unknown> }[];
  /** Measures the scenario is about (report.focus), shown first. */
  focus: string[];
  /** Measures asked for (--metric): shown instead of the evidence's pick. */
  asked: string[];
  /** Replicates, comparisons, sweeps and sensitivity: their summary tables, by point. */
  experiment: ExperimentResults | null;
}

const TEXT_COLUMNS = ['date', 'campaign', 'unit', 'window', 'target', 'measure', 'variant', 'window_b', 'variant_b', 'sign', 'holds', 'source'];
const TABLE_FILES = ['fit.csv'];
/**
 * replicates.csv can be large (a row per job x window x unit); the report needs only the windows'
 * kinds and day ranges, which the first job's rows give.
 */
const REPLICATES_HEAD_LINES = 5000;

function json(files: Record<string, string>, name: string): Record<string, unknown> | null {
  const text = files[name];
  if (text === undefined) return null;
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch (e) {
    throw new ReportError(`${name}: not valid JSON (${(e as Error).message}); the results folder may be damaged`);
  }
}

const str = (v: unknown, dflt = ''): string => (typeof v === 'string' ? v : dflt);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/**
 * Tables a caller already holds, by file name, exactly as their files read back (a run hands over
 * its daily rows: the report need not parse the daily.csv the same process has just written).
 */
export type TablesAsRead = Partial<Record<'daily.csv', ColumnsAsRead>>;

/**
 * Read the files of a run or experiment folder (by relative name), as the runner writes them, into
 * Results; a table in `asRead` is taken as it is instead of parsing its file.
 */
export function readResults(files: Record<string, string>, asked: string[] = [], asRead: TablesAsRead = {}): Results {
  const summary = json(files, 'summary.json');
  const manifest = json(files, 'manifest.json');
  const tables: Results['tables'] = {};
  for (const name of TABLE_FILES) if (files[name] !== undefined) tables[name] = parseCsv(files[name], TEXT_COLUMNS);
  if (!summary && files['summary.csv'] === undefined && !tables['fit.csv']) {
    throw new ReportError('no results to report: the folder has neither summary.json (a run) nor summary.csv (an experiment)');
  }
  const spans = new Map<string, { kind: string; from: number; to: number }>();
  if (files['replicates.csv'] !== undefined) {
    const head = parseCsvText(files['replicates.csv'].split('\n', REPLICATES_HEAD_LINES).join('\n'));
    for (const r of head.rows) if (!spans.has(r.window)) spans.set(r.window, { kind: r.kind, from: Number(r.from), to: Number(r.to) });
  }
  // A hand-edited header: a nameless column cannot be drawn (vega has no field to refer to).
  const header = files['summary.csv'] !== undefined ? parseCsvText(files['summary.csv'].split('\n', 1)[0]).columns : [];
  const nameless = header.findIndex((c) => c.trim() === '');
  if (nameless >= 0) throw new ReportError(`summary.csv: column ${nameless + 1} has no name; was the file edited? Rerun the experiment to rebuild it`);
  const experiment = readExperiment(files, spans, manifest);
  // Replicates of one scenario: its windows carry intervals, and every single-run figure applies.
  const onePoint = experiment && experiment.points.length === 1 ? experiment.points[0] : null;
  const labels = experiment?.pointColumn === 'arm' ? experiment.points.map((p) => p.label) : [];
  const arms = labels
    .map((label) => ({ label, scenario: json(files, armScenarioFile(label)) }))
    .filter((a): a is { label: string; scenario: Record<string, unknown> } => a.scenario !== null);
  const fixed = (json(files, 'parameters.json')?.fixed as Record<string, unknown> | undefined) ?? null;
  const scenario = json(files, 'scenario.json') ?? fixed ?? arms[0]?.scenario ?? null;

  let daily: DailyData | null = null;
  const dailyTable = asRead['daily.csv'] ?? (files['daily.csv'] !== undefined ? byColumn(parseCsv(files['daily.csv'], TEXT_COLUMNS)) : undefined);
  if (dailyTable) daily = { ...dailyTable, replicate: 'replicate' in dailyTable.columns ? 'replicate' : null };

  const windows = (Array.isArray(summary?.windows) ? summary.windows : (experiment?.points[0]?.windows ?? [])) as WindowResult[];
  const units = Array.isArray(summary?.units) ? (summary.units as string[]) : Object.keys(windows[0]?.units ?? {});
  const scenarioDepts = Array.isArray(scenario?.departments) ? (scenario.departments as Record<string, unknown>[]) : null;
  const departments = scenarioDepts
    ? scenarioDepts.map((d) => ({ id: str(d.id), name: str(d.name, str(d.id)), headcount: num(d.headcount) ?? 0 }))
    : inferDepartments(units, windows, daily);
  const scenarioCampaigns = Array.isArray(scenario?.campaigns) ? (scenario.campaigns as Record<string, unknown>[]) : [];
  const campaigns = windows
    .filter((w) => w.kind === 'campaign')
    .map((w) => ({ id: w.id, name: str(scenarioCampaigns.find((c) => c.id === w.id)?.name, w.id) }));
  const focusOf = (sc: Record<string, unknown> | null) => ((sc?.report as { focus?: unknown } | undefined)?.focus as string[] | undefined) ?? [];
  const focus = [...new Set([...focusOf(scenario), ...arms.flatMap((a) => focusOf(a.scenario))])];

  return {
    name: str(summary?.scenario, str(manifest?.name, str(scenario?.name, 'results'))),
    description: experiment && experiment.kind !== 'replicates' && experiment.kind !== 'run' ? '' : str(scenario?.description),
    seed: num(summary?.seed) ?? num(manifest?.seed),
    replicates: experiment ? experiment.replicates : 1,
    units,
    departments,
    campaigns,
    windows: onePoint || summary ? windows : [],
    recovery: (Array.isArray(summary?.recovery) ? summary.recovery : []) as Results['recovery'],
    daily,
    scenario,
    tables,
    manifest,
    arms,
    focus,
    asked,
    experiment,
  };
}

/** Parsed rows by column: a column of numbers (and empty cells) as a Float64Array, NaN where empty. */
function byColumn({ columns, rows }: { columns: string[]; rows: CsvRow[] }): ColumnsAsRead {
  const out: ColumnsAsRead['columns'] = {};
  for (const c of columns) {
    if (rows.every((r) => typeof r[c] === 'number' || r[c] === null)) out[c] = Float64Array.from(rows, (r) => (r[c] === null ? NaN : (r[c] as number)));
    else out[c] = rows.map((r) => (r[c] === null ? '' : String(r[c])));
  }
  return { length: rows.length, columns: out };
}

/**
 * Without scenario.json: departments are the units that receive regular work (the campaign
 * headquarters does not); headcount is the staff sitting there on day 0, before any secondment, or
 * else the mean staff of the first window.
 */
function inferDepartments(units: string[], windows: WindowResult[], daily: DailyData | null): Department[] {
  const overall = windows.find((w) => w.kind === 'overall');
  const first = windows[0];
  const day0 = new Map<string, number>();
  const [day, unit, staff] = daily ? [daily.columns.day, daily.columns.unit, daily.columns.staff] : [];
  if (daily && day instanceof Float64Array && Array.isArray(unit) && staff instanceof Float64Array) {
    for (let i = 0; i < daily.length; i++) if (day[i] === 0 && !Number.isNaN(staff[i])) day0.set(unit[i], staff[i]);
  }
  return units
    .filter((u) => {
      const n = statOf(overall?.units[u]?.regular_arrived)?.mean;
      return n === undefined || n > 0;
    })
    .map((u) => ({ id: u, name: u, headcount: day0.get(u) ?? Math.round(statOf(first?.units[u]?.staff)?.mean ?? 0) }));
}
