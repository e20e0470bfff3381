import { binOf } from '../sim/engine/histogram.js';
import { lognormalTable, logistic } from '../sim/engine/tables.js';
import { summaryCollector } from '../sim/library/collectors.js';
import { collectRun } from '../sim/library/collect-run.js';
import type { RunSummary } from '../sim/metrics/summary.js';
import { Allocation } from '../sim/model/allocation.js';
import { buildState } from '../sim/model/build.js';
import { campaignEnd, campaignWindow } from '../sim/model/campaign.js';
import { dayOutput, FATIGUE_STEPS, productivityTable } from '../sim/model/productivity.js';
import { checkGap as gap } from '../sim/model/inspection.js';
import { lapse } from '../sim/model/lapse.js';
import { reversal } from '../sim/model/reversal.js';
import { closeRecord } from '../sim/model/tally.js';
import { KIND, M, NUM_KINDS, NUM_METRICS } from '../sim/model/record.js';
import { secondment } from '../sim/model/secondment.js';
import { STATUS, type ModelState } from '../sim/model/state.js';
import type { Stream } from '../sim/engine/rng.js';
import type { Scenario } from '../sim/scenario/schema/index.js';
import { spread } from './spread.js';

/**
 * The limit reference of `npm run bench` (issue 15): a deliberately plain program that does the
 * model's per-staff-day work and random draws on the benchmark county in two fused passes over the
 * people a day (before and after the units split their output), with everything a pass needs held
 * in locals. It is written for the bench and never used by the model: it answers "how fast could
 * this model go in plain JavaScript?", so the bench can report deptsim's steady state as a fraction
 * of it.
 *
 * It does the same work, not less: the same streams in the same order (so the county figures are
 * identical; test/bench/fused.test.ts checks every byte of every day's record against the model),
 * every per-person value the model's state exposes after a day (status, scheduled, capacity, the nine
 * hours by use, fatigue, motivation, perceived risk, streak), the same queues (sim/engine/queue.ts),
 * and the same summary collector fed every day. Only what the model keeps in per-person scratch
 * arrays between its phases (the day-split blocks, home hours) stays in locals here.
 *
 * Unit-level steps call the model's own code: a campaign's first and last day (re-seating, closing
 * its queues), the units' split of their output over their queues (allocation.ts), lapses, reversals
 * and the record's unit rows (tally.ts). They are per unit, not per staff-day, and sharing them keeps
 * one definition of each. Scenarios with shared duties, partners or rate formulas are refused
 * (fusedFits): the benchmark county has none.
 */
export function fusedFits(s: Scenario): string | null {
  if (s.sharedDuties.length > 0 || s.partners.length > 0) return 'shared duties and partners are not in the fused reference';
  if (s.departments.some((d) => d.regular.rateFormula) || s.campaigns.some((c) => c.tasks.rateFormula)) return 'rate formulas are not in the fused reference';
  return null;
}

/**
 * Run the scenario to its horizon; `onDay` sees each day's record like a collector. Returns the
 * summary and the state the last day left (per-person values, for the check against the model).
 */
export function fusedRun(scenario: Scenario, seedKey: string, onDay?: (day: number, rec: Float64Array) => void): { summary: RunSummary; state: ModelState } {
  const why = fusedFits(scenario);
  if (why) throw new Error(`fused reference: ${why}`);
  const county = new FusedCounty(scenario, seedKey);
  const summary = summaryCollector(county.st);
  for (let day = 0; day < county.st.days; day++) {
    county.day(day);
    summary.onDay(day, county.st.rec, county.st);
    if (onDay) onDay(day, county.st.rec);
  }
  return { summary: summary.finish(), state: county.st };
}


/**
 * One county's run. A class with a method per pass rather than one function: V8 optimises (and, when
 * a rare branch first runs, re-optimises) each small method quickly, where one giant function took
 * seconds of compiling and ran in the interpreter meanwhile (measured: 0.4-4 s per run, at random).
 */
class FusedCounty {
  readonly st: ModelState;
  readonly s: Scenario;
  readonly planned: Float64Array;
  readonly leakPlanned: Float64Array;
  readonly errorShare: Float64Array;
  readonly sickList: Int32Array;
  sickCount = 0;
  readonly sick: Stream;
  readonly inspectRng: Stream;
  readonly regularStreams: Stream[];
  readonly regularEffort: Float64Array[];
  readonly taskStreams: Stream[];
  readonly taskEffort: Float64Array[];
  readonly table: Float64Array;
  readonly homePerHead: Float64Array;
  readonly atUnit: Float64Array;
  readonly unitOutput: Float64Array;
  readonly homeOutput: Float64Array;
  readonly seen: Float64Array;
  readonly allocation: Allocation;

  constructor(scenario: Scenario, seedKey: string) {
    const st = buildState(scenario, seedKey);
    this.st = st;
    this.s = scenario;
    const { N, D, U } = st;
    this.planned = new Float64Array(N);
    this.leakPlanned = new Float64Array(N);
    this.errorShare = new Float64Array(N);
    this.sickList = new Int32Array(N);
    this.sick = st.streams.get('sickness');
    this.inspectRng = st.streams.get('inspection');
    this.regularStreams = scenario.departments.map((d) => st.streams.get(`arrivals:${d.id}`));
    this.regularEffort = scenario.departments.map((d) => lognormalTable(d.regular.effortHours, d.regular.effortCv));
    this.taskStreams = st.unitIds.map((id) => st.streams.get(`campaign-tasks:${id}`));
    this.taskEffort = scenario.campaigns.map((c) => lognormalTable(c.tasks.effortHours, c.tasks.effortCv));
    this.table = productivityTable(scenario.staff.productivity);
    this.homePerHead = new Float64Array(D);
    this.atUnit = new Float64Array(U);
    this.unitOutput = new Float64Array(U);
    this.homeOutput = new Float64Array(D);
    this.seen = new Float64Array(U);
    this.allocation = new Allocation(st);
  }

  day(day: number): void {
    const st = this.st;
    st.rec.fill(0);
    const ci = st.campaignOfDay[day];
    if (ci !== (day > 0 ? st.campaignOfDay[day - 1] : -1)) {
      campaignWindow.run(st, day);
      secondment.run(st, day);
    }
    st.campaignIndex = ci;
    st.campaign = ci >= 0 ? this.s.campaigns[ci] : null;
    this.homeWork();
    this.arrivals(day);
    this.passWork(day);
    this.bookSick();
    this.allocation.split(st, day, this.unitOutput, this.homeOutput);
    lapse.run(st, day);
    this.passAfterWork();
    reversal.run(st, day);
    campaignEnd.run(st, day);
    closeRecord(st);
  }

  /** Per department: a seconded person's home work today (read before today's arrivals). */
  homeWork(): void {
    const { st, homePerHead } = this;
    const c = st.campaign;
    const leakCap = c && this.s.mechanisms.secondment && st.hq >= 0 ? c.secondment.homeLeakShare * this.s.staff.hoursPerDay : 0;
    for (let d = 0; d < st.D; d++) {
      const perHead = st.queues[d * NUM_KINDS + KIND.regular].openHours / st.headcount[d];
      homePerHead[d] = leakCap <= 0 ? 0 : perHead < leakCap ? perHead : leakCap;
    }
  }

  /** Each department and unit from its own stream, as the model draws them. */
  arrivals(day: number): void {
    const { st, regularStreams, taskStreams, atUnit } = this;
    const { queues, rec, headcount, unit, hq } = st;
    const c = st.campaign;
    const calendarRest = st.cal.restDay[day] === 1;
    if (!calendarRest) {
      const depts = this.s.departments;
      for (let d = 0; d < st.D; d++) {
        const spec = depts[d].regular;
        const n = regularStreams[d].poisson(spec.itemsPerDay + spec.itemsPerStaffDay * headcount[d]);
        if (n > 0) queues[d * NUM_KINDS + KIND.regular].pushDrawn(n, day, day + spec.deadlineDays, this.regularEffort[d], regularStreams[d]);
        rec[d * NUM_METRICS + M.arrived_regular] += n;
      }
    }
    if (c && (!calendarRest || c.cancelRestDays)) {
      atUnit.fill(0);
      for (let i = 0; i < st.N; i++) atUnit[unit[i]]++;
      for (let u = 0; u < st.U; u++) {
        const n = taskStreams[u].poisson(u === hq ? c.hqItemsPerStaffDay * atUnit[u] : c.tasks.itemsPerDay + c.tasks.itemsPerStaffDay * atUnit[u]);
        if (n > 0) queues[u * NUM_KINDS + KIND.campaign].pushDrawn(n, day, day + c.tasks.deadlineDays, this.taskEffort[st.campaignIndex], taskStreams[u]);
        rec[u * NUM_METRICS + M.arrived_campaign] += n;
      }
    }
  }

  /** Pass 1, per person: schedule, sickness, day split, shirking, output, spot checks. */
  passWork(day: number): void {
    const { st, s, planned, leakPlanned, errorShare, sickList, sick, table, homePerHead, unitOutput, homeOutput, seen, inspectRng } = this;
    const { rec, home, skill, fatigue, motivation, risk, status, scheduled, cap, hRegular, hCampaign, hShared, hReporting, hMeetings, hShirked, hIdle, hRest, hSick, runs, runStart, runUnit, hq } = st;
    const c = st.campaign;
    const mech = s.mechanisms;
    const contractedDay = s.staff.hoursPerDay;
    const { threshold, maxDailyChance } = s.staff.sickness;
    const sicknessOn = mech.sickness && maxDailyChance > 0 && threshold < 1;
    const { effortCost, fatigueCost, motivationValue, regularValue, noise, maxShare } = s.staff.shirking;
    const perNoise = 1 / noise;
    const penalty = s.inspection.penalty;
    const { kneeHours, zeroHours, errorRate, errorRateAtFullFatigue } = s.staff.productivity;
    const calendarRest = st.cal.restDay[day] === 1;
    let hours = contractedDay;
    if (c) hours = calendarRest ? c.restDayHours : c.hoursPerDay;
    const resting = hours <= 0 || (calendarRest && !(c && c.cancelRestDays));
    const contracted = calendarRest ? 0 : contractedDay; // the contracted block's length
    const reporting = c ? c.reportingHours : 0;
    const otPay = c && !c.overtimePaid ? 0 : s.pay.overtimeRate;
    const shirkOn = mech.shirking;
    const useFatigue = mech.fatigue;
    const useRework = mech.rework;
    const { rate: baseRate, catchSalience, caughtBelief } = s.inspection;
    const rate = !mech.inspection ? 0 : c ? c.inspectionRate : baseRate;
    const logMiss = Math.log1p(-rate);
    let skip = gap(inspectRng, rate, logMiss);
    seen.fill(0);
    unitOutput.fill(0);
    homeOutput.fill(0);
    let sickCount = 0;
    for (let r = 0; r < runs; r++) {
      const u = runUnit[r];
      const row = u * NUM_METRICS;
      const from = runStart[r], to = runStart[r + 1];
      const atHq = u === hq;
      let capSum = 0, reportingSum = 0, shirkedSum = 0, output = 0;
      for (let i = from; i < to; i++) {
        hRegular[i] = 0; hCampaign[i] = 0; hShared[i] = 0; hIdle[i] = 0;
        if (resting) {
          status[i] = STATUS.resting; scheduled[i] = 0; cap[i] = contractedDay; hRest[i] = contractedDay;
          hSick[i] = 0; hReporting[i] = 0; hMeetings[i] = 0; hShirked[i] = 0;
          continue;
        }
        const homeH = atHq ? homePerHead[home[i]] : 0;
        const h = hours + homeH;
        capSum += h;
        hRest[i] = 0;
        const f = fatigue[i];
        if (sicknessOn && f > threshold && sick.next() < (maxDailyChance * (f - threshold)) / (1 - threshold)) {
          status[i] = STATUS.sick; scheduled[i] = 0; cap[i] = h; hSick[i] = contractedDay;
          hReporting[i] = 0; hMeetings[i] = 0; hShirked[i] = 0;
          sickList[sickCount++] = i;
          continue;
        }
        status[i] = STATUS.working; scheduled[i] = h; cap[i] = h; hSick[i] = 0;
        // The day split (no coordination: no meetings).
        const rep = reporting < h ? reporting : h;
        const left = h - rep;
        const contractedLeft = contracted - rep;
        const blockReg = contractedLeft <= 0 ? 0 : contractedLeft < left ? contractedLeft : left;
        const blockOt = left - blockReg;
        hReporting[i] = rep; hMeetings[i] = 0;
        reportingSum += rep;
        let shirked = 0;
        if (shirkOn && h > 0) {
          const cost = effortCost * (1 + fatigueCost * f);
          const expectedPenalty = (risk[i] * penalty) / h;
          const motive = motivationValue * motivation[i];
          shirked = blockReg * maxShare * logistic((cost - regularValue - motive - expectedPenalty) * perNoise);
          if (blockOt > 0) shirked += blockOt * maxShare * logistic((cost - otPay - motive - expectedPenalty) * perNoise);
        }
        hShirked[i] = shirked;
        shirkedSum += shirked;
        const queueHours = blockReg + blockOt;
        const plan = queueHours - shirked;
        planned[i] = plan;
        const leak = homeH > 0 && queueHours > 0 ? (plan * (homeH < queueHours ? homeH : queueHours)) / queueHours : 0;
        leakPlanned[i] = leak;
        const atWork = h - shirked;
        const ff = useFatigue ? f : 0;
        const lengthFactor = atWork > kneeHours ? dayOutput(atWork, kneeHours, zeroHours) / atWork : 1;
        const err = useRework ? errorRate + (errorRateAtFullFatigue - errorRate) * ff : 0;
        errorShare[i] = err;
        const net = lengthFactor * skill[i] * table[Math.round(ff * FATIGUE_STEPS)] * (1 - err);
        output += (plan - leak) * net;
        if (leak > 0) homeOutput[home[i]] += leak * net;
        if (skip !== Infinity) {
          if (skip > 0) skip--;
          else {
            skip = gap(inspectRng, rate, logMiss);
            rec[row + M.inspections]++;
            seen[u]++;
            if (h > 0 && inspectRng.next() < shirked / h) {
              rec[row + M.caught]++;
              seen[u] += catchSalience;
              if (risk[i] < caughtBelief) risk[i] = caughtBelief;
            }
          }
        }
      }
      const n = to - from;
      if (resting) {
        rec[row + M.hours_capacity] += contractedDay * n;
        rec[row + M.hours_rest] += contractedDay * n;
      } else {
        rec[row + M.staff_working] += n;
        rec[row + M.hours_capacity] += atHq ? capSum : hours * n;
        rec[row + M.hours_reporting] += reportingSum;
        rec[row + M.hours_shirked] += shirkedSum;
      }
      unitOutput[u] += output;
    }
    this.sickCount = sickCount;
  }

  /**
   * Sick days change the units' counts after every run's schedule is booked, as in the model (the
   * order of additions decides the last bit of a sum).
   */
  bookSick(): void {
    const { st, sickList, sickCount } = this;
    const { rec, unit, cap } = st;
    const contractedDay = this.s.staff.hoursPerDay;
    for (let k = 0; k < sickCount; k++) {
      const i = sickList[k];
      const row = unit[i] * NUM_METRICS;
      rec[row + M.staff_working]--;
      rec[row + M.hours_capacity] += contractedDay - cap[i];
      rec[row + M.hours_sick] += contractedDay;
      cap[i] = contractedDay;
    }
  }

  /** Pass 2, per person: hours by use, fatigue, what the unit's checks taught, motivation, the day's levels. */
  passAfterWork(): void {
    const { st, s, planned, leakPlanned, errorShare, seen } = this;
    const { kindShare, idleShare, leakUsedShare, rec, home, fatigue, motivation, motivationBase, risk, streak, status, scheduled, hRegular, hCampaign, hShared, hShirked, hIdle, hist, runs, runStart, runUnit } = st;
    const c = st.campaign;
    const mech = s.mechanisms;
    const { sustainableHours, buildPerHour, streakDays, buildPerStreakDay, recoveryRest, recoveryWork } = s.staff.fatigue;
    const { weariness, motivationRecovery } = s.staff.shirking;
    const learningRate = s.inspection.learningRate;
    const useFatigue = mech.fatigue;
    const shirkOn = mech.shirking;
    const inCampaign = c !== null;
    for (let u = 0; u < st.U; u++) {
      const working = rec[u * NUM_METRICS + M.staff_working];
      seen[u] = working > 0 ? seen[u] / working : 0;
    }
    for (const h of hist) h.clear();
    const county = hist[st.total].counts;
    const bins = county.length;
    for (let r = 0; r < runs; r++) {
      const u = runUnit[r];
      const b = u * NUM_KINDS;
      const toRegular = kindShare[b], toCampaign = kindShare[b + 1], toShared = kindShare[b + 2], toIdle = idleShare[u];
      const seenU = seen[u];
      const counts = hist[u].counts;
      const row = u * NUM_METRICS;
      const from = runStart[r], to = runStart[r + 1];
      let regular = 0, campaign = 0, shared = 0, idle = 0, rework = 0;
      let restingN = 0, sickN = 0, fat = 0, mot = 0, rsk = 0;
      for (let i = from; i < to; i++) {
        let f = fatigue[i];
        let m = motivation[i];
        let rk = risk[i];
        const stt = status[i];
        if (stt === STATUS.working) {
          const leak = leakPlanned[i];
          const plan = planned[i];
          const main = plan - leak;
          const leakUsed = leak > 0 ? leak * leakUsedShare[home[i]] : 0;
          const reg = main * toRegular + leakUsed, cam = main * toCampaign, sha = main * toShared, idl = main * toIdle + (leak - leakUsed);
          hRegular[i] = reg; hCampaign[i] = cam; hShared[i] = sha; hIdle[i] = idl;
          regular += reg; campaign += cam; shared += sha; idle += idl;
          rework += (plan - idl) * errorShare[i];
          const worked = scheduled[i] - hShirked[i] - idl;
          if (useFatigue) {
            const run = ++streak[i];
            f *= 1 - recoveryWork;
            // Fatigue builds on hours at the workplace (sim/model/fatigue.ts), weariness on hours worked.
            if (scheduled[i] - sustainableHours > 0) f += buildPerHour * (scheduled[i] - sustainableHours) * (1 - f);
            if (run > streakDays) f += buildPerStreakDay * (1 - f);
          }
          rk += learningRate * (seenU - rk);
          if (rk > 1) rk = 1;
          risk[i] = rk;
          if (shirkOn && inCampaign && worked > sustainableHours) m -= weariness;
        } else if (useFatigue) {
          streak[i] = 0;
          f *= 1 - recoveryRest;
        }
        if (useFatigue) {
          f = f < 0 ? 0 : f > 1 ? 1 : f;
          fatigue[i] = f;
        }
        if (shirkOn) {
          if (!inCampaign) m += motivationRecovery * (motivationBase[i] - m);
          m = m < 0 ? 0 : m > 1 ? 1 : m;
          motivation[i] = m;
        }
        restingN += stt === STATUS.resting ? 1 : 0;
        sickN += stt === STATUS.sick ? 1 : 0;
        const hm = home[i];
        if (u !== hm) rec[hm * NUM_METRICS + M.seconded_away]++;
        fat += f;
        mot += m;
        rsk += rk;
        const bin = binOf(f, bins);
        counts[bin]++;
        county[bin]++;
      }
      rec[row + M.hours_regular] += regular;
      rec[row + M.hours_campaign] += campaign;
      rec[row + M.hours_shared] += shared;
      rec[row + M.hours_idle] += idle;
      rec[row + M.hours_rework] += rework;
      hist[u].total += to - from;
      rec[row + M.staff] += to - from;
      rec[row + M.staff_resting] += restingN;
      rec[row + M.staff_sick] += sickN;
      rec[row + M.fatigue_mean] += fat;
      rec[row + M.motivation_mean] += mot;
      rec[row + M.perceived_risk_mean] += rsk;
    }
    hist[st.total].total += st.N;
  }

}

/** Issue 15's target: deptsim's steady state at least this fraction of the fused loop's rate. */
export const LIMIT_TARGET = 0.9;

export interface LimitComparison {
  rounds: number;
  /** deptsim's steady-state rate over the fused loop's, per round (same seed key in both). */
  fraction_median: number;
  fraction_min: number;
  fraction_max: number;
  fused_staff_days_per_cpu_second: number;
  deptsim_staff_days_per_cpu_second: number;
  fused_cpu_seconds_median: number;
  deptsim_cpu_seconds_median: number;
}

const cpuSeconds = (f: () => void): number => {
  const t0 = process.cpuUsage();
  f();
  const t = process.cpuUsage(t0);
  return (t.user + t.system) / 1e6;
};

/**
 * deptsim's steady state (the library run the CLI and workers make, summary only) against the fused
 * loop, in this process: both warmed up, then `rounds` rounds of one run each, the order rotating
 * every round so that neither always runs first on a warmer or quieter machine. CPU time of the
 * process, not wall time: other tenants of a shared machine then weigh less (they still slow both
 * through caches and memory, hence the rounds, the median and the range).
 */
export function compareWithFused(scenario: Scenario, staffDays: number, rounds = 9, warmup = 3): LimitComparison {
  const model = (key: string) => collectRun(scenario, key, { daily: false });
  const fused = (key: string) => fusedRun(scenario, key);
  for (let w = 0; w < warmup; w++) {
    model(`warm/${w}`);
    fused(`warm/${w}`);
  }
  const tModel: number[] = [], tFused: number[] = [], fraction: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const key = `limit/rep:${r}`;
    let m: number, f: number;
    if (r % 2 === 0) {
      m = cpuSeconds(() => model(key));
      f = cpuSeconds(() => fused(key));
    } else {
      f = cpuSeconds(() => fused(key));
      m = cpuSeconds(() => model(key));
    }
    tModel.push(m);
    tFused.push(f);
    fraction.push(f / m);
  }
  const [fr, fusedCpu, modelCpu] = [spread(fraction), spread(tFused).median, spread(tModel).median];
  return {
    rounds,
    fraction_median: fr.median,
    fraction_min: fr.min,
    fraction_max: fr.max,
    fused_staff_days_per_cpu_second: staffDays / fusedCpu,
    deptsim_staff_days_per_cpu_second: staffDays / modelCpu,
    fused_cpu_seconds_median: fusedCpu,
    deptsim_cpu_seconds_median: modelCpu,
  };
}
