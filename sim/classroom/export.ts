import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeDailyCsv } from '../runner/daily-csv.js';
import { csvField, stableJson } from '../runner/format.js';
import { summaryJson } from '../runner/run.js';
import type { RunResult } from '../library/collect-run.js';
import { debrief, type Debrief } from './debrief.js';
import { scenarioYaml } from './open.js';
import type { Session } from './session.js';

export const EXPORT_FOLDER = 'export';

/**
 * Write an ended session's export: scenario.yaml (the scenario with the class's decisions, which
 * `deptsim run` replays to the same daily.csv and summary.json, byte for byte), the class's own
 * daily.csv and summary.json, decisions.csv, students.csv and the debrief. Returns the debrief.
 */
export function writeExport(session: Session, dir: string): Debrief {
  const out = join(dir, EXPORT_FOLDER);
  mkdirSync(out, { recursive: true });
  const county = session.county;
  const result: RunResult = county.result();
  const scenario = session.scenario;
  writeFileSync(join(out, 'scenario.yaml'), scenarioYaml(scenario, county.decisions));
  writeDailyCsv(join(out, 'daily.csv'), result);
  // The summary as `deptsim run` writes it, from the class's own run.
  writeFileSync(join(out, 'summary.json'), summaryJson(scenario, scenario.seed, result));
  const decisions = ['week,department,campaignWeight,extraSecondment,shared,tolerateSlack', ...county.decisions.map((d) => [d.week, csvField(d.department), d.campaignWeight, d.extraSecondment, d.shared, d.tolerateSlack].join(','))];
  writeFileSync(join(out, 'decisions.csv'), `${decisions.join('\n')}\n`);
  const d = debrief(result, scenario, county.sim.seedKey);
  // Each student's summary: how often they decided, and what their department did under the class and under the model's heads.
  const byDept = new Map(d.departments.map((x) => [x.department, x]));
  const students = [
    'name,department,weeks_decided,campaign_done,campaign_done_model_heads,regular_done,regular_done_model_heads,never_served,never_served_model_heads',
    ...[...session.students.values()].map((s) => {
      const x = byDept.get(s.department)!;
      return [csvField(s.name), csvField(s.department), s.weeksChosen, x.class.campaignDone, x.model.campaignDone, x.class.regularDone, x.model.regularDone, x.class.dropped, x.model.dropped].join(',');
    }),
  ];
  writeFileSync(join(out, 'students.csv'), `${students.join('\n')}\n`);
  writeFileSync(join(out, 'debrief.json'), stableJson(d));
  return d;
}
