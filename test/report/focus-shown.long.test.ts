import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../sim/scenario/load.js';
import { compareExperiment } from '../../sim/runner/experiments.js';
import { resultFiles } from '../../sim/runner/finalise.js';
import { runJob } from '../../sim/runner/job.js';
import { manifestJson } from '../../sim/runner/manifest.js';
import { jobCount, jobPoint, jobSeedKey } from '../../sim/runner/plan.js';
import { readResults } from '../../sim/report/read/results.js';
import { shownMeasures } from '../../sim/report/metrics.js';
import { summarySentences } from '../../sim/report/sentences.js';
import { measureInfo } from '../../sim/measures/measures.js';

/**
 * Done-when of issue 12: for each shipped pair of case scenarios, the measure the scenario is about
 * (its first report.focus) is among the measures the comparison report shows, and the report opens
 * with a finding sentence about it. Real runs of the shipped files (3 paired replicates).
 */
const PAIRS = [
  ['case-b-weak-office', 'case-b-strong-office'],
  ['case-c-whistle', 'case-c-whistle-burst'],
  ['case-d-command-centre', 'case-d-always-convene'],
  ['teach-overtime-paid', 'teach-overtime-unpaid'],
  ['teach-rest-days-kept', 'teach-rest-days-cancelled'],
  ['teach-secondment-proportional', 'teach-secondment-quota'],
  ['teach-spot-checks-rare', 'teach-spot-checks-frequent'],
];

describe('each shipped pair of case scenarios shows the measure it is about', () => {
  for (const [a, b] of PAIRS) {
    it(`${a} vs ${b}`, () => {
      const arms = [a, b].map((n) => ({ file: `scenarios/${n}.yaml`, scenario: loadScenario(`scenarios/${n}.yaml`) }));
      const about = arms[0].scenario.report.focus[0];
      expect(about, `${a} declares report.focus`).toBeDefined();
      const exp = compareExperiment(arms, { seed: arms[0].scenario.seed, replicates: 3, daily: false });
      const results = Array.from({ length: jobCount(exp.plan) }, (_, j) =>
        runJob({ scenario: exp.scenarios[jobPoint(exp.plan, j)], seedKey: jobSeedKey(exp.plan, j), daily: false, dailyColumns: {} }).summary,
      );
      const files = { ...resultFiles(exp.plan, results), 'manifest.json': manifestJson(exp.plan, () => 'done') };
      const r = readResults(files);
      expect(shownMeasures(r).map((m) => m.key)).toContain(about);
      const label = measureInfo(about)!.label.toLowerCase();
      expect(summarySentences(r).some((s) => s.includes(label) && s.includes('paired replicates'))).toBe(true);
    });
  }
});
