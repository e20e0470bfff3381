import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, collect, collectRun, dailyCollector, memoryFs, parseScenario, run, runSingle, ScenarioError, step, summaryCollector, type Collector } from '../../sim/index.js';
import { loadScenario } from '../../sim/scenario/load.js';

const SCENARIOS = 'scenarios';
const text = (f: string) => readFileSync(join(SCENARIOS, f), 'utf8');
const teach = () => parseScenario(text('teach-county.yaml'), 'teach-county.yaml');

describe('the library API (build, step, run, collect)', () => {
  it('collect with the summary collector gives what the CLI runs (collectRun, runSingle)', () => {
    const s = teach();
    const { summary } = collect(build(s, '7'), { summary: summaryCollector });
    expect(JSON.stringify(summary)).toBe(JSON.stringify(collectRun(s, '7').summary));
    expect(JSON.stringify(summary)).toBe(JSON.stringify(runSingle(s, 7).result.summary));
  });

  it('stepping day by day and running in chunks reach the same state as one collect', () => {
    const s = teach();
    const a = build(s, '3');
    const seen: number[] = [];
    const watcher = (): Collector<number[]> => ({ onDay: (day) => seen.push(day), finish: () => seen });
    while (a.day < 10) expect(step(a)).toBe(true);
    expect(run(a, 25)).toBe(25);
    const rest = collect(a, { days: watcher, daily: dailyCollector });
    expect(a.day).toBe(a.days);
    expect(step(a)).toBe(false);
    expect(rest.days[0]).toBe(35);
    expect(rest.days.length).toBe(a.days - 35);
    const b = build(s, '3');
    const whole = collect(b, { daily: dailyCollector });
    const last = a.days - 1;
    expect(Array.from(rest.daily.row(last - 35, 0))).toEqual(Array.from(whole.daily.row(last, 0)));
    expect(Array.from(a.state.fatigue)).toEqual(Array.from(b.state.fatigue));
  });

  it('parseScenario reads text, with extends through a map of files, as loadScenario reads the disk', () => {
    const files = Object.fromEntries(readdirSync(SCENARIOS).filter((f) => f.endsWith('.yaml')).map((f) => [f, text(f)]));
    const fromText = parseScenario(files['teach-overtime-paid.yaml'], 'teach-overtime-paid.yaml', memoryFs(files));
    expect(fromText).toEqual(loadScenario(join(SCENARIOS, 'teach-overtime-paid.yaml')));
    expect(() => parseScenario(files['teach-overtime-paid.yaml'], 'x.yaml')).toThrow(/x\.yaml:\d+:\d+: extends: cannot extend teach-county\.yaml: no such file/);
    expect(() => parseScenario('name: a\ncalendar: { days: -1 }\n', 'bad.yaml')).toThrow(ScenarioError);
  });
});

describe('the browser-safe layers import nothing from Node', () => {
  const folders = ['sim/engine', 'sim/model', 'sim/metrics', 'sim/library', 'sim/scenario/schema'];
  const parsePath = ['index.ts', 'scenario/text.ts', 'scenario/pipeline.ts', 'scenario/extends.ts', 'scenario/located.ts', 'scenario/merge.ts', 'scenario/paths.ts', 'scenario/source.ts', 'scenario/formulas.ts', 'scenario/issues.ts', 'scenario/problem.ts', 'scenario/schema-walk.ts', 'scenario/suggest.ts', 'runner/run.ts', 'runner/seeds.ts', 'runner/format.ts', 'runner/daily-csv.ts'];
  const files = [
    ...folders.flatMap((d) => readdirSync(d, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => join(d, f))),
    ...parsePath.map((f) => join('sim', f)),
  ];
  it.each(files)('%s', (file) => {
    const src = readFileSync(file, 'utf8');
    expect(src).not.toMatch(/from ['"](node:|fs|path|os|url|module|child_process|worker_threads)['"/]/);
    expect(src).not.toMatch(/\brequire\(/);
  });
});
