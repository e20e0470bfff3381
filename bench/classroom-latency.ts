import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startClassroom } from '../sim/classroom/start.js';
import { loadScenario } from '../sim/scenario/load.js';
import { CHOICE, Client, phoneAddress, quantile } from './classroom-client.js';

/**
 * `node dist/bench/classroom-latency.js [students] [weeks]`: a classroom session on loopback with
 * simulated students over real WebSockets. Each week every student sends a decision, spread over one
 * second as a class taps "send", then once more all at the same instant (a burst); the time from a
 * student's send to the teacher's screen receiving it is measured. Target (issue 26): p99 < 200 ms
 * with 40 students.
 */
const students = Number(process.argv[2] ?? 60);
const weeks = Number(process.argv[3] ?? 3);
const dir = mkdtempSync(join(tmpdir(), 'classroom-bench-'));
const room = await startClassroom({ host: '127.0.0.1', port: 0, dir: join(dir, 's'), scenario: loadScenario(new URL('../../scenarios/teach-county.yaml', import.meta.url).pathname), source: 'teach-county', resume: false, pace: 0 });
const base = `ws://127.0.0.1:${room.port}/ws`;
const teacher = await Client.open(`${base}?role=teacher&key=${room.open.header.key}`);
const phones = await Promise.all(
  Array.from({ length: students }, async (_, i) => {
    const c = await Client.open(`${base}?role=student`, phoneAddress(i));
    c.send({ t: 'join', name: `s${i}` });
    await c.next((m) => m.t === 'view');
    return c;
  }),
);

const sent = new Map<string, number>();
let waiting: ((ms: number) => void) | null = null;
let pending = 0;
const samples: { spread: number[]; burst: number[] } = { spread: [], burst: [] };
let into: number[] = samples.spread;
teacher.ws.on('message', (data) => {
  const m = JSON.parse(data.toString());
  if (m.t !== 'decided') return;
  into.push(performance.now() - sent.get(m.name)!);
  if (--pending === 0) waiting?.(0);
});

async function round(week: number, spreadMs: number, bucket: number[]): Promise<void> {
  into = bucket;
  pending = students;
  const done = new Promise((r) => (waiting = r));
  await Promise.all(
    phones.map(async (c, i) => {
      if (spreadMs) await new Promise((r) => setTimeout(r, (i * spreadMs) / students));
      sent.set(`s${i}`, performance.now());
      c.send({ t: 'choose', week, choice: CHOICE });
    }),
  );
  await done;
}

for (let w = 0; w < weeks; w++) {
  await round(w, 1000, samples.spread);
  await round(w, 0, samples.burst);
  teacher.send({ t: 'step' });
  await teacher.next((m) => m.t === 'county' && m.week === w + 1, 30_000);
}
const line = (name: string, xs: number[]) => `${name}: n ${xs.length}, median ${quantile(xs, 0.5).toFixed(1)} ms, p99 ${quantile(xs, 0.99).toFixed(1)} ms, max ${Math.max(...xs).toFixed(1)} ms`;
console.log(`classroom, ${students} students over loopback, ${weeks} weeks; load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
console.log(line('decision to teacher, spread over 1 s', samples.spread));
console.log(line('decision to teacher, all at once    ', samples.burst));
for (const c of [teacher, ...phones]) c.ws.terminate();
await room.stop();
rmSync(dir, { recursive: true, force: true });
