import { buildCalendar, parseDate, DAY_MS } from '../engine/calendar.js';
import { fieldByField } from '../engine/field-by-field.js';
import { Streams } from '../engine/rng.js';
import { WorkQueue } from '../engine/queue.js';
import { UnitHistogram } from '../engine/histogram.js';
import type { Scenario } from '../scenario/schema/index.js';
import { DayPlan } from './day-plan.js';
import { NUM_KINDS, NUM_METRICS } from './record.js';
import type { ModelState } from './state.js';
import { seatRuns } from './seating.js';
import { neutralLevers } from './levers.js';
import { queueSlots } from './queue-sizes.js';

export const HQ_ID = 'campaign_hq';

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

/**
 * Build the initial state of one run. `seedKey` names the run's random streams (the runner derives
 * it from the seed and the replicate); the people drawn here use the "population" stream only.
 */
export function buildState(scenario: Scenario, seedKey: string): ModelState {
  const cal = buildCalendar(scenario.calendar.start, scenario.calendar.days, scenario.calendar.weekend, scenario.calendar.holidays);
  const days = cal.days;
  const D = scenario.departments.length;
  const hq = scenario.campaigns.length > 0 ? D : -1;
  const U = hq >= 0 ? D + 1 : D;
  const unitIds = scenario.departments.map((d) => d.id);
  if (hq >= 0) unitIds.push(HQ_ID);
  const streams = new Streams(seedKey);
  const pop = streams.get('population');

  const headcount = Int32Array.from(scenario.departments.map((d) => d.headcount));
  const N = headcount.reduce((a, b) => a + b, 0);
  const home = new Int32Array(N);
  const skill = new Float64Array(N);
  const motivationBase = new Float64Array(N);
  const { motivation, skillSd } = scenario.staff;
  let i = 0;
  for (let d = 0; d < D; d++) {
    for (let k = 0; k < headcount[d]; k++, i++) {
      home[i] = d;
      skill[i] = Math.max(0.3, 1 + skillSd * pop.normal());
      motivationBase[i] = clamp01(motivation.mean + motivation.sd * pop.normal());
    }
  }

  const campaignOfDay = new Int16Array(days).fill(-1);
  scenario.campaigns.forEach((c, ci) => {
    const from = Math.round((parseDate(c.start) - cal.startMs) / DAY_MS);
    for (let d = Math.max(0, from); d < Math.min(days, from + c.days); d++) campaignOfDay[d] = ci;
  });

  const f64 = () => new Float64Array(N);
  const state = fieldByField<ModelState>({
    scenario,
    cal,
    days,
    D,
    hq,
    U,
    total: U,
    unitIds,
    N,
    streams,
    home,
    skill,
    motivationBase,
    headcount,
    unit: Int32Array.from(home),
    runStart: new Int32Array(N + 1),
    runUnit: new Int32Array(N),
    runs: 0,
    fatigue: f64(),
    motivation: Float64Array.from(motivationBase),
    risk: new Float64Array(N).fill(scenario.inspection.initialPerceivedRate),
    streak: new Int32Array(N),
    status: new Uint8Array(N),
    cap: f64(),
    scheduled: f64(),
    hRegular: f64(),
    hCampaign: f64(),
    hShared: f64(),
    hReporting: f64(),
    hMeetings: f64(),
    hShirked: f64(),
    hIdle: f64(),
    hRest: f64(),
    hSick: f64(),
    homeHours: f64(),
    planned: f64(),
    leakPlanned: f64(),
    errorShare: f64(),
    queues: queueSlots(scenario, headcount, hq, U).map((n) => new WorkQueue(n)),
    mustOutput: new Float64Array(U * NUM_KINDS),
    meetingDemand: new Float64Array(U),
    incentiveGain: new Float64Array(U * NUM_KINDS).fill(1),
    ...neutralLevers(U, D),
    kindShare: new Float64Array(U * NUM_KINDS),
    idleShare: new Float64Array(U),
    leakUsedShare: new Float64Array(D),
    checksSeen: new Float64Array(U),
    campaignOfDay,
    plan: new DayPlan(scenario, cal, campaignOfDay),
    campaign: null,
    campaignIndex: -1,
    doneSinceReversal: new Float64Array(U),
    effortSinceReversal: new Float64Array(U),
    lapsedSoFar: new Float64Array(U),
    rec: new Float64Array((U + 1) * NUM_METRICS),
    hist: Array.from({ length: U + 1 }, () => new UnitHistogram()),
  });
  seatRuns(state);
  return state;
}
