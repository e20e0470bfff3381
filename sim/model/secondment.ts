import type { Phase } from '../engine/loop.js';
import type { Secondment } from '../scenario/schema/campaign.js';
import type { ModelState } from './state.js';
import { seatRuns } from './seating.js';

/**
 * How many people each department must send to the campaign headquarters. Quota rules
 * (`minPerDepartment`, `perDepartment`) weigh on small departments: that is how case A's small units
 * were hollowed out.
 */
export function secondmentQuota(rule: Secondment, headcount: Int32Array, skillRank?: (d: number) => number): Int32Array {
  const D = headcount.length;
  const quota = new Int32Array(D);
  const cap = (d: number) => Math.floor(rule.maxShareOfDepartment * headcount[d]);
  if (rule.rule === 'skilled' && skillRank) {
    for (let d = 0; d < D; d++) quota[d] = skillRank(d);
  } else {
    const total = headcount.reduce((a, b) => a + b, 0);
    const ideal = Array.from(headcount, (h) => (rule.rule === 'equal' ? rule.total / D : (rule.total * h) / total));
    // Largest remainder, ties to the earlier department: deterministic and sums to the total.
    let given = 0;
    for (let d = 0; d < D; d++) {
      quota[d] = Math.floor(ideal[d]);
      given += quota[d];
    }
    const order = ideal.map((x, d) => [x - Math.floor(x), d] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
    for (let k = 0; given < rule.total && k < D; k++, given++) quota[order[k][1]]++;
  }
  for (let d = 0; d < D; d++) {
    quota[d] = Math.min(cap(d), Math.max(quota[d], rule.minPerDepartment) + rule.perDepartment);
  }
  return quota;
}

/**
 * At a campaign's first day, move the chosen people to the headquarters (the most skilled of each
 * department, as case A's "skilled staff"); the day after it ends, send everyone home.
 */
export const secondment: Phase<ModelState> = {
  name: 'secondment',
  run(st, day) {
    if (st.hq < 0) return;
    const ci = st.campaignOfDay[day];
    const prev = day > 0 ? st.campaignOfDay[day - 1] : -1;
    if (ci === prev) return;
    seatCampaign(st, ci);
  },
};

/**
 * Seat everyone for campaign `ci` (-1: none): all at home, then each department's quota, plus what
 * its head sends beyond it (`extraSecondment`, sim/model/decisions.ts), at the headquarters.
 */
export function seatCampaign(st: ModelState, ci: number): void {
  st.unit.set(st.home);
  seatRuns(st);
  if (ci < 0 || !st.scenario.mechanisms.secondment) return;
  const rule = st.scenario.campaigns[ci].secondment;
  const extra = st.extraSecondment;
  const noQuota = rule.total === 0 && rule.perDepartment === 0 && rule.minPerDepartment === 0;
  if (noQuota && extra.every((x) => x === 0)) return;

  // People of each department, most skilled first (index breaks ties).
  const byDept: number[][] = Array.from({ length: st.D }, () => []);
  for (let i = 0; i < st.N; i++) byDept[st.home[i]].push(i);
  for (const list of byDept) list.sort((a, b) => st.skill[b] - st.skill[a] || a - b);

  let skillRank: ((d: number) => number) | undefined;
  if (rule.rule === 'skilled') {
    const everyone = Array.from({ length: st.N }, (_, i) => i).sort((a, b) => st.skill[b] - st.skill[a] || a - b);
    const counts = new Int32Array(st.D);
    for (const i of everyone.slice(0, rule.total)) counts[st.home[i]]++;
    skillRank = (d) => counts[d];
  }
  const quota = noQuota ? new Int32Array(st.D) : secondmentQuota(rule, st.headcount, skillRank);
  for (let d = 0; d < st.D; d++) {
    // A head may send more than the quota, but never the whole department.
    const n = Math.min(quota[d] + extra[d], Math.max(quota[d], st.headcount[d] - 1));
    for (let k = 0; k < n; k++) st.unit[byDept[d][k]] = st.hq;
  }
  seatRuns(st);
}
