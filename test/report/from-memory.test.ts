import { expect, it } from 'vitest';
import { loadScenario, loadScenarioText } from '../../sim/scenario/load.js';
import { dailyCsv, dailyColumnsAsRead } from '../../sim/runner/daily-csv.js';
import { runSingle } from '../../sim/runner/run.js';
import { stableJson } from '../../sim/runner/format.js';
import { buildReport } from '../../sim/report/index.js';
import { readResults } from '../../sim/report/read/results.js';
import type { Scenario } from '../../sim/scenario/schema/index.js';

/** A run's saved files with daily.csv as text, and the same run's daily rows from memory. */
function both(scenario: Scenario) {
  const { files, result } = runSingle(scenario, scenario.seed);
  const saved = { ...files, 'scenario.json': stableJson(scenario) };
  return { saved, text: dailyCsv(result), asRead: { 'daily.csv': dailyColumnsAsRead(result) } };
}

it('a run hands its report daily.csv exactly as the file reads back: every cell, its type, the column order', () => {
  const { saved, text, asRead } = both(loadScenario('scenarios/three-campaigns.yaml'));
  const fromFile = readResults({ ...saved, 'daily.csv': text }).daily!;
  const fromMemory = readResults(saved, [], asRead).daily!;
  expect(fromMemory.replicate).toBe(fromFile.replicate);
  expect(fromMemory.length).toBe(fromFile.length);
  expect(Object.keys(fromMemory.columns)).toEqual(Object.keys(fromFile.columns));
  // Object.is on every cell: a number not rounded as written (or -0 for 0) fails here.
  let differ = 0;
  for (const [name, column] of Object.entries(fromFile.columns)) {
    const mine = fromMemory.columns[name];
    if (mine.constructor !== column.constructor) differ++;
    else for (let i = 0; i < fromFile.length; i++) if (!Object.is(mine[i], column[i])) differ++;
  }
  expect(differ).toBe(0);
});

it('the report built from memory is byte for byte the one built from the files (a campaign; names with a formula sign, quotes and Chinese)', async () => {
  const scenario = loadScenarioText(`name: county
seed: 3
calendar: { start: 2017-01-02, days: 40 }
departments:
  - { id: poverty, name: '=扶贫办, "一线"', headcount: 12 }
  - { id: education, name: 教育局, headcount: 8 }
campaigns:
  - { id: survey, name: '+百日攻坚', start: 2017-01-12, days: 20 }
`);
  const { saved, text, asRead } = both(scenario);
  const fromFile = await buildReport({ ...saved, 'daily.csv': text }, { png: false });
  const fromMemory = await buildReport(saved, { png: false }, asRead);
  expect(Object.keys(fromMemory).sort()).toEqual(Object.keys(fromFile).sort());
  for (const name of Object.keys(fromFile)) expect(fromMemory[name] === fromFile[name], name).toBe(true);
});
