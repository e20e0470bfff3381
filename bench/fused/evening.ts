import { FATIGUE_BINS, RESTING, SICK, WORKING, type County } from './county.js';
import { COL, WIDTH } from './figures.js';

const { staff: C_STAFF, staff_working: C_WORKING, staff_resting: C_RESTING, staff_sick: C_SICK, seconded_away: C_SECONDED, hours_regular: C_REGULAR, hours_campaign: C_CAMPAIGN, hours_idle: C_IDLE, hours_rework: C_REWORK, fatigue_mean: C_FATIGUE, motivation_mean: C_MOTIVATION, perceived_risk_mean: C_RISK } = COL;

/**
 * The evening pass, person by person, once the units have split their output: each working person's
 * hours by use in their unit's proportions (a seconded person's home hours on home work as far as it
 * was there), fatigue, what the unit's spot checks taught about their chance, motivation, and the
 * counts and sums of the day's levels, with the fatigue histograms.
 */
export class Evening {
  constructor(private readonly c: County) {}

  run(day: number): void {
    const c = this.c;
    const s = c.s;
    const { rows, status, scheduled, shirked, planned, homePlanned, faulty, fatigue, motivation, risk, streak, seen, toRegular, toCampaign, toIdle, homeUsed, bins } = c;
    const { home, motivationBase, runs, runStart, runUnit, units } = c.people;
    const mech = s.mechanisms;
    const { sustainableHours, buildPerHour, streakDays, buildPerStreakDay, recoveryRest, recoveryWork } = s.staff.fatigue;
    const { weariness, motivationRecovery } = s.staff.shirking;
    const learningRate = s.inspection.learningRate;
    const fatigueOn = mech.fatigue;
    const shirkingOn = mech.shirking;
    const inCampaign = c.days.campaign[day] >= 0;
    for (let u = 0; u < units; u++) {
      const working = rows[u * WIDTH + C_WORKING];
      seen[u] = working > 0 ? seen[u] / working : 0;
    }
    for (const b of bins) b.fill(0);
    const county = bins[units];
    for (let r = 0; r < runs; r++) {
      const u = runUnit[r];
      const row = u * WIDTH;
      const shareRegular = toRegular[u], shareCampaign = toCampaign[u], shareIdle = toIdle[u], seenHere = seen[u];
      const unitBins = bins[u];
      const from = runStart[r], to = runStart[r + 1];
      let regular = 0, campaign = 0, idle = 0, rework = 0;
      let resting = 0, sick = 0, fatigueSum = 0, motivationSum = 0, riskSum = 0;
      for (let i = from; i < to; i++) {
        let f = fatigue[i];
        let m = motivation[i];
        let rk = risk[i];
        const st = status[i];
        if (st === WORKING) {
          // Hours by use.
          const plan = planned[i];
          const homePlan = homePlanned[i];
          const main = plan - homePlan;
          const homeDone = homePlan > 0 ? homePlan * homeUsed[home[i]] : 0;
          const idleHours = main * shareIdle + (homePlan - homeDone);
          regular += main * shareRegular + homeDone;
          campaign += main * shareCampaign;
          idle += idleHours;
          rework += (plan - idleHours) * faulty[i];
          const sched = scheduled[i];
          if (fatigueOn) {
            const days = ++streak[i];
            f *= 1 - recoveryWork;
            if (sched - sustainableHours > 0) f += buildPerHour * (sched - sustainableHours) * (1 - f);
            if (days > streakDays) f += buildPerStreakDay * (1 - f);
          }
          rk += learningRate * (seenHere - rk);
          if (rk > 1) rk = 1;
          risk[i] = rk;
          // War-weariness: a campaign day worked beyond the sustainable hours.
          if (shirkingOn && inCampaign && sched - shirked[i] - idleHours > sustainableHours) m -= weariness;
        } else if (fatigueOn) {
          streak[i] = 0;
          f *= 1 - recoveryRest;
        }
        if (fatigueOn) {
          f = f < 0 ? 0 : f > 1 ? 1 : f;
          fatigue[i] = f;
        }
        if (shirkingOn) {
          if (!inCampaign) m += motivationRecovery * (motivationBase[i] - m);
          m = m < 0 ? 0 : m > 1 ? 1 : m;
          motivation[i] = m;
        }
        resting += st === RESTING ? 1 : 0;
        sick += st === SICK ? 1 : 0;
        if (home[i] !== u) rows[home[i] * WIDTH + C_SECONDED]++;
        fatigueSum += f;
        motivationSum += m;
        riskSum += rk;
        let b = (f * FATIGUE_BINS) | 0;
        b = b >= FATIGUE_BINS ? FATIGUE_BINS - 1 : b < 0 ? 0 : b;
        unitBins[b]++;
        county[b]++;
      }
      rows[row + C_REGULAR] += regular;
      rows[row + C_CAMPAIGN] += campaign;
      rows[row + C_IDLE] += idle;
      rows[row + C_REWORK] += rework;
      rows[row + C_STAFF] += to - from;
      rows[row + C_RESTING] += resting;
      rows[row + C_SICK] += sick;
      rows[row + C_FATIGUE] += fatigueSum;
      rows[row + C_MOTIVATION] += motivationSum;
      rows[row + C_RISK] += riskSum;
    }
  }
}
