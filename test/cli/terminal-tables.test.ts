import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareFindings } from '../../sim/cli/commands/experiment-findings.js';
import { summaryText } from '../../sim/cli/commands/run.js';
import { fittedTable, terminalColumns, textTable, wrapWords } from '../../sim/cli/table.js';
import { displayWidth } from '../../sim/cli/text-width.js';
import { measureInfo } from '../../sim/measures/measures.js';
import { runSingle } from '../../sim/runner/run.js';
import { compareFolderFiles, small } from '../report/fixtures.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('the run table comes from the registry', () => {
  const scenario = small();
  const text = summaryText(runSingle(scenario, scenario.seed).result.summary);
  const [, header] = text.split('\n', 2);

  it('labels every column with the measure\'s registry label and unit, shares as percentages', () => {
    const head = text.split('\n').slice(1, 6).join('\n');
    for (const key of ['regular_done_per_staff_week', 'shirk_rate', 'fatigue_mean', 'regular_backlog_end', 'wasted_hours']) {
      const info = measureInfo(key)!;
      for (const line of wrapWords(info.label, 12).split('\n')) expect(head, `${key}: "${line}"`).toContain(line);
    }
    expect(head).toContain('items/person/week');
    expect(text).toContain('shares as percentages');
    // The shirking column prints percentages, as the header's unit line says.
    const overall = text.split('\n').find((l) => l.startsWith('overall'))!;
    expect(overall.split(/\s+/)[3]).toMatch(/^\d+\.\d%$/);
    expect(header).toBeDefined();
  });
});

describe('tables fit the terminal', () => {
  it('a header and a cell may run over several lines, and still line up', () => {
    const t = textTable(['name', 'Regular\nwork done'], [['a\nlong name', '1.00']]);
    expect(t.split('\n')).toEqual(['             Regular', 'name       work done', '---------  ---------', 'a               1.00', 'long name']);
  });

  it('the compare table fits 80 columns: names wrap, then columns go with a note', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deptsim-compare-table-'));
    dirs.push(dir);
    for (const [name, text] of Object.entries(compareFolderFiles())) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    const shown = { focus: [], asked: ['regular_backlog_hours_end', 'fatigue_p90_max', 'shirk_rate', 'duty_share_of_scheduled_hours'] };
    const wide = compareFindings(dir, shown, 200);
    const narrow = compareFindings(dir, shown, 80);
    const tableOf = (t: string) => t.split('\n').slice(t.split('\n').findIndex((l) => /^measure\s/.test(l)));
    expect(Math.max(...tableOf(wide).map(displayWidth))).toBeGreaterThan(80);
    for (const line of tableOf(narrow)) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
    expect(narrow).toContain('95% CI');
    const tiny = compareFindings(dir, shown, 50);
    expect(tiny).toMatch(/Left out to fit 50 columns: .*; differences.csv has them/);
  });

  it('fittedTable drops the droppable columns, last first, only when wrapping is not enough', () => {
    const { table, dropped } = fittedTable(['measure', 'a', 'b'], [['a rather long measure name', '12345678', '87654321']], 24, [1, 2]);
    expect(dropped).toEqual(['b']);
    expect(Math.max(...table.split('\n').map(displayWidth))).toBeLessThanOrEqual(24);
  });

  it('off a terminal, the width is COLUMNS, else 80', () => {
    const saved = process.env.COLUMNS;
    try {
      process.env.COLUMNS = '100';
      expect(process.stdout.isTTY ? process.stdout.columns : terminalColumns()).toBe(process.stdout.isTTY ? process.stdout.columns : 100);
      delete process.env.COLUMNS;
      if (!process.stdout.isTTY) expect(terminalColumns()).toBe(80);
    } finally {
      if (saved === undefined) delete process.env.COLUMNS;
      else process.env.COLUMNS = saved;
    }
  });
});
