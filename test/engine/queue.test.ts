import { describe, expect, it } from 'vitest';
import { FINISHED, FINISHED_SIZE, WorkQueue } from '../../sim/engine/queue.js';

describe('work queue', () => {
  it('finishes items oldest first and keeps open hours exact through growth', () => {
    const q = new WorkQueue(2);
    for (let d = 0; d < 10; d++) q.push(d, d + 5, 2);
    expect(q.size).toBe(10);
    expect(q.openHours).toBeCloseTo(20);
    const done: number[] = [];
    const used = q.work(5, 0, new Float64Array(FINISHED_SIZE), (arrival) => done.push(arrival));
    expect(used).toBeCloseTo(5);
    expect(done).toEqual([0, 1]);
    expect(q.size).toBe(8);
    expect(q.openHours).toBeCloseTo(15);
    for (let d = 10; d < 20; d++) q.push(d, d + 5, 1);
    q.work(100, 0, new Float64Array(FINISHED_SIZE), (arrival) => done.push(arrival));
    expect(done).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(q.size).toBe(0);
    expect(q.openHours).toBe(0);
  });

  it('keeps every field of every item, in order, when it grows with the ring wrapped around', () => {
    const q = new WorkQueue(4);
    for (let k = 0; k < 3; k++) q.push(k, 100 + k, 1, k);
    q.work(2, 0, new Float64Array(FINISHED_SIZE));
    // head 2, items 2..4 wrap past the end of the 4-slot ring; the fifth push grows it.
    for (let k = 3; k < 12; k++) q.push(k, 100 + k, 1 + k / 8, k);
    const seen: number[][] = [];
    q.work(1000, 50, new Float64Array(FINISHED_SIZE), (arrival, deadline, effort, tag) => seen.push([arrival, deadline, effort, tag]));
    expect(seen).toEqual(Array.from({ length: 10 }, (_, i) => [i + 2, 102 + i, i + 2 < 3 ? 1 : 1 + (i + 2) / 8, i + 2]));
  });

  it('uses no more hours than there is work, and clear() closes everything', () => {
    const q = new WorkQueue();
    q.push(0, 1, 3);
    expect(q.work(10, 0, new Float64Array(FINISHED_SIZE))).toBeCloseTo(3);
    q.push(1, 2, 4);
    q.push(1, 2, 4);
    expect(q.clear()).toBe(2);
    expect(q.size).toBe(0);
    expect(q.openHours).toBe(0);
  });
});

describe('work queue rounding', () => {
  it('finishes every item when given exactly its open hours, however the sum was rounded', () => {
    const q = new WorkQueue();
    const efforts = [0.1, 0.2, 0.7, 1 / 3, 2 / 3, 5.123456789];
    for (const e of efforts) q.push(0, 1, e);
    let done = 0;
    q.work(q.openHours, 0, new Float64Array(FINISHED_SIZE), () => done++);
    expect(done).toBe(efforts.length);
    expect(q.size).toBe(0);
  });
});

describe('work queue counts', () => {
  it('adds up items finished, their lead days, lateness and effort', () => {
    const q = new WorkQueue();
    q.push(0, 2, 1); // done day 3: lead 4 days, late
    q.push(1, 3, 2); // lead 3 days, on time
    q.push(3, 5, 4); // half done, not counted
    const stats = new Float64Array(FINISHED_SIZE);
    expect(q.work(5, 3, stats)).toBeCloseTo(5);
    expect(stats[FINISHED.items]).toBe(2);
    expect(stats[FINISHED.leadDays]).toBe(7);
    expect(stats[FINISHED.late]).toBe(1);
    expect(stats[FINISHED.effort]).toBeCloseTo(3);
    expect(q.openHours).toBeCloseTo(2);
  });
});

describe('pushMany', () => {
  it('is n pushes: the same items in the same order and the same open hours to the bit, across the ring\'s wrap and growth', () => {
    const a = new WorkQueue(8);
    const b = new WorkQueue(8);
    const stats = new Float64Array(FINISHED_SIZE);
    // Move the head so the batch wraps round the ring's end, then past its size so it grows.
    for (const q of [a, b]) {
      for (let k = 0; k < 6; k++) q.push(0, 5, 0.1 * (k + 1));
      q.work(1.05, 1, stats);
    }
    // 2 open of 8 slots from slot 4: 4 more wrap round the end; 13 more make it grow.
    for (let k = 0; k < 4; k++) a.push(2, 9, 0.7);
    b.pushMany(4, 2, 9, 0.7);
    for (let k = 0; k < 13; k++) a.push(3, 9, 1 / 3);
    b.pushMany(13, 3, 9, 1 / 3);
    b.pushMany(0, 2, 9, 5);
    expect(b.size).toBe(a.size);
    expect(Object.is(b.openHours, a.openHours)).toBe(true);
    const finished = (q: WorkQueue) => {
      const out: number[][] = [];
      q.work(1e9, 3, new Float64Array(FINISHED_SIZE), (arrival, deadline, effort, tag) => out.push([arrival, deadline, effort, tag]));
      return out;
    };
    expect(finished(b)).toEqual(finished(a));
  });
});
