import { build } from '../../model/index.js';
import { SummaryCollector, type RunSummary } from '../../metrics/summary.js';
import { windowsOfState } from '../../metrics/windows.js';
import type { Scenario } from '../../scenario/schema/index.js';

/**
 * Measures are read from a run summary by name, generically: a window figure (`shirk_rate` in
 * window `baseline`, unit `county` or a unit id), or a recovery figure `recovery_<field>` with the
 * campaign as the window, named as in summary.csv. No list of measures is kept here, so a measure
 * added to (or redefined in) the summary is a calibration target at once.
 */
export const RECOVERY_PREFIX = 'recovery_';

/** The value, null when the run has none (a rate with nothing to divide, recovery not within the horizon). */
export function readMeasure(s: RunSummary, window: string, unit: string, measure: string): number | null {
  if (measure.startsWith(RECOVERY_PREFIX)) {
    const rec = s.recovery.find((r) => r.campaign === window) as unknown as Record<string, unknown> | undefined;
    const v = rec?.[measure.slice(RECOVERY_PREFIX.length)];
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
  }
  const w = s.windows.find((x) => x.id === window);
  const stats = (unit === 'county' ? w?.county : w?.units[unit]) as unknown as Record<string, unknown> | undefined;
  const v = stats?.[measure];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** What a summary offers: measure names, windows (with kinds), units. */
export interface SummaryShape {
  measures: string[];
  recoveryMeasures: string[];
  windows: { id: string; kind: string }[];
  units: string[];
}

/**
 * The shape of a scenario's run summary without running it: the model is built (cheap) and an empty
 * collector finished, which lists the same windows, units and measure names a full run has.
 */
export function summaryShape(scenario: Scenario): SummaryShape {
  const { state } = build(scenario, 'shape');
  const s = new SummaryCollector(state, windowsOfState(state)).finish();
  const w = s.windows[0];
  return {
    measures: w ? Object.keys(w.county) : [],
    recoveryMeasures: s.recovery.length ? Object.keys(s.recovery[0]).filter((k) => k !== 'campaign').map((k) => RECOVERY_PREFIX + k) : [],
    windows: s.windows.map((x) => ({ id: x.id, kind: x.kind })),
    units: ['county', ...(w ? Object.keys(w.units) : [])],
  };
}
