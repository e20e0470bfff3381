import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CHOICE, Client } from '../../bench/classroom-client.js';

const BIN = resolve('dist/sim/cli/main.js');
const dir = mkdtempSync(join(tmpdir(), 'classroom-resume-'));
const children: ChildProcess[] = [];
const clients: Client[] = [];
afterAll(() => {
  for (const c of clients) c.ws.terminate();
  for (const p of children) p.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

/** Start `deptsim classroom` as users do and read its addresses from what it prints. */
function serve(args: string[]): Promise<{ proc: ChildProcess; ws: string; key: string }> {
  const proc = spawn(process.execPath, [BIN, 'classroom', ...args, '--host', '127.0.0.1', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(proc);
  let out = '';
  return new Promise((res, rej) => {
    proc.stderr!.on('data', (d) => rej(new Error(String(d))));
    proc.stdout!.on('data', (d) => {
      out += d;
      const m = /Teacher opens:\s+http:\/\/([\d.:]+)\/teacher#key=(\S+)/.exec(out);
      if (m) res({ proc, ws: `ws://${m[1]}/ws`, key: m[2] });
    });
  });
}

const open = async (url: string) => {
  const c = await Client.open(url);
  clients.push(c);
  return c;
};

describe('deptsim classroom killed mid-session and resumed', () => {
  it('loses no join, choice or week, and every student keeps their department', async () => {
    const sdir = join(dir, 'session');
    const first = await serve(['teach-county', '--dir', sdir]);
    const teacher = await open(`${first.ws}?role=teacher&key=${first.key}`);
    const views: any[] = [];
    for (let i = 0; i < 6; i++) {
      const c = await open(`${first.ws}?role=student`);
      c.send({ t: 'join', name: `学生${i}` });
      const view = await c.next((m) => m.t === 'view');
      views.push(view);
      c.send({ t: 'choose', week: view.week, choice: { ...CHOICE, extraSecondment: i } });
      await c.next((m) => m.t === 'chosen');
      if (i === 2) {
        teacher.send({ t: 'step' });
        await teacher.next((m) => m.t === 'county' && m.week === 1);
      }
    }
    // Students 3-5 chose in week 1 (acknowledged), then the server dies without warning.
    first.proc.kill('SIGKILL');
    await new Promise((r) => first.proc.once('exit', r));

    const second = await serve(['--resume', sdir]);
    const t2 = await open(`${second.ws}?role=teacher&key=${first.key}`);
    const county = await t2.next((m) => m.t === 'county');
    expect(county.week).toBe(1);
    expect(county.students.map((s: any) => [s.name, s.decided])).toEqual(views.map((v, i) => [v.name, i >= 3]));
    for (const v of views) {
      const c = await open(`${second.ws}?role=student`);
      c.send({ t: 'rejoin', token: v.token });
      const again = await c.next((m) => m.t === 'view');
      expect(again.department).toBe(v.department);
      expect(again.week).toBe(1);
    }
    t2.send({ t: 'end' });
    const ended = await t2.next((m) => m.t === 'county' && m.status === 'ended', 30_000);
    expect(ended.debrief.arms).toHaveLength(3);
    const decisions = readFileSync(join(sdir, 'export', 'decisions.csv'), 'utf8').trim().split('\n').slice(1);
    // Week 0: the last choice of each of the three departments that chose; week 1: three more.
    expect(decisions.filter((l) => l.startsWith('0,'))).toHaveLength(3);
    expect(decisions.filter((l) => l.startsWith('1,'))).toHaveLength(3);
    second.proc.kill('SIGINT');
    expect(await new Promise((r) => second.proc.once('exit', r))).toBe(0);
  }, 90_000);
});
