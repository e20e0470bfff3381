/**
 * deptsim as a library: the package's entry point (`import { build, collect } from 'deptsim'`).
 * Everything exported here runs in Node and in a browser (no file, clock or Node import); the
 * teachers' page bundles it, and the CLI and the worker pool run models through the same verbs.
 *
 *   const scenario = parseScenario(yamlText, 'my.yaml');
 *   const sim = build(scenario, '7');
 *   step(sim);                      // one day
 *   run(sim, 30);                   // thirty more
 *   const { summary } = collect(sim, { summary: summaryCollector });   // to the horizon
 */
export { build, step, run, collect, type Simulation, type Collector, type CollectorFactory, type Collected } from './library/simulation.js';
export { summaryCollector, dailyCollector } from './library/collectors.js';
export { parseScenario, validateScenarioData, memoryFs } from './scenario/text.js';
export { ScenarioError, formatProblem, type Problem } from './scenario/problem.js';
export type { SourceFs } from './scenario/source.js';
export type { Scenario } from './scenario/schema/index.js';
export { collectRun, type RunResult } from './library/collect-run.js';
export type { RunSummary, WindowStats } from './metrics/summary.js';
export type { DailyTable } from './metrics/daily.js';
export { describe, tQuantile, type Describe } from './metrics/stats.js';
export { METRICS, M, type MetricName, type ModelState } from './model/index.js';
export { runSingle, type SingleRun } from './runner/run.js';
export { replicateSeedKey, singleRunSeedKey, SEED_RULE } from './runner/seeds.js';
export { provideMathjs, type MathjsBuilds } from './engine/mathjs.js';
