import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadScenario, scenarioProblems } from '../../sim/scenario/load.js';
import { resolveFrom } from '../../sim/scenario/paths.js';
import { VALID, writeTree } from './helpers.js';

const PARENT = `${VALID}campaigns:
  - { id: c1, start: 2017-02-01, days: 10, inspectionRate: 0.05 }
  - { id: c2, start: 2017-03-01, days: 10 }
`;

describe('extends', () => {
  it('merges mappings deeply, lists by id in the parent order, and appends new ids', () => {
    const dir = writeTree({
      'base.yaml': PARENT,
      'sub/child.yaml': `extends: ../base.yaml
name: child
calendar: { days: 120 }
departments:
  - { id: b, headcount: 9 }
  - { id: z, headcount: 2 }
campaigns:
  - { id: c1, overtimePaid: false }
`,
    });
    // The parent sits above the child's folder (and outside the working folder): allowed only on request.
    const s = loadScenario(join(dir, 'sub/child.yaml'), undefined, { allowOutside: true });
    expect(s.name).toBe('child');
    expect(s.calendar).toMatchObject({ start: '2017-01-02', days: 120 });
    expect(s.departments.map((d) => [d.id, d.headcount])).toEqual([['a', 10], ['b', 9], ['z', 2]]);
    expect(s.campaigns[0]).toMatchObject({ id: 'c1', inspectionRate: 0.05, overtimePaid: false, days: 10 });
    expect(s.campaigns[1].id).toBe('c2');
  });

  it('replaces lists without ids, and an empty list clears the parent list', () => {
    const dir = writeTree({
      'base.yaml': PARENT.replace('days: 100 }', 'days: 100, weekend: [sat, sun], holidays: [2017-01-27] }'),
      'child.yaml': 'extends: base.yaml\ncalendar: { weekend: [sun] }\ncampaigns: []\n',
    });
    const s = loadScenario(join(dir, 'child.yaml'));
    expect(s.calendar.weekend).toEqual(['sun']);
    expect(s.calendar.holidays).toEqual(['2017-01-27']);
    expect(s.campaigns).toEqual([]);
  });

  it('chains through several files, nearest file winning', () => {
    const dir = writeTree({ 'a.yaml': VALID, 'b.yaml': 'extends: a.yaml\nseed: 5\nreplicates: 3\n', 'c.yaml': 'extends: b.yaml\nseed: 9\n' });
    const s = loadScenario(join(dir, 'c.yaml'));
    expect([s.seed, s.replicates, s.name]).toEqual([9, 3, 't']);
  });

  it('points a merged error at the child when the child wrote the value, else at the parent', () => {
    const dir = writeTree({
      'base.yaml': PARENT.replace('inspectionRate: 0.05', 'inspectionRate: 5'),
      'child.yaml': 'extends: base.yaml\ncampaigns:\n  - { id: c2, days: 0 }\n',
    });
    const lines = scenarioProblems(join(dir, 'child.yaml')).map((p) => formatProblem(p).replaceAll(`${dir}/`, ''));
    expect(lines).toEqual([
      'base.yaml:9:60: campaigns[0].inspectionRate: expected a number <= 1, got 5',
      'child.yaml:3:21: campaigns[1].days: expected a number >= 1, got 0',
    ]);
  });

  it('resolves paths relative to the naming file', () => {
    expect(resolveFrom('scenarios/a.yaml', 'b.yaml')).toBe('scenarios/b.yaml');
    expect(resolveFrom('scenarios/x/a.yaml', '../b.yaml')).toBe('scenarios/b.yaml');
    expect(resolveFrom('a.yaml', './b.yaml')).toBe('b.yaml');
    expect(resolveFrom('a.yaml', '../b.yaml')).toBe('../b.yaml');
    expect(resolveFrom('/s/a.yaml', '/t/b.yaml')).toBe('/t/b.yaml');
  });
});
