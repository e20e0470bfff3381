import { format, num, type Locale } from '../i18n/format.js';
import { CLASSROOM_TEXT } from '../i18n/classroom-messages.js';
import { collectRun, type RunResult } from '../library/collect-run.js';
import { WEEK_DAYS } from '../model/decisions.js';
import { M } from '../model/record.js';
import type { HeadDecision } from '../scenario/schema/decisions.js';
import type { Scenario } from '../scenario/schema/index.js';

/** What a whole run gave the county: the figures the debrief sets side by side. */
export interface ArmTotals {
  campaignDone: number;
  regularDone: number;
  dropped: number;
  fatigue: number;
}

/** One department's whole run, as the class ran it and as the model's heads did. */
export interface DepartmentDebrief {
  department: string;
  class: ArmTotals;
  model: ArmTotals;
}

/** A run's weekly totals (week w: days 7w to 7w + 6), drawn on the debrief's charts. */
export interface ArmWeeks {
  campaignDone: number[];
  regularDone: number[];
  dropped: number[];
}

export interface Debrief {
  arms: { id: 'class' | 'model' | 'ignore'; totals: ArmTotals; weeks: ArmWeeks }[];
  /** Per department, for the students' own summaries. */
  departments: DepartmentDebrief[];
  sentence: Record<Locale, string>;
}

/** Lowest weight on campaign work a head can give (the decision schema's minimum). */
const IGNORE_WEIGHT = 0.25;

/**
 * Heads who ignore the assessment: every department gives campaign work the lowest weight a head
 * may give from the first week, doing what the campaign mandates and no more. Written as decisions,
 * so this arm is a scenario `deptsim run` runs too.
 */
export function ignoringAssessment(base: Scenario): Scenario {
  const decisions: HeadDecision[] = base.departments.map((d) => ({ week: 0, department: d.id, campaignWeight: IGNORE_WEIGHT, extraSecondment: 0, shared: 'model', tolerateSlack: false }));
  return { ...base, decisions };
}

/** A run's totals for the county (row: the county) or one unit (its row). */
export function totals(r: RunResult, row = r.units.length): ArmTotals {
  const t = r.daily!;
  let campaignDone = 0;
  let regularDone = 0;
  let dropped = 0;
  let fatigue = 0;
  for (let d = 0; d < t.days; d++) {
    campaignDone += t.get(d, row, M.done_campaign);
    regularDone += t.get(d, row, M.done_regular);
    dropped += t.get(d, row, M.lapsed_regular);
    fatigue += t.get(d, row, M.fatigue_mean);
  }
  return { campaignDone, regularDone, dropped, fatigue: fatigue / Math.max(1, t.days) };
}

/** A run's county figures summed week by week (a last, short week summed as far as it goes). */
export function weeklyTotals(r: RunResult): ArmWeeks {
  const t = r.daily!;
  const row = r.units.length;
  const out: ArmWeeks = { campaignDone: [], regularDone: [], dropped: [] };
  for (let from = 0; from < t.days; from += WEEK_DAYS) {
    let c = 0;
    let g = 0;
    let x = 0;
    for (let d = from; d < Math.min(t.days, from + WEEK_DAYS); d++) {
      c += t.get(d, row, M.done_campaign);
      g += t.get(d, row, M.done_regular);
      x += t.get(d, row, M.lapsed_regular);
    }
    out.campaignDone.push(c);
    out.regularDone.push(g);
    out.dropped.push(x);
  }
  return out;
}

/** The class's run beside the model's heads and heads who ignore the assessment, same scenario and seed key. */
export function debrief(classRun: RunResult, base: Scenario, seedKey: string): Debrief {
  const plain: Scenario = { ...base, decisions: undefined };
  const modelRun = collectRun(plain, seedKey, { daily: true });
  const ignoreRun = collectRun(ignoringAssessment(plain), seedKey, { daily: true });
  const arms: Debrief['arms'] = [
    { id: 'class', totals: totals(classRun), weeks: weeklyTotals(classRun) },
    { id: 'model', totals: totals(modelRun), weeks: weeklyTotals(modelRun) },
    { id: 'ignore', totals: totals(ignoreRun), weeks: weeklyTotals(ignoreRun) },
  ];
  const departments = base.departments.map((d, u) => ({ department: d.id, class: totals(classRun, u), model: totals(modelRun, u) }));
  const [c, m, i] = arms.map((a) => a.totals);
  const sentence = (locale: Locale) =>
    format(CLASSROOM_TEXT.tradeOff, locale, {
      campaignDiff: num(Math.abs(c.campaignDone - i.campaignDone), locale),
      campaignSign: c.campaignDone < i.campaignDone ? 'fewer' : 'more',
      droppedDiff: num(Math.abs(c.dropped - i.dropped), locale),
      droppedSign: c.dropped < i.dropped ? 'fewer' : 'more',
      modelCampaign: num(m.campaignDone, locale),
      modelDropped: num(m.dropped, locale),
    });
  return { arms, departments, sentence: { en: sentence('en'), 'zh-CN': sentence('zh-CN') } };
}
