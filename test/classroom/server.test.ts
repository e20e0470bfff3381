import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startClassroom, type RunningClassroom } from '../../sim/classroom/start.js';
import { LOG_FILE } from '../../sim/classroom/log.js';
import { loadScenario } from '../../sim/scenario/load.js';
import { CHOICE, Client, phoneAddress, quantile } from '../../bench/classroom-client.js';
import { ADDRESS_RATES } from '../../sim/classroom/address-limits.js';

const dir = mkdtempSync(join(tmpdir(), 'classroom-server-'));
let room: RunningClassroom;
let base: string;
let teacherUrl: string;
const clients: Client[] = [];
const open = async (url: string, from?: string) => {
  const c = await Client.open(url, from);
  clients.push(c);
  return c;
};

beforeAll(async () => {
  room = await startClassroom({ host: '127.0.0.1', port: 0, dir: join(dir, 's'), scenario: loadScenario('scenarios/teach-county.yaml'), source: 'teach-county', resume: false, pace: 0 });
  base = `ws://127.0.0.1:${room.port}/ws`;
  teacherUrl = `${base}?role=teacher&key=${room.open.header.key}`;
});
afterAll(async () => {
  for (const c of clients) c.ws.terminate();
  await room.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function student(name: string, from?: string): Promise<{ c: Client; view: any }> {
  const c = await open(`${base}?role=student`, from);
  c.send({ t: 'join', name });
  return { c, view: await c.next((m) => m.t === 'view') };
}

describe('the classroom server over real WebSockets', () => {
  it('60 students decide; each decision reaches the teacher (median and p99 latency measured)', async () => {
    const teacher = await open(teacherUrl);
    await teacher.next((m) => m.t === 'county');
    const N = 60;
    // Each phone from its own address, as on a classroom's Wi-Fi.
    const students = await Promise.all(Array.from({ length: N }, (_, i) => student(`s${i}`, phoneAddress(i))));
    // Four departments, fifteen heads each.
    const per = new Map<string, number>();
    for (const s of students) per.set(s.view.department, (per.get(s.view.department) ?? 0) + 1);
    expect([...per.values()]).toEqual([15, 15, 15, 15]);
    const sent = new Map<string, number>();
    const latency: number[] = [];
    const all = new Promise<void>((resolve) => {
      teacher.ws.on('message', (data) => {
        const m = JSON.parse(data.toString());
        if (m.t !== 'decided') return;
        latency.push(performance.now() - sent.get(m.name)!);
        if (latency.length === N) resolve();
      });
    });
    // Spread over a second, as a class taps "send" at about the same time.
    await Promise.all(students.map(async (s, i) => {
      await new Promise((r) => setTimeout(r, (i * 1000) / N));
      sent.set(`s${i}`, performance.now());
      s.c.send({ t: 'choose', week: 0, choice: CHOICE });
    }));
    await all;
    const median = quantile(latency, 0.5);
    const p99 = quantile(latency, 0.99);
    console.log(`classroom latency, ${N} students, decision to teacher: median ${median.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms`);
    expect(p99).toBeLessThan(200);
    // The week runs on everyone's decisions, and every phone gets its department's new week.
    teacher.send({ t: 'step' });
    const after = await teacher.next((m) => m.t === 'county' && m.week === 1);
    expect(after.series).toHaveLength(1);
    const v = await students[0].c.next((m) => m.t === 'view' && m.week === 1);
    expect(v.you.staff).toBeGreaterThan(0);
    expect(room.open.session.inForce.size).toBe(4);
  }, 60_000);

  it('a forged or unknown token is refused and gets no department', async () => {
    const c = await open(`${base}?role=student`);
    c.send({ t: 'rejoin', token: 'f'.repeat(32) });
    expect((await c.next((m) => m.t === 'error')).reason).toMatch(/unknown token/);
    c.send({ t: 'choose', week: 1, choice: CHOICE });
    expect((await c.next((m) => m.t === 'error' && m.reason === 'join first')).reason).toBe('join first');
  });

  it('a student cannot act as teacher, name a department, or send values out of range', async () => {
    const { c } = await student('Mallory');
    const week = room.open.session.county.week;
    c.send({ t: 'step' });
    await c.next((m) => m.t === 'error');
    c.send({ t: 'choose', week, choice: CHOICE, department: 'audit' });
    expect((await c.next((m) => m.t === 'error' && /Unrecognized|unrecognized/.test(m.reason))).t).toBe('error');
    c.send({ t: 'choose', week, choice: { ...CHOICE, campaignWeight: 9 } });
    expect((await c.next((m) => m.t === 'error' && /campaignWeight/.test(m.reason))).t).toBe('error');
    c.send({ t: 'choose', week: week + 3, choice: CHOICE });
    expect((await c.next((m) => m.t === 'error' && /not the week under way/.test(m.reason))).t).toBe('error');
    c.send('{"t":"choose",');
    expect((await c.next((m) => m.t === 'error' && m.reason === 'not JSON')).t).toBe('error');
    expect(room.open.session.county.week).toBe(week);
    // A teacher socket needs the key.
    await expect(Client.open(`${base}?role=teacher&key=wrong`)).rejects.toThrow(/403/);
    await expect(Client.open(`${base}?role=teacher`)).rejects.toThrow(/403/);
  });

  it('an oversized message closes the socket; a flood is cut off; the server serves others throughout', async () => {
    const { c: big } = await student('Big');
    big.send(JSON.stringify({ t: 'join', name: 'x'.repeat(5000) }));
    expect((await big.whenClosed()).code).toBe(1009);
    const { c: flood } = await student('Flood');
    const chooseLines = () => readFileSync(join(dir, 's', LOG_FILE), 'utf8').split('\n').filter((l) => l.includes('"choose"')).length;
    const before = chooseLines();
    for (let i = 0; i < 300; i++) flood.send({ t: 'choose', week: room.open.session.county.week, choice: CHOICE });
    expect((await flood.whenClosed()).code).toBe(1008);
    // The log holds what the bucket let through (a burst of 20, a few more as it refills), not the flood.
    const logged = chooseLines() - before;
    expect(logged).toBeGreaterThan(0);
    expect(logged).toBeLessThan(30);
    const { view } = await student('After the flood');
    expect(view.department).toBeTruthy();
  });

  it('many tokens from one address: joins and messages are limited per address, with a clear message; other addresses go on', async () => {
    const from = '127.2.0.1';
    const url = `${base}?role=student`;
    // A laptop opening socket after socket, each joining as a new student.
    const sockets = await Promise.all(Array.from({ length: ADDRESS_RATES.joinBurst + 5 }, () => open(url, from)));
    for (const [i, c] of sockets.entries()) c.send({ t: 'join', name: `bot ${i}` });
    const answers = await Promise.all(sockets.map((c) => c.next((m) => m.t === 'view' || m.t === 'error')));
    const joined = sockets.filter((_, i) => answers[i].t === 'view');
    const refused = answers.filter((m) => m.t === 'error');
    // A few may refill while the sockets open (the bucket refills at 6 a minute).
    expect(joined.length).toBeGreaterThanOrEqual(ADDRESS_RATES.joinBurst);
    expect(joined.length).toBeLessThanOrEqual(ADDRESS_RATES.joinBurst + 1);
    expect(refused.length).toBeGreaterThanOrEqual(4);
    for (const m of refused) {
      expect(m.reason).toMatch(/too many joins from this network address: wait a minute/);
      // The phone says it in its own language (CLASSROOM_TEXT.addressJoins).
      expect(m.code).toBe('addressJoins');
    }
    // The joined tokens each flood below their own socket's limit (10 each, bursts of 20 allowed),
    // together far above the address's: what the log takes is the address's burst, not the sum.
    const chooseLines = () => readFileSync(join(dir, 's', LOG_FILE), 'utf8').split('\n').filter((l) => l.includes('"choose"')).length;
    const before = chooseLines();
    const week = room.open.session.county.week;
    for (const c of joined) for (let k = 0; k < 10; k++) c.send({ t: 'choose', week, choice: CHOICE });
    const replies = await Promise.all(joined.map(async (c) => {
      const out: any[] = [];
      for (let k = 0; k < 10; k++) out.push(await c.next((m) => m.t === 'chosen' || m.t === 'error'));
      return out;
    }));
    const flat = replies.flat();
    const slowed = flat.filter((m) => m.t === 'error');
    expect(slowed.length).toBeGreaterThan(0);
    for (const m of slowed) expect([m.reason, m.code]).toEqual(['too many messages from this network address; slow down', 'addressMessages']);
    const logged = chooseLines() - before;
    expect(logged).toBe(flat.filter((m) => m.t === 'chosen').length);
    // The joins above took their share of the address's burst; a few more refill meanwhile.
    expect(logged).toBeGreaterThan(0);
    expect(logged).toBeLessThan(ADDRESS_RATES.messageBurst + 5);
    expect(logged).toBeLessThan(joined.length * 10);
    // Reconnecting refills neither bucket of the address (its messages may be spent before its joins).
    const again = await open(url, from);
    again.send({ t: 'join', name: 'one more' });
    expect((await again.next((m) => m.t === 'error')).reason).toMatch(/^too many (joins|messages) from this network address/);
    // A phone on another address joins and decides as before.
    const { c: other, view } = await student('Another phone', '127.2.0.2');
    other.send({ t: 'choose', week: view.week, choice: CHOICE });
    expect((await other.next((m) => m.t === 'chosen' || m.t === 'error')).t).toBe('chosen');
  });

  it('names are kept as typed (escaped where shown); control characters are refused', async () => {
    const { view } = await student('<img src=x onerror=alert(1)>');
    expect(view.name).toBe('<img src=x onerror=alert(1)>');
    const c = await open(`${base}?role=student`);
    c.send({ t: 'join', name: 'evil\u202Eeman' });
    expect((await c.next((m) => m.t === 'error')).reason).toMatch(/name/);
  });

  it('the teacher moves a student to another department and removes another, whose token then fails', async () => {
    const teacher = await open(teacherUrl);
    const { c: moved, view: mv } = await student('Moved');
    const target = room.open.session.departments.find((d) => d !== mv.department)!;
    teacher.send({ t: 'move', token: mv.token, department: target });
    const again = await open(`${base}?role=student`);
    await teacher.next((m) => m.t === 'county' && m.students.some((s: any) => s.token === mv.token && s.department === target));
    again.send({ t: 'rejoin', token: mv.token });
    expect((await again.next((m) => m.t === 'view')).department).toBe(target);
    moved.close();
    const { c: gone, view: gv } = await student('Removed');
    teacher.send({ t: 'kick', token: gv.token });
    expect((await gone.whenClosed()).code).toBe(4001);
    const back = await open(`${base}?role=student`);
    back.send({ t: 'rejoin', token: gv.token });
    expect((await back.next((m) => m.t === 'error')).reason).toMatch(/unknown token/);
    teacher.send({ t: 'move', token: mv.token, department: 'no-such' });
    expect((await teacher.next((m) => m.t === 'error')).reason).toMatch(/no department/);
  });

  it('the pace steps a week on its own; pause stops it, resume starts it again', async () => {
    const teacher = await open(teacherUrl);
    const start = (await teacher.next((m) => m.t === 'county')).week;
    teacher.send({ t: 'pace', seconds: 1 });
    await teacher.next((m) => m.t === 'county' && m.week === start + 1, 10_000);
    teacher.send({ t: 'pause' });
    const paused = await teacher.next((m) => m.t === 'county' && m.status === 'paused');
    await new Promise((r) => setTimeout(r, 1500));
    expect(room.open.session.county.week).toBe(paused.week);
    teacher.send({ t: 'resume' });
    await teacher.next((m) => m.t === 'county' && m.week === paused.week + 1, 10_000);
    teacher.send({ t: 'pace', seconds: 0 });
    await teacher.next((m) => m.t === 'county' && m.pace === 0);
  }, 30_000);
});

describe('a connection flood', () => {
  it('is refused beyond the cap, and a place frees when a socket closes', async () => {
    const small = await startClassroom({ host: '127.0.0.1', port: 0, dir: join(dir, 'small'), scenario: loadScenario('scenarios/teach-county.yaml'), source: 'teach-county', resume: false, pace: 0, maxConnections: 3 });
    try {
      const url = `ws://127.0.0.1:${small.port}/ws?role=student`;
      const three = await Promise.all([0, 1, 2].map(() => Client.open(url)));
      await expect(Client.open(url)).rejects.toThrow(/503/);
      three[0].close();
      await three[0].whenClosed();
      await new Promise((r) => setTimeout(r, 100));
      const again = await Client.open(url);
      for (const c of [...three, again]) c.ws.terminate();
    } finally {
      await small.stop();
    }
  });
});

describe('--no-address-limit (a class behind one router address)', () => {
  it('lets more students join from one address than the limit would', async () => {
    const shared = await startClassroom({ host: '127.0.0.1', port: 0, dir: join(dir, 'shared'), scenario: loadScenario('scenarios/teach-county.yaml'), source: 'teach-county', resume: false, pace: 0, addressLimit: false });
    const cs: Client[] = [];
    try {
      const url = `ws://127.0.0.1:${shared.port}/ws?role=student`;
      for (let i = 0; i < ADDRESS_RATES.joinBurst + 5; i++) cs.push(await Client.open(url, '127.3.0.1'));
      for (const [i, c] of cs.entries()) c.send({ t: 'join', name: `n${i}` });
      const answers = await Promise.all(cs.map((c) => c.next((m) => m.t === 'view' || m.t === 'error')));
      expect(answers.filter((m) => m.t === 'view')).toHaveLength(ADDRESS_RATES.joinBurst + 5);
    } finally {
      for (const c of cs) c.ws.terminate();
      await shared.stop();
    }
  });
});
