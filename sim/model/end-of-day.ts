import { binOf } from '../engine/histogram.js';
import type { Phase } from '../engine/loop.js';
import { KIND, M, NUM_KINDS, NUM_METRICS } from './record.js';
import { STATUS, type ModelState } from './state.js';

/**
 * The end of the day, person by person, once the units have worked their queues (work.ts). Four
 * mechanisms act on each person, in this order, and then the person is counted:
 *
 * 1. **Booking.** A working person's planned queue hours are booked by use in their unit's
 *    proportions of the day (`kindShare`, `idleShare` from allocation.ts); a seconded person's home
 *    hours go to regular work as far as their department's queue had work for them, the rest is idle.
 *    Hours whose output was faulty had to be redone.
 * 2. **Fatigue**, in [0, 1]: every night sheds a share of it (`recoveryWork`); every hour at the
 *    workplace beyond the sustainable day adds to it (saturating, so it never passes 1), and so does
 *    each working day past a run of days without rest. A rest or sick day sheds a larger share
 *    (`recoveryRest`). For constant long days fatigue settles where the nightly recovery balances the
 *    build-up. Hours at the workplace are the scheduled day, shirked and idle hours included: what a
 *    long day takes is the evening and the sleep, and an errand run in work time (case A's "village
 *    visits") is no rest. Pencavel's (2014) hours, against which P9 is fitted, are hours at the plant.
 * 3. **Deterrence.** A working person's perceived check chance moves toward what their unit's spot
 *    checks showed today (working-day.ts), per working person, a catch counting `catchSalience` checks
 *    more than a quiet check. With inspections off there are no checks, and perceived risk decays.
 * 4. **Motivation**, campaign fatigue of the will ("war-weariness", case A): every campaign day a
 *    person actually works beyond the sustainable hours (reporting, meetings and queue work; not
 *    shirked or idle hours; a cancelled rest day counts like any other) costs motivation; outside
 *    campaigns motivation drifts back toward the person's starting level. Tied to the shirking
 *    mechanism (it acts only through shirking).
 *
 * Each person is then counted where they sit, with their unit's sums of those levels and the fatigue
 * histograms, which tally.ts turns into the record's means and percentiles. One pass rather than one
 * per mechanism, as in working-day.ts (here the gain is small: 41 against 38 ms a run of the
 * benchmark county on Node 24; rule objects called from the pass took 1.4 times as long). The
 * updates are written without branches where a branch would first run on a campaign's first day or
 * the first sick day: V8 would throw away the optimised loop there.
 */
export function makeEndOfDay(): Phase<ModelState> {
  return new EndOfDay();
}

/** A class so that `run` is one function for every run, its optimized code kept (see work.ts). */
class EndOfDay implements Phase<ModelState> {
  readonly name = 'end-of-day';

  run(st: ModelState): void {
    const s = st.scenario;
    const rec = st.rec;
    // 2. Fatigue.
    const fatigueOn = s.mechanisms.fatigue;
    const { sustainableHours, buildPerHour, streakDays, buildPerStreakDay, recoveryRest, recoveryWork } = s.staff.fatigue;
    // 3. Deterrence: what each unit's checks showed, per working person.
    const { learningRate } = s.inspection;
    const seen = st.checksSeen;
    for (let u = 0; u < st.U; u++) {
      const working = rec[u * NUM_METRICS + M.staff_working];
      seen[u] = working > 0 ? seen[u] / working : 0;
    }
    // 4. Motivation.
    const motivationOn = s.mechanisms.shirking;
    const { weariness, motivationRecovery } = s.staff.shirking;
    const inCampaign = st.campaign !== null;
    const lost = -weariness; // added: m + (-w) is exactly m - w

    for (const h of st.hist) h.clear();
    const { status: statusOf, planned, leakPlanned, home, errorShare, hRegular, hCampaign, hShared, hIdle, hShirked, scheduled, streak, fatigue, motivation, motivationBase, risk, kindShare, idleShare, leakUsedShare, hist, N, runs, runStart, runUnit, hq } = st;
    const county = hist[st.total].counts;
    const bins = county.length;
    for (let r = 0; r < runs; r++) {
      const u = runUnit[r];
      const b = u * NUM_KINDS;
      const toRegular = kindShare[b + KIND.regular], toCampaign = kindShare[b + KIND.campaign], toShared = kindShare[b + KIND.shared];
      const toIdle = idleShare[u];
      const seenHere = seen[u];
      const counts = hist[u].counts;
      const from = runStart[r], to = runStart[r + 1];
      let regular = 0, campaign = 0, shared = 0, idle = 0, rework = 0;
      let resting = 0, sick = 0, fatigueSum = 0, motivationSum = 0, riskSum = 0;
      for (let i = from; i < to; i++) {
        const status = statusOf[i];
        const atWork = status === STATUS.working;

        // 1. Booking (written for everyone: 0 for people not at work today).
        let idl = 0;
        if (atWork) {
          const leak = leakPlanned[i];
          const main = planned[i] - leak;
          // 0 for everyone not seconded (leak is 0): no branch that first runs on a campaign's first day.
          const leakUsed = leak * leakUsedShare[home[i]];
          const reg = main * toRegular + leakUsed;
          const cam = main * toCampaign;
          const sha = main * toShared;
          idl = main * toIdle + (leak - leakUsed);
          hRegular[i] = reg;
          hCampaign[i] = cam;
          hShared[i] = sha;
          hIdle[i] = idl;
          regular += reg;
          campaign += cam;
          shared += sha;
          idle += idl;
          rework += (planned[i] - idl) * errorShare[i];
        } else {
          hRegular[i] = 0;
          hCampaign[i] = 0;
          hShared[i] = 0;
          hIdle[i] = 0;
        }

        // 2. Fatigue.
        let f = fatigue[i];
        if (fatigueOn) {
          if (atWork) {
            const excess = scheduled[i] - sustainableHours;
            const run = ++streak[i];
            f *= 1 - recoveryWork;
            // Added on every working day, 0 when there is nothing to add (f + 0 is f).
            f += buildPerHour * (excess > 0 ? excess : 0) * (1 - f);
            f += (run > streakDays ? buildPerStreakDay : 0) * (1 - f);
          } else {
            streak[i] = 0;
            f *= 1 - recoveryRest;
          }
          f = f < 0 ? 0 : f > 1 ? 1 : f;
          fatigue[i] = f;
        }

        // 3. Deterrence.
        let rk = risk[i];
        if (atWork) {
          rk += learningRate * (seenHere - rk);
          if (rk > 1) rk = 1;
          risk[i] = rk;
        }

        // 4. Motivation: one update on every day (m + 0 is m), not a branch for campaign days.
        let m = motivation[i];
        if (motivationOn) {
          const weary = atWork && scheduled[i] - hShirked[i] - idl > sustainableHours;
          m += inCampaign ? (weary ? lost : 0) : motivationRecovery * (motivationBase[i] - m);
          m = m < 0 ? 0 : m > 1 ? 1 : m;
          motivation[i] = m;
        }

        // Counted without branches.
        resting += status === STATUS.resting ? 1 : 0;
        sick += status === STATUS.sick ? 1 : 0;
        fatigueSum += f;
        motivationSum += m;
        riskSum += rk;
        const bin = binOf(f, bins);
        counts[bin]++;
        county[bin]++;
      }
      const row = u * NUM_METRICS;
      rec[row + M.hours_regular] += regular;
      rec[row + M.hours_campaign] += campaign;
      rec[row + M.hours_shared] += shared;
      rec[row + M.hours_idle] += idle;
      rec[row + M.hours_rework] += rework;
      // Only the headquarters seats people away from home (secondment.ts, decisions.ts): everyone in a
      // department's run is at home, so the seconded count needs no look at each person there.
      if (u === hq) for (let i = from; i < to; i++) rec[home[i] * NUM_METRICS + M.seconded_away]++;
      hist[u].total += to - from;
      rec[row + M.staff] += to - from;
      rec[row + M.staff_resting] += resting;
      rec[row + M.staff_sick] += sick;
      rec[row + M.fatigue_mean] += fatigueSum;
      rec[row + M.motivation_mean] += motivationSum;
      rec[row + M.perceived_risk_mean] += riskSum;
    }
    hist[st.total].total += N;
  }
}
