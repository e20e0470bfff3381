import { join } from 'node:path';
import { readLocated } from '../../scenario/extends.js';
import { issuesToProblems } from '../../scenario/issues.js';
import { diskFs, loadScenario, referenceProblem, type LoadOptions } from '../../scenario/load.js';
import { toPlain } from '../../scenario/located.js';
import { resolveFrom } from '../../scenario/paths.js';
import { ScenarioError, type Problem } from '../../scenario/problem.js';
import type { Scenario } from '../../scenario/schema/index.js';
import { TargetsFile, TargetsObject, type MeasureTarget, type PatternTarget } from '../../scenario/schema/targets.js';
import { unreadable, type SourceFs } from '../../scenario/source.js';
import { nearest } from '../../scenario/suggest.js';
import { applyValues, getPath } from '../path.js';
import { SetError } from '../set.js';
import { packageRoot } from '../version.js';
import { summaryShape, type SummaryShape } from './measure.js';
import type { CalibrationSpec, FitParameter, Goal, Patch, Reading, Variant } from './spec.js';

/** A problem found after the schema passed, as a zod-style issue so it is located like the others. */
interface Issue {
  code: 'custom';
  path: (string | number)[];
  message: string;
}

/**
 * Read a targets file and check it against its scenario before anything runs: the schema (every
 * problem at once, each at its file:line:column), then the base scenario (its own located errors),
 * then each parameter path, variant patch, measure, window and unit against that scenario.
 * Throws ScenarioError, whose message is one located line per problem.
 */
export function loadTargets(file: string, fs: SourceFs = diskFs, given: LoadOptions = {}): CalibrationSpec {
  // deptsim's own scenarios are trusted: a shipped targets file names ../three-campaigns.yaml.
  const opts: LoadOptions = { ...given, roots: [...(given.roots ?? []), join(packageRoot(), 'scenarios').replace(/\\/g, '/')] };
  const read = readLocated(file, fs);
  if (!read.node) {
    throw new ScenarioError(
      read.problems.map((p) => (p.message.startsWith('the file is empty') ? { ...p, message: 'the file is empty; a targets file needs `scenario:`, `parameters:` and `targets:` (see docs/EXPERIMENTS.md)' } : p)),
    );
  }
  const plain = toPlain(read.node);
  const fallback = { file, line: 1, col: 1 };
  const fail = (issues: readonly Issue[]): never => {
    throw new ScenarioError(issuesToProblems(issues, plain, TargetsObject, fallback));
  };
  const r = TargetsFile.safeParse(plain.data);
  if (!r.success) {
    throw new ScenarioError(issuesToProblems(r.error.issues as never, plain, TargetsObject, fallback));
  }
  const t = r.data;
  const scenarioFile = resolveFrom(file, t.scenario);
  // Confined as `extends:` is (a targets file from someone else must not read /etc/passwd or a
  // secret next door), refused before the file is opened, so nothing of it is ever quoted.
  const outside = referenceProblem(scenarioFile, file, fs, opts);
  if (outside) fail([{ code: 'custom', path: ['scenario'], message: `cannot read the base scenario ${scenarioFile}: ${outside}; copy it next to the targets file, or pass --allow-extends-outside if you trust it` }]);
  try {
    fs.size(scenarioFile);
  } catch (e) {
    const p: Problem = unreadable(scenarioFile, e);
    fail([{ code: 'custom', path: ['scenario'], message: `cannot read the base scenario ${scenarioFile}: ${p.message}` }]);
  }
  const base = loadScenario(scenarioFile, fs, opts);
  const issues: Issue[] = [];
  const check = (path: (string | number)[], f: () => void) => {
    try {
      f();
    } catch (e) {
      if (!(e instanceof SetError)) throw e;
      issues.push({ code: 'custom', path, message: e.message });
    }
  };

  const parameters: FitParameter[] = t.parameters.map((p, i) => {
    const before = issues.length;
    check(['parameters', i, 'path'], () => {
      const now = getPath(base, p.path);
      const cut = p.path.lastIndexOf('.');
      const parent = cut < 0 ? base : getPath(base, p.path.slice(0, cut));
      const field = p.path.slice(cut + 1);
      if (now === undefined && parent !== null && typeof parent === 'object' && !Array.isArray(parent) && !(field in parent)) {
        const guess = nearest(field, Object.keys(parent));
        throw new SetError(`${p.path}: ${cut < 0 ? 'the scenario' : p.path.slice(0, cut)} has no field "${field}"; ${guess ? `did you mean "${guess}"?` : `it has: ${Object.keys(parent).join(', ')}`}`);
      }
      if (now !== undefined && typeof now !== 'number') {
        throw new SetError(`${p.path} is ${JSON.stringify(now)} in the scenario, not a number; only numeric parameters can be fitted (compare the others with a pattern target's \`set:\`)`);
      }
    });
    if (p.integer && Math.ceil(p.range[0]) > Math.floor(p.range[1])) {
      issues.push({ code: 'custom', path: ['parameters', i, 'range'], message: `no whole number lies in [${p.range[0]}, ${p.range[1]}]` });
    }
    if (issues.length > before) return { path: p.path, lo: p.range[0], hi: p.range[1], integer: p.integer };
    for (const end of [0, 1] as const) {
      check(['parameters', i, 'range', end], () => applyValues(base, { [p.path]: p.integer ? Math.round(p.range[end]) : p.range[end] }, `${p.path} at the ${end ? 'upper' : 'lower'} end of its range`));
    }
    return { path: p.path, lo: p.range[0], hi: p.range[1], integer: p.integer };
  });

  // Variants: 0 is the candidate as it is; each distinct patch is one more variant, run on the same seeds.
  const variants: Variant[] = [{ label: 'as fitted', set: {} }];
  const shapes: SummaryShape[] = [summaryShape(base)];
  const variantOf = (set: Patch | undefined, at: (string | number)[]): number => {
    if (!set || Object.keys(set).length === 0) return 0;
    const key = JSON.stringify(Object.entries(set).sort(([a], [b]) => a.localeCompare(b)));
    const found = variants.findIndex((v) => JSON.stringify(Object.entries(v.set).sort(([a], [b]) => a.localeCompare(b))) === key);
    if (found >= 0) return found;
    const clash = Object.keys(set).find((k) => parameters.some((p) => p.path === k));
    if (clash) {
      issues.push({ code: 'custom', path: [...at, clash], message: `${clash} is a fitted parameter; a variant cannot also set it (fit it, or set it in the scenario)` });
      return -1;
    }
    let s: Scenario | null = null;
    check(at, () => {
      s = applyValues(base, set, 'this variant');
    });
    if (!s) return -1;
    variants.push({ label: Object.entries(set).map(([k, v]) => `${k}=${String(v)}`).join(' '), set });
    shapes.push(summaryShape(s));
    return variants.length - 1;
  };

  const reading = (variant: number, window: string, unit: string, measure: string, at: (string | number)[]): Reading => {
    if (variant >= 0) {
      const sh = shapes[variant];
      const isRecovery = sh.recoveryMeasures.includes(measure);
      if (!isRecovery && !sh.measures.includes(measure)) {
        issues.push({ code: 'custom', path: [...at.slice(0, 2), 'measure'], message: unknownName('measure', measure, [...sh.measures, ...sh.recoveryMeasures]) });
      } else {
        const windows = isRecovery ? sh.windows.filter((w) => w.kind === 'campaign').map((w) => w.id) : sh.windows.map((w) => w.id);
        if (!windows.includes(window)) {
          const what = isRecovery ? `a campaign of this ${variant ? 'variant' : 'scenario'} (recovery is measured after each campaign)` : `a window of this ${variant ? 'variant' : 'scenario'}`;
          issues.push({ code: 'custom', path: [...at, 'window'], message: `"${window}" is not ${what}; ${listOf(windows)}` });
        }
        if (isRecovery && unit !== 'county') issues.push({ code: 'custom', path: [...at.slice(0, 2), 'unit'], message: 'recovery is measured for the county only; drop `unit:`' });
        else if (!sh.units.includes(unit)) issues.push({ code: 'custom', path: [...at.slice(0, 2), 'unit'], message: unknownName('unit', unit, sh.units) });
      }
    }
    return { variant, window, unit, measure };
  };

  const names = new Set<string>();
  const goals: Goal[] = t.targets.map((raw, i): Goal => {
    const at = ['targets', i];
    let goal: Goal;
    if ('sign' in raw) {
      const p = raw as PatternTarget;
      const side = (s: 'a' | 'b') => reading(variantOf(p[s].set, [...at, s, 'set']), p[s].window ?? (p.window as string), p.unit, p.measure, p[s].window ? [...at, s] : at);
      const a = side('a');
      const b = side('b');
      if (a.variant === b.variant && a.window === b.window && a.variant >= 0) {
        issues.push({ code: 'custom', path: [...at, 'b'], message: 'a and b are the same run and window, so their difference is always 0; change the window or the `set:` of one side' });
      }
      goal = { kind: 'pattern', name: p.name ?? `${p.measure}: ${sideLabel(a, variants)} - ${sideLabel(b, variants)}`, a, b, sign: p.sign === 'positive' ? 1 : -1, weight: p.weight, source: p.source ?? '' };
    } else {
      const m = raw as MeasureTarget;
      const lo = m.interval ? m.interval[0] : (m.value as number);
      const hi = m.interval ? m.interval[1] : (m.value as number);
      const width = hi - lo;
      const scale = m.interval ? (width > 0 ? width : Math.abs(lo) || 1) : (m.scale ?? Math.abs(m.value as number));
      const r = reading(variantOf(m.set, [...at, 'set']), m.window, m.unit, m.measure, at);
      goal = { kind: 'measure', name: m.name ?? `${m.measure}@${m.window}${m.unit === 'county' ? '' : `/${m.unit}`}${r.variant > 0 ? ` (${variants[r.variant].label})` : ''}`, at: r, lo, hi, scale, weight: m.weight, source: m.source ?? '' };
    }
    if (names.has(goal.name)) issues.push({ code: 'custom', path: [...at, 'name'], message: `another target is already named "${goal.name}"; give each target its own \`name:\`` });
    names.add(goal.name);
    return goal;
  });
  if (issues.length) fail(issues);

  const s = t.search;
  const seed = s.seed ?? base.seed;
  return {
    file,
    scenarioFile,
    description: t.description,
    base,
    parameters,
    variants,
    goals,
    search: { ...s, start: s.start ?? Math.max(1, Math.floor(s.budget / 2)), seed, recheckSeed: seed + 1, maxSimulations: s.maxSimulations ?? 10 * s.population },
  };
}

function sideLabel(r: Reading, variants: Variant[]): string {
  return r.variant > 0 ? `${r.window} (${variants[r.variant].label})` : r.window;
}

const listOf = (names: readonly string[]) => `choose one of ${names.join(', ')}`;

function unknownName(what: string, name: string, known: readonly string[]): string {
  const guess = nearest(name, known);
  return `"${name}" is not a ${what} of this scenario's run summary; ${guess ? `did you mean "${guess}"?` : listOf(known)}`;
}

/**
 * Whether a file is a calibration targets file rather than a scenario: it has a top-level `targets:`,
 * which a scenario never has (its schema is strict). A file that cannot be read is not one: the
 * scenario checks report why.
 */
export function isTargetsFile(file: string, fs: SourceFs = diskFs): boolean {
  const read = readLocated(file, fs);
  if (!read.node) return false;
  const data = toPlain(read.node).data;
  return data !== null && typeof data === 'object' && !Array.isArray(data) && Object.hasOwn(data, 'targets');
}

/** Every problem of a targets file (schema, base scenario, paths, measures, windows) as loadTargets finds them; none when it loads. */
export function targetsProblems(file: string, fs: SourceFs = diskFs, opts: LoadOptions = {}): Problem[] {
  try {
    loadTargets(file, fs, opts);
    return [];
  } catch (e) {
    if (!(e instanceof ScenarioError)) throw e;
    return e.problems.length ? e.problems : [{ loc: { file, line: 1, col: 1 }, path: '', message: e.message }];
  }
}
