/**
 * The screening range of every numeric model parameter, keyed by its schema path (the paths of
 * docs/ODD.md's parameter tables): the interval a sensitivity screen (`deptsim sensitivity` with no
 * --set) varies it over, and why that interval is plausible. A screen answers "which parameters
 * matter" only over ranges a reader accepts, so each range says where it comes from.
 *
 * Two kinds of range:
 * - `value`: the parameter takes values from `from` to `to` (on every entry of a list alike);
 * - `scale`: each entry keeps its own value, multiplied by a factor from `from` to `to` (headcounts
 *   and loads differ by department; a screen moves them together without flattening them).
 * A few parameters are `held`: they are the design of the run (its horizon) rather than something
 * estimated, and are varied by a sweep of their own, not screened.
 * test/runner/screening-ranges.test.ts checks that every numeric parameter of the schema has an entry
 * and that every `value` range lies inside the schema's own bounds.
 */
export type ScreeningRange =
  | { kind: 'value'; from: number; to: number; reason: string }
  | { kind: 'scale'; from: number; to: number; reason: string }
  | { kind: 'held'; reason: string };

const v = (from: number, to: number, reason: string): ScreeningRange => ({ kind: 'value', from, to, reason });
const x = (from: number, to: number, reason: string): ScreeningRange => ({ kind: 'scale', from, to, reason });
const held = (reason: string): ScreeningRange => ({ kind: 'held', reason });

/** ±50% of each entry's own value: the default for loads and sizes the cases give only roughly. */
const HALF = 'each entry ±50%: the cases report these only roughly';

export const SCREENING_RANGES: Readonly<Record<string, ScreeningRange>> = {
  'calendar.days': held('the horizon is the design of the run, not a property of the county'),
  'calendar.warmupDays': held('the warm-up only discards the first days from the measures; it changes no behaviour'),
  'staff.hoursPerDay': v(7, 9, 'the civil-service day is 8 hours; 7-9 covers short Fridays and routine overtime'),
  'staff.motivation.mean': v(0.4, 0.8, 'the calibration range: outside it baseline shirking leaves 2-20%'),
  'staff.motivation.sd': v(0.05, 0.25, 'from a near-uniform workforce to one with many disengaged and many keen'),
  'staff.skillSd': v(0.05, 0.3, 'output differences of about 1.1x to 1.8x between a typical weak and strong worker'),
  'staff.fatigue.sustainableHours': v(7, 9.5, 'occupational-health guidance puts the sustainable day near 8 hours'),
  'staff.fatigue.buildPerHour': v(0.003, 0.012, 'half to twice the default: 10-hour campaign days reach the sickness threshold in 3 to 12 weeks'),
  'staff.fatigue.streakDays': v(4, 10, 'from a cancelled weekend felt at once to two working weeks without rest'),
  'staff.fatigue.buildPerStreakDay': v(0.005, 0.02, 'half to twice the default'),
  'staff.fatigue.recoveryRest': v(0.15, 0.5, 'a rest day clears a sixth to a half of fatigue: recovery in days, not hours or weeks'),
  'staff.fatigue.recoveryWork': v(0.02, 0.08, 'half to twice the default: ordinary days recover slowly'),
  'staff.productivity.kneeHours': v(7.5, 10, 'the working-time literature finds output per hour falling from 8-10 hours a day'),
  'staff.productivity.zeroHours': v(11, 15, 'extra hours stop adding output somewhere past 11-15 hours a day'),
  'staff.productivity.fatigueLoss': v(0.2, 0.7, 'full fatigue costs a fifth to two thirds of output per hour'),
  'staff.productivity.errorRate': v(0.01, 0.08, 'routine rework of 1-8% of items'),
  'staff.productivity.errorRateAtFullFatigue': v(0.1, 0.4, 'exhausted staff redo a tenth to two fifths of their items'),
  'staff.sickness.threshold': v(0.2, 0.5, 'sickness starts between a fifth and a half of full fatigue'),
  'staff.sickness.maxDailyChance': v(0.02, 0.1, 'a few to ten sick days per person per campaign at high fatigue'),
  'staff.shirking.effortCost': v(0.6, 1.5, 'the cost of an hour of effort in hours of pay: below to above its pay'),
  'staff.shirking.fatigueCost': v(0.5, 3, 'full fatigue makes effort 1.5 to 4 times as costly'),
  'staff.shirking.motivationValue': v(0.8, 1.6, 'calibrated jointly with regularValue; ±1/3 of the default'),
  'staff.shirking.regularValue': v(0.5, 1.1, 'pay and career an hour protects; ±0.3 around the default'),
  'staff.shirking.noise': v(0.15, 0.6, 'from nearly identical choices to choices dominated by taste'),
  'staff.shirking.maxShare': v(0.3, 0.7, 'a third to two thirds of the day can be shirked unnoticed'),
  'staff.shirking.weariness': v(0.001, 0.005, 'case A: motivation falls by 0.1 to 0.5 over three campaigns'),
  'staff.shirking.motivationRecovery': v(0.005, 0.03, 'lost motivation returns over one to seven months'),
  'inspection.rate': v(0.0005, 0.006, 'a spot check every 1 to 8 years per person outside campaigns'),
  'inspection.penalty': v(50, 300, 'from a warning worth a week of pay to a demotion worth two months'),
  'inspection.initialPerceivedRate': v(0.002, 0.03, 'staff start out believing in checks from rare to monthly'),
  'inspection.learningRate': v(0.02, 0.15, 'beliefs follow what is seen within one to seven weeks'),
  'inspection.catchSalience': v(1, 10, 'a catch weighs like 1 to 10 checks seen'),
  'inspection.caughtBelief': v(0.1, 0.5, 'after being caught a person expects a check every 2 to 10 days'),
  'pay.overtimeRate': v(0, 1.5, 'from unpaid overtime (case A, campaign 3) to the Labour Law\'s 150%'),
  'departments[].headcount': x(0.7, 1.3, 'each department ±30%: establishment quotas versus staff actually at post'),
  'departments[].regular.itemsPerDay': x(0.5, 1.5, HALF),
  'departments[].regular.itemsPerStaffDay': x(0.8, 1.2, 'the calibrated load ±20%: ordinary work takes about 60-90% of scheduled hours'),
  'departments[].regular.effortHours': x(0.5, 1.5, HALF),
  'departments[].regular.effortCv': v(0.2, 1, 'items from nearly alike to as varied as an exponential'),
  'departments[].regular.deadlineDays': v(5, 20, 'one to four working weeks'),
  'departments[].regular.lapseDays': v(10, 40, 'regular work left two weeks to two months is given up'),
  'departments[].incentives.regular': v(0.5, 1.5, 'the weight of ordinary work in how departments are judged, ±50%'),
  'departments[].incentives.campaign': v(0.5, 2, 'campaign work weighed from half to twice ordinary work'),
  'departments[].incentives.shared': v(0.5, 1.5, 'the weight of shared work, ±50%'),
  'departments[].assessment.regular': v(0.2, 0.8, 'share of the assessment score given to ordinary work'),
  'departments[].assessment.campaign': v(0.2, 0.8, 'share of the assessment score given to campaign work'),
  'departments[].assessment.shared': v(0.2, 0.8, 'share of the assessment score given to shared work'),
  'campaigns[].days': held('campaign dates are the case\'s design; longer campaigns would run into the next one. Vary them with a sweep'),
  'campaigns[].minEffortShare': v(0.3, 0.7, 'case A demanded "more than half"; a third to seven tenths'),
  'campaigns[].hoursPerDay': v(8, 12, 'campaign days from ordinary to 12 hours'),
  'campaigns[].restDayHours': v(4, 10, 'a cancelled rest day worked half to a long day'),
  'campaigns[].inspectionRate': v(0.01, 0.06, 'campaign spot checks every 2 to 14 weeks per person'),
  'campaigns[].reportingHours': v(0, 2, 'from no diaries to two hours a day of reports'),
  'campaigns[].villageDayShare': v(0.5, 1, 'village days give half to all of the day to the campaign'),
  'campaigns[].secondment.total': x(0.5, 1.5, 'each campaign\'s headquarters ±50%'),
  'campaigns[].secondment.minPerDepartment': v(0, 3, 'no floor to three people from every department'),
  'campaigns[].secondment.perDepartment': v(0, 3, 'no quota to three people from every department'),
  'campaigns[].secondment.maxShareOfDepartment': v(0.5, 0.8, 'half to four fifths of a department may be seconded (below half, case A\'s headquarters of 100 no longer fits smaller departments)'),
  'campaigns[].secondment.homeLeakShare': v(0.1, 0.5, 'seconded staff still do a tenth to half a day of home work'),
  'campaigns[].reversals.perMonth': v(0, 2, 'from no reversals to two a month'),
  'campaigns[].reversals.discardShare': v(0.1, 0.5, 'a reversal discards a tenth to half of the work done'),
  'campaigns[].reversals.reissueShare': v(0.5, 1, 'half to all of the discarded work is asked for again'),
  'campaigns[].tasks.itemsPerDay': x(0.5, 1.5, HALF),
  'campaigns[].tasks.itemsPerStaffDay': x(0.7, 1.3, 'campaign load ±30%: case A says every department gave more than half its effort'),
  'campaigns[].tasks.effortHours': x(0.5, 1.5, HALF),
  'campaigns[].tasks.effortCv': v(0.2, 1, 'tasks from nearly alike to as varied as an exponential'),
  'campaigns[].tasks.deadlineDays': v(3, 14, 'campaign deadlines from a few days to two weeks'),
  'campaigns[].hqItemsPerStaffDay': x(0.5, 1.5, HALF),
  'sharedDuties[].itemsPerDay': x(0.5, 1.5, HALF),
  'sharedDuties[].effortHours': x(0.5, 1.5, HALF),
  'sharedDuties[].effortCv': v(0.2, 1, 'shared items from nearly alike to as varied as an exponential'),
  'sharedDuties[].deadlineDays': v(5, 20, 'one to four working weeks'),
  'partners[].hoursPerDay': x(0.5, 1.5, HALF),
  'partners[].reliability': v(0.5, 1, 'a partner delivers half to all of what it takes on'),
  'partners[].maxBacklogDays': v(1, 7, 'a partner takes on one day to a week of work'),
  'partners[].afterDays': v(0, 5, 'departments hand work over at once or after a working week'),
  'coordination.claims.claimChance': v(0.1, 0.5, 'an unowned item is claimed within two to ten days'),
  'coordination.claims.loadSensitivity': v(0.1, 1, 'backlog deters claiming from weakly to strongly'),
  'coordination.claims.superiorDays': v(5, 20, 'unclaimed work goes up to a superior after one to four weeks'),
  'coordination.office.strength': v(0.1, 0.9, 'cases B: from a weak to a strong office'),
  'coordination.office.itemsPerDayAtFull': v(5, 40, 'a full-strength office assigns 5 to 40 items a day'),
  'coordination.office.delayDaysAtZero': v(1, 10, 'a powerless office takes one to two working weeks'),
  'coordination.whistle.share': v(0.5, 1, 'half to all of the shared items go through the whistle'),
  'coordination.whistle.responseDays': v(0, 3, 'departments answer the whistle the same day to three days later'),
  'coordination.whistle.departmentShare': v(0.1, 0.4, 'each listed department sends a tenth to two fifths of the effort'),
  'coordination.whistle.onSiteOverhead': v(0.1, 0.5, 'travel and waiting add a tenth to half to a department\'s part'),
  'coordination.commandCentre.communityShare': v(0.1, 0.5, 'a tenth to half of the items are settled in the community'),
  'coordination.commandCentre.escalateAfterDays': v(1, 7, 'escalation after a day to a week'),
  'coordination.commandCentre.conferenceHours': v(2, 10, 'a joint conference costs each department 2 to 10 staff-hours'),
  'coordination.commandCentre.authority': v(0.5, 1, 'the centre\'s assignments stick half to all of the time'),
  'coordination.assessment.initialScore': v(0.6, 1, 'departments start between a middling and a perfect score'),
  'coordination.assessment.learning': v(0.02, 0.15, 'scores follow the last 7 to 50 calls'),
  'coordination.assessment.feedback': v(0.5, 2, 'the score feeds incentives from half to twice as strongly'),
};

/** "0.4 .. 0.8" or "×0.7 .. ×1.3 of each entry", for the docs' tables; "held" for the run's design. */
export function screeningText(r: ScreeningRange | undefined): string {
  if (!r) return '';
  if (r.kind === 'held') return `not screened: ${r.reason}`;
  const span = r.kind === 'scale' ? `×${r.from} .. ×${r.to} of each entry` : `${r.from} .. ${r.to}`;
  return `${span}: ${r.reason}`;
}
