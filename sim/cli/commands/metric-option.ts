import type { Argv } from 'yargs';
import { measureInfo, unknownMeasure } from '../../measures/measures.js';
import { UsageError } from '../fail.js';

/** `--metric`: the measures to show, instead of the scenario's focus and the evidence's pick. */
export function metricOption<T>(y: Argv<T>, describe = "measures to show (names in docs/OUTPUTS.md; repeatable or comma-separated); default: the scenario's report.focus, then the measures that changed most"): Argv<T> {
  return y.option('metric', { type: 'string', array: true, describe });
}

/** The measures `--metric` names, checked against the registry before anything runs. */
export function metricsOf(raw: unknown): string[] {
  const list = (raw === undefined ? [] : Array.isArray(raw) ? raw : [raw]).flatMap((s) => String(s).split(',')).map((s) => s.trim()).filter(Boolean);
  for (const m of list) if (!measureInfo(m)) throw new UsageError(unknownMeasure(m, '--metric'));
  return [...new Set(list)];
}
