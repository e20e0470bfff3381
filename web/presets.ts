import type { WindowMeasureName } from '../sim/measures/measures.js';
import { memoryFs, parseScenario, type Scenario } from './library.js';
import baselineCounty from '../scenarios/baseline-county.yaml';
import caseBStrong from '../scenarios/case-b-strong-office.yaml';
import caseBWeak from '../scenarios/case-b-weak-office.yaml';
import caseCBurst from '../scenarios/case-c-whistle-burst.yaml';
import caseC from '../scenarios/case-c-whistle.yaml';
import caseDConvene from '../scenarios/case-d-always-convene.yaml';
import caseD from '../scenarios/case-d-command-centre.yaml';
import caseE from '../scenarios/case-e-partners.yaml';
import teachCounty from '../scenarios/teach-county.yaml';
import overtimePaid from '../scenarios/teach-overtime-paid.yaml';
import overtimeUnpaid from '../scenarios/teach-overtime-unpaid.yaml';
import restCancelled from '../scenarios/teach-rest-days-cancelled.yaml';
import restKept from '../scenarios/teach-rest-days-kept.yaml';
import secondProp from '../scenarios/teach-secondment-proportional.yaml';
import secondQuota from '../scenarios/teach-secondment-quota.yaml';
import spotFrequent from '../scenarios/teach-spot-checks-frequent.yaml';
import spotRare from '../scenarios/teach-spot-checks-rare.yaml';
import threeCampaigns from '../scenarios/three-campaigns.yaml';

/**
 * The shipped scenario files, bundled as text (one source of truth: the page parses the same YAML
 * the CLI reads, `extends` included).
 */
export const SCENARIO_FILES: Readonly<Record<string, string>> = {
  'baseline-county.yaml': baselineCounty,
  'case-b-strong-office.yaml': caseBStrong,
  'case-b-weak-office.yaml': caseBWeak,
  'case-c-whistle-burst.yaml': caseCBurst,
  'case-c-whistle.yaml': caseC,
  'case-d-always-convene.yaml': caseDConvene,
  'case-d-command-centre.yaml': caseD,
  'case-e-partners.yaml': caseE,
  'teach-county.yaml': teachCounty,
  'teach-overtime-paid.yaml': overtimePaid,
  'teach-overtime-unpaid.yaml': overtimeUnpaid,
  'teach-rest-days-cancelled.yaml': restCancelled,
  'teach-rest-days-kept.yaml': restKept,
  'teach-secondment-proportional.yaml': secondProp,
  'teach-secondment-quota.yaml': secondQuota,
  'teach-spot-checks-frequent.yaml': spotFrequent,
  'teach-spot-checks-rare.yaml': spotRare,
  'three-campaigns.yaml': threeCampaigns,
};

/** A measure a lesson reports: a window measure of the registry (a key of the summary's county figures). */
export type Measure = WindowMeasureName;

/** A lesson: scenario A (and the B it is paired with), the question it answers, the measure that answers it. */
export interface Preset {
  id: string;
  a: string;
  b: string;
  measure: Measure;
}

export const PRESETS: readonly Preset[] = [
  { id: 'case-a', a: 'three-campaigns', b: 'three-campaigns', measure: 'shirk_rate' },
  { id: 'case-b', a: 'case-b-weak-office', b: 'case-b-strong-office', measure: 'shared_wait_days_mean' },
  { id: 'case-c', a: 'case-c-whistle', b: 'case-c-whistle-burst', measure: 'regular_done_per_staff_week' },
  { id: 'case-d', a: 'case-d-always-convene', b: 'case-d-command-centre', measure: 'meeting_hours' },
  { id: 'case-e', a: 'case-e-partners', b: 'case-e-partners', measure: 'shared_wait_days_mean' },
  { id: 'overtime', a: 'teach-overtime-paid', b: 'teach-overtime-unpaid', measure: 'shirk_rate' },
  { id: 'rest-days', a: 'teach-rest-days-cancelled', b: 'teach-rest-days-kept', measure: 'regular_done_per_staff_week' },
  { id: 'secondment', a: 'teach-secondment-proportional', b: 'teach-secondment-quota', measure: 'regular_backlog_end' },
  { id: 'spot-checks', a: 'teach-spot-checks-rare', b: 'teach-spot-checks-frequent', measure: 'shirk_rate' },
];

const cache = new Map<string, Scenario>();

/** A shipped scenario by file name without `.yaml`, parsed from the bundled text. */
export function scenarioOf(name: string): Scenario {
  let s = cache.get(name);
  if (!s) {
    const file = `${name}.yaml`;
    if (!Object.hasOwn(SCENARIO_FILES, file)) throw new Error(`no shipped scenario "${name}"`);
    s = parseScenario(SCENARIO_FILES[file], file, memoryFs(SCENARIO_FILES));
    cache.set(name, s);
  }
  return s;
}
