import { KIND, M, NUM_KINDS, NUM_METRICS } from './record.js';
import { STATUS, type ModelState } from './state.js';

/**
 * Book each working person's planned queue hours by use, in their unit's proportions of the day
 * (`kindShare`, `idleShare` from allocation.ts); a seconded person's home hours go to regular work as
 * far as their department's queue had work for them, the rest is idle. Adds each unit's sums to its
 * row, with the hours whose output was faulty and had to be redone.
 */
export function bookHours(st: ModelState): void {
  const { status, planned, leakPlanned, home, errorShare, hRegular, hCampaign, hShared, hIdle, kindShare, idleShare, leakUsedShare, rec, runs, runStart, runUnit } = st;
  for (let r = 0; r < runs; r++) {
    const u = runUnit[r];
    const b = u * NUM_KINDS;
    const toRegular = kindShare[b + KIND.regular], toCampaign = kindShare[b + KIND.campaign], toShared = kindShare[b + KIND.shared];
    const toIdle = idleShare[u];
    let regular = 0, campaign = 0, shared = 0, idle = 0, rework = 0;
    for (let i = runStart[r], end = runStart[r + 1]; i < end; i++) {
      // Written for everyone (schedule no longer clears these): 0 for people not working today.
      if (status[i] !== STATUS.working) {
        hRegular[i] = 0;
        hCampaign[i] = 0;
        hShared[i] = 0;
        hIdle[i] = 0;
        continue;
      }
      const leak = leakPlanned[i];
      const main = planned[i] - leak;
      // 0 for everyone not seconded (leak is 0): no branch that first runs on a campaign's first day.
      const leakUsed = leak * leakUsedShare[home[i]];
      const reg = main * toRegular + leakUsed;
      const cam = main * toCampaign;
      const sha = main * toShared;
      const idl = main * toIdle + (leak - leakUsed);
      hRegular[i] = reg;
      hCampaign[i] = cam;
      hShared[i] = sha;
      hIdle[i] = idl;
      regular += reg;
      campaign += cam;
      shared += sha;
      idle += idl;
      // Hours whose output was faulty and must be redone.
      rework += (planned[i] - idl) * errorShare[i];
    }
    const row = u * NUM_METRICS;
    rec[row + M.hours_regular] += regular;
    rec[row + M.hours_campaign] += campaign;
    rec[row + M.hours_shared] += shared;
    rec[row + M.hours_idle] += idle;
    rec[row + M.hours_rework] += rework;
  }
}

