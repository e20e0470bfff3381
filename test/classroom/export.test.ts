import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeExport } from '../../sim/classroom/export.js';
import { resumeSession, startSession } from '../../sim/classroom/open.js';
import type { SessionEvent } from '../../sim/classroom/session.js';
import { loadScenario } from '../../sim/scenario/load.js';

const BIN = resolve('dist/sim/cli/main.js');
const dir = mkdtempSync(join(tmpdir(), 'classroom-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const tok = (i: number) => i.toString(16).padStart(32, '0');

/** A short class: three heads (two share a department), choices across the campaign's start, then the end. */
function play(events: (ev: SessionEvent) => void): void {
  ['Li Wei', 'Wang Fang', 'Zhang <b>Min</b>', 'Chen Jie', 'Liu Yang'].forEach((name, i) => events({ e: 'join', token: tok(i), name, department: ['agriculture', 'education', 'audit', 'archives', 'agriculture'][i] }));
  for (let w = 0; w < 16; w++) {
    if (w % 3 === 0) events({ e: 'choose', token: tok(w % 5), week: w, choice: { campaignWeight: 0.25 + (w % 4), extraSecondment: w % 3, shared: (['model', 'own', 'pass'] as const)[w % 3], tolerateSlack: w % 2 === 0 } });
    if (w === 14) events({ e: 'choose', token: tok(0), week: w, choice: { campaignWeight: 4, extraSecondment: 5, shared: 'own', tolerateSlack: false } });
    events({ e: 'step' });
  }
  events({ e: 'end' });
}

describe('a classroom session exported', () => {
  it('replays byte for byte through deptsim run (daily.csv and summary.json), also after a resume', () => {
    const sessionDir = join(dir, 's1');
    const open = startSession(loadScenario('scenarios/teach-county.yaml'), 'teach-county', sessionDir);
    let n = 0;
    let current = open;
    play((ev) => {
      current.session.check(ev);
      current.log.append(ev);
      current.session.apply(ev);
      // Halfway, the server "restarts": the session continues from its log alone.
      if (++n === 12) {
        current.log.close();
        current = resumeSession(sessionDir);
      }
    });
    expect(current.session.county.decisions.length).toBeGreaterThan(4);
    writeExport(current.session, sessionDir);
    current.log.close();
    const out = join(dir, 'replay');
    const r = spawnSync(process.execPath, [BIN, 'run', join(sessionDir, 'export', 'scenario.yaml'), '--out', out], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const exported = readFileSync(join(sessionDir, 'export', 'daily.csv'));
    expect(exported.length).toBeGreaterThan(10_000);
    expect(readFileSync(join(out, 'daily.csv')).equals(exported)).toBe(true);
    expect(readFileSync(join(out, 'summary.json'), 'utf8')).toBe(readFileSync(join(sessionDir, 'export', 'summary.json'), 'utf8'));
    // The class's decisions made a difference: the same scenario without them is another run.
    const plain = spawnSync(process.execPath, [BIN, 'run', 'teach-county', '--out', join(dir, 'plain')], { encoding: 'utf8' });
    expect(plain.status).toBe(0);
    expect(readFileSync(join(dir, 'plain', 'daily.csv')).equals(exported)).toBe(false);
    const debrief = JSON.parse(readFileSync(join(sessionDir, 'export', 'debrief.json'), 'utf8'));
    expect(debrief.arms.map((a: { id: string }) => a.id)).toEqual(['class', 'model', 'ignore']);
    expect(debrief.sentence['zh-CN']).toMatch(/攻坚任务/);
    const students = readFileSync(join(sessionDir, 'export', 'students.csv'), 'utf8').trim().split('\n');
    expect(students).toHaveLength(6);
    expect(students[3]).toMatch(/^Zhang <b>Min<\/b>,audit,\d+,/);
    expect(debrief.departments.map((d: { department: string }) => d.department)).toEqual(['agriculture', 'education', 'audit', 'archives']);
  });
});
