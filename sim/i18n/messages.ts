import { msg, type Template } from './format.js';

/**
 * Measures as a class reads them, by measure id of the registry (sim/measures/measures.ts).
 * `name`: a heading; `phrase`: the measure inside a sentence; `value`: a formatted number {x}
 * with its unit ({n}, the raw number, chooses the plural); `short`: the same without the unit
 * phrase, for "instead of …"; `diff`: a formatted difference {x}. A share's {x} is already in per
 * cent (value) or in percentage points (diff).
 */
export interface MeasureText {
  name: Template;
  phrase: Template;
  /** The axis title of a chart of this measure: what and in what unit. */
  axis: Template;
  value: Template;
  short: Template;
  diff: Template;
  /** 'share': {x} is formatted in per cent and differences in points. */
  kind: 'share' | 'amount';
  /** Significant digits of a value (3 unless said). */
  digits?: number;
}

const amount = (name: Template, phrase: Template, axis: Template, unit: Template): MeasureText => ({
  name, phrase, axis, kind: 'amount',
  value: msg(`{x} ${unit.en}`, `{x} ${unit['zh-CN']}`),
  short: msg(`{x}`, `{x} ${unit['zh-CN']}`),
  diff: msg(`{x} ${unit.en}`, `{x} ${unit['zh-CN']}`),
});

export const MEASURE_TEXT: Readonly<Record<string, MeasureText>> = {
  regular_done_per_staff_week: amount(msg('Regular work done', '完成的日常业务'), msg('regular work done', '人均每周完成的日常业务'), msg('items per person a week', '件/人/周'), msg('items per person a week', '件/人/周')),
  regular_backlog_end: amount(msg('Regular work waiting at the end', '期末积压的日常业务'), msg('the backlog at the end', '期末积压'), msg('items', '件'), msg('{n, plural, one {item} other {items}}', '件')),
  regular_lapsed: amount(msg('Requests never served', '逾期未办即作废的事项'), msg('requests never served', '逾期未办即作废的事项'), msg('items', '件'), msg('{n, plural, one {item} other {items}}', '件')),
  worked_hours_per_staff_week: amount(msg('Hours worked', '实际工作时间'), msg('hours worked', '人均每周实际工作时间'), msg('hours per person a week', '小时/人/周'), msg('hours per person a week', '小时/人/周')),
  shirk_rate: {
    name: msg('Shirking', '怠工工时占比'),
    phrase: msg('shirking', '怠工工时占比'),
    axis: msg('% of working hours', '占工时的百分比'),
    value: msg('{x} of working hours', '{x}'),
    short: msg('{x}', '{x}'),
    diff: msg('{n, plural, one {{x} point} other {{x} points}}', '{x} 个百分点'),
    kind: 'share',
  },
  // A 0-1 index has no unit to say after each number: "mean fatigue at 0.045 instead of 0.091".
  fatigue_mean: { ...amount(msg('Mean fatigue', '平均疲劳程度'), msg('mean fatigue', '平均疲劳程度'), msg('0 = rested, 1 = exhausted', '0 = 精力充沛，1 = 精疲力竭'), msg('', '')), value: msg('{x}', '{x}'), short: msg('{x}', '{x}'), diff: msg('{x}', '{x}'), digits: 2 },
  wasted_hours: amount(msg('Hours wasted by reversals', '政策反复浪费的工时'), msg('hours wasted by reversals', '政策反复浪费的工时'), msg('hours', '小时'), msg('{n, plural, one {hour} other {hours}}', '小时')),
  shared_done: amount(msg('Shared work done', '完成的跨部门事务'), msg('shared work done', '完成的跨部门事务'), msg('tasks', '件'), msg('{n, plural, one {task} other {tasks}}', '件')),
  shared_wait_days_mean: amount(msg('Wait of shared work for an owner', '跨部门事务等待牵头部门的时间'), msg('the wait of shared work for an owner', '跨部门事务等待牵头部门的时间'), msg('days', '天'), msg('{n, plural, one {day} other {days}}', '天')),
  // The reports' period table and figures (sim/report): the hours a day is made of, and the rest of a run's measures.
  scheduled_hours_per_staff_week: amount(msg('Hours at work', '在岗工时'), msg('hours at work', '人均每周在岗工时'), msg('hours per person a week', '小时/人/周'), msg('hours per person a week', '小时/人/周')),
  duty_hours_per_staff_week: amount(msg('Hours on duties', '履职工时'), msg('hours on duties', '人均每周履职工时'), msg('hours per person a week', '小时/人/周'), msg('hours per person a week', '小时/人/周')),
  shirked_hours_per_staff_week: amount(msg('Hours shirked', '怠工工时'), msg('hours shirked', '人均每周怠工工时'), msg('hours per person a week', '小时/人/周'), msg('hours per person a week', '小时/人/周')),
  fatigue_p90_mean: { ...amount(msg('Fatigue of the most tired tenth', '最疲劳一成人员的疲劳程度'), msg('the fatigue of the most tired tenth', '最疲劳一成人员的疲劳程度'), msg('0 = rested, 1 = exhausted', '0 = 精力充沛，1 = 精疲力竭'), msg('', '')), value: msg('{x}', '{x}'), short: msg('{x}', '{x}'), diff: msg('{x}', '{x}'), digits: 2 },
  regular_undone_end: amount(msg('Regular work left undone at the end', '期末未办结的日常业务'), msg('regular work left undone at the end', '期末未办结的日常业务'), msg('items', '件'), msg('{n, plural, one {item} other {items}}', '件')),
  regular_lead_days_mean: amount(msg('Lead time of regular work', '日常业务的办理时长'), msg('the lead time of regular work', '日常业务的办理时长'), msg('days', '天'), msg('{n, plural, one {day} other {days}}', '天')),
  reversals: amount(msg('Policy reversals', '政策反复次数'), msg('policy reversals', '政策反复次数'), msg('times', '次'), msg('{n, plural, one {time} other {times}}', '次')),
  shared_passes: amount(msg('Passes of shared work', '跨部门事务被推诿的次数'), msg('passes of shared work', '跨部门事务被推诿的次数'), msg('times', '次'), msg('{n, plural, one {time} other {times}}', '次')),
  regular_backlog_hours_end: amount(msg('Regular backlog hours at the end', '期末积压日常业务的工时'), msg('the hours of the backlog at the end', '期末积压日常业务的工时'), msg('hours', '小时'), msg('{n, plural, one {hour} other {hours}}', '小时')),
  shared_arrived: amount(msg('Shared tasks arrived', '新增的跨部门事务'), msg('shared tasks arrived', '新增的跨部门事务'), msg('tasks', '件'), msg('{n, plural, one {task} other {tasks}}', '件')),
  shared_lead_days_mean: amount(msg('Lead time of shared work', '跨部门事务的办理时长'), msg('the lead time of shared work', '跨部门事务的办理时长'), msg('days', '天'), msg('{n, plural, one {day} other {days}}', '天')),
  shared_handbacks: amount(msg('Assignments of shared work handed back', '交办的跨部门事务被退回的次数'), msg('assignments of shared work handed back', '交办的跨部门事务被退回的次数'), msg('times', '次'), msg('{n, plural, one {time} other {times}}', '次')),
  shared_escalations: amount(msg('Escalations of shared work', '跨部门事务上交上级的件数'), msg('escalations of shared work', '跨部门事务上交上级的件数'), msg('tasks', '件'), msg('{n, plural, one {task} other {tasks}}', '件')),
  whistles: amount(msg('Whistles blown', '吹哨次数'), msg('whistles blown', '吹哨次数'), msg('times', '次'), msg('{n, plural, one {time} other {times}}', '次')),
  response_breaches: amount(msg('Whistle calls answered late', '超过响应时限的报到'), msg('whistle calls answered late', '超过响应时限的报到'), msg('calls', '次'), msg('{n, plural, one {call} other {calls}}', '次')),
  inspections: amount(msg('Spot checks', '督查抽查次数'), msg('spot checks', '督查抽查次数'), msg('checks', '次'), msg('{n, plural, one {check} other {checks}}', '次')),
  caught: amount(msg('Shirkers caught', '被查处的怠工人员'), msg('shirkers caught', '被查处的怠工人员'), msg('people', '人'), msg('{n, plural, one {person} other {people}}', '人')),
  sick_staff_days: amount(msg('Sick days', '病假天数'), msg('sick days', '病假天数'), msg('person-days', '人·天'), msg('person-{n, plural, one {day} other {days}}', '人·天')),
  rework_hours: amount(msg('Rework hours', '返工工时'), msg('rework hours', '返工工时'), msg('hours', '小时'), msg('{n, plural, one {hour} other {hours}}', '小时')),
  meeting_hours: amount(msg('Hours in joint meetings', '联席会议耗用的工时'), msg('hours in joint meetings', '联席会议耗用的工时'), msg('staff-hours', '人·小时'), msg('staff-{n, plural, one {hour} other {hours}}', '人·小时')),
};

/** A share (0-1) of something, said in per cent; its differences in percentage points. */
const share = (name: Template, phrase: Template, axis: Template): MeasureText => ({
  name, phrase, axis, kind: 'share',
  value: msg('{x}', '{x}'),
  short: msg('{x}', '{x}'),
  diff: msg('{n, plural, one {{x} point} other {{x} points}}', '{x} 个百分点'),
});

const HOURS = msg('hours per person a week', '小时/人/周');
const ITEMS = msg('{n, plural, one {item} other {items}}', '件');
const DAYS = msg('{n, plural, one {day} other {days}}', '天');

/**
 * The rest of the registry's measures, for the experiments' reports (a sweep or a screening may pick
 * any measure the parameters move): the same kinds of names, in the glossary's words.
 */
export const MORE_MEASURE_TEXT: Readonly<Record<string, MeasureText>> = {
  days: amount(msg('Days in the period', '阶段天数'), msg('days in the period', '阶段天数'), msg('days', '天'), DAYS),
  staff: amount(msg('People in the unit', '人数'), msg('people in the unit', '人数'), msg('people', '人'), msg('{n, plural, one {person} other {people}}', '人')),
  regular_arrived: amount(msg('Regular items arrived', '新增的日常业务'), msg('regular items arrived', '新增的日常业务'), msg('items', '件'), ITEMS),
  regular_done: amount(msg('Regular items done', '完成的日常业务件数'), msg('regular items done', '完成的日常业务件数'), msg('items', '件'), ITEMS),
  regular_late_share: share(msg('Regular work finished late', '逾期办结的日常业务比例'), msg('the share of regular work finished late', '逾期办结的日常业务比例'), msg('% of regular work', '占日常业务的百分比')),
  campaign_done: amount(msg('Campaign items done and kept', '完成且有效的攻坚任务'), msg('campaign items done and kept', '完成且有效的攻坚任务'), msg('items', '件'), ITEMS),
  campaign_discarded: amount(msg('Campaign items discarded', '作废的攻坚任务'), msg('campaign items discarded', '作废的攻坚任务'), msg('items', '件'), ITEMS),
  campaign_reissued: amount(msg('Campaign items reissued', '重新下发的攻坚任务'), msg('campaign items reissued', '重新下发的攻坚任务'), msg('items', '件'), ITEMS),
  campaign_expired: amount(msg('Campaign items expired', '逾期未完成的攻坚任务'), msg('campaign items expired', '逾期未完成的攻坚任务'), msg('items', '件'), ITEMS),
  output_hours_per_staff_week: amount(msg('Output', '有效产出'), msg('output', '人均每周有效产出'), HOURS, HOURS),
  reporting_hours_per_staff_week: amount(msg('Reporting hours', '填报材料的工时'), msg('reporting hours', '人均每周填报材料的工时'), HOURS, HOURS),
  meeting_hours_per_staff_week: amount(msg('Meeting hours', '会议工时'), msg('meeting hours', '人均每周会议工时'), HOURS, HOURS),
  idle_hours_per_staff_week: amount(msg('Idle hours', '空闲工时'), msg('idle hours', '人均每周空闲工时'), HOURS, HOURS),
  rest_hours_per_staff_week: amount(msg('Rest hours', '休息工时'), msg('rest hours', '人均每周休息工时'), HOURS, HOURS),
  sick_hours_per_staff_week: amount(msg('Sick hours', '病假工时'), msg('sick hours', '人均每周病假工时'), HOURS, HOURS),
  duty_share_of_scheduled_hours: share(msg('Share of hours at work on duties', '履职工时占在岗工时的比例'), msg('the share of hours at work on duties', '履职工时占在岗工时的比例'), msg('% of hours at work', '占在岗工时的百分比')),
  campaign_share_of_duty_hours: share(msg('Campaign share of hours on duties', '攻坚任务占履职工时的比例'), msg('the campaign share of hours on duties', '攻坚任务占履职工时的比例'), msg('% of hours on duties', '占履职工时的百分比')),
  fatigue_p90_max: { ...amount(msg('Peak fatigue of the most tired tenth', '最疲劳一成人员的疲劳峰值'), msg('the peak fatigue of the most tired tenth', '最疲劳一成人员的疲劳峰值'), msg('0 = rested, 1 = exhausted', '0 = 精力充沛，1 = 精疲力竭'), msg('', '')), value: msg('{x}', '{x}'), short: msg('{x}', '{x}'), diff: msg('{x}', '{x}') },
  recovery_days_watched: amount(msg('Days watched after the campaign', '攻坚结束后的观察天数'), msg('days watched after the campaign', '攻坚结束后的观察天数'), msg('days', '天'), DAYS),
  recovery_backlog_days: amount(msg('Days to clear 90% of the extra backlog', '消化 90% 新增积压所需天数'), msg('the days to clear 90% of the extra backlog', '消化 90% 新增积压所需天数'), msg('days', '天'), DAYS),
  recovery_fatigue_days: amount(msg('Days to shed 90% of the extra fatigue', '消除 90% 新增疲劳所需天数'), msg('the days to shed 90% of the extra fatigue', '消除 90% 新增疲劳所需天数'), msg('days', '天'), DAYS),
  recovery_backlog_cleared_share: share(msg('Extra backlog cleared', '新增积压的消化比例'), msg('the share of the extra backlog cleared', '新增积压的消化比例'), msg('% of the extra backlog', '占新增积压的百分比')),
  recovery_fatigue_cleared_share: share(msg('Extra fatigue shed', '新增疲劳的消除比例'), msg('the share of the extra fatigue shed', '新增疲劳的消除比例'), msg('% of the extra fatigue', '占新增疲劳的百分比')),
  recovery_undone_days: amount(msg('Days to clear 90% of the extra work left undone', '办结 90% 新增未办结业务所需天数'), msg('the days to clear 90% of the extra work left undone', '办结 90% 新增未办结业务所需天数'), msg('days', '天'), DAYS),
  recovery_undone_cleared_share: share(msg('Extra work left undone cleared', '新增未办结业务的办结比例'), msg('the share of the extra work left undone cleared', '新增未办结业务的办结比例'), msg('% of the extra work left undone', '占新增未办结业务的百分比')),
};

/** Chinese numerals for counting campaigns (第一次…第十次), ICU exact matches. */
const ZH_ORDINAL = '{n, plural, =1 {一} =2 {二} =3 {三} =4 {四} =5 {五} =6 {六} =7 {七} =8 {八} =9 {九} =10 {十} other {#}}';
const EN_ORDINAL = '{n, plural, =1 {First} =2 {Second} =3 {Third} =4 {Fourth} =5 {Fifth} =6 {Sixth} =7 {Seventh} =8 {Eighth} =9 {Ninth} =10 {Tenth} other {Campaign #:}}';

export const MESSAGES = {
  /** A campaign by its number ({n}, from 1) and length ({days}): "First 100-day campaign", 第一次百日攻坚. */
  campaign: msg(`${EN_ORDINAL} {days, plural, =100 {100-day campaign} other {campaign ({days} days)}}`, `第${ZH_ORDINAL}次{days, plural, =100 {百日攻坚} other {攻坚（{days} 天）}}`),
  /** Short form for a chart's band label. */
  campaignShort: msg('Campaign {n}', `第${ZH_ORDINAL}次攻坚`),
  gap: msg('Gap {n} between campaigns', '第{n}个间隔期'),
  warmup: msg('Warm-up (not counted)', '预热期（不计入结果）'),
  baseline: msg('Before the campaigns', '攻坚开始前'),
  after: msg('After the campaigns', '攻坚结束后'),
  overall: msg('Whole run (after warm-up)', '全程（预热期后）'),
  /** A day of the run, placed in its period: "week 6 of campaign 2", 第二次攻坚第 6 周. */
  weekOfCampaign: msg('week {w} of campaign {n}', `第${ZH_ORDINAL}次攻坚第 {w} 周`),
  weekOfRun: msg('week {w}', '第 {w} 周'),
  dayOfCampaign: msg('day {d} of campaign {n}', `第${ZH_ORDINAL}次攻坚第 {d} 天`),
  dayOfRun: msg('day {d}, no campaign', '第 {d} 天（非攻坚期）'),
  /**
   * A paired comparison read aloud. {b}/{a}: B's and A's means with units (a: short form);
   * {diff}, {lo}, {hi}: the size of the difference and its 95% CI, in the direction {dir} (less or
   * more); {k} of {n} paired runs went that way.
   */
  compare: msg(
    "{bLabel} (B) kept {measure} at {b} instead of {a} ({diff} {dir, select, less {less} other {more}}, 95% CI {lo} to {hi}; {dir, select, less {lower} other {higher}} in {k} of {n, plural, one {# paired run} other {# paired runs}}).",
    '{bLabel}（B）：{measure}为 {b}，{aLabel}（A）为 {a}；{dir, select, less {低} other {高}} {diff}（95% 置信区间 {lo} 至 {hi}），{n} 次配对运行中有 {k} 次{dir, select, less {更低} other {更高}}。',
  ),
  /** The same when the 95% CI includes no difference: {lo}/{hi} signed (B − A). */
  compareUnclear: msg(
    "{bLabel} (B) made no clear difference to {measure}: {b} against {a} (95% CI of B − A {lo} to {hi}; lower in {k} of {n, plural, one {# paired run} other {# paired runs}}).",
    '{bLabel}（B）与{aLabel}（A）的{measure}没有明显差别：{b} 对 {a}（B − A 的 95% 置信区间为 {lo} 至 {hi}；{n} 次配对运行中有 {k} 次更低）。',
  ),
  compareSame: msg('A and B have the same settings, so there is nothing to compare: move a lever on B.', 'A 与 B 的设置完全相同，无从比较：请调整 B 的政策参数。'),
  pairedRuns: msg('{n, plural, one {# paired run} other {# paired runs}} on the same seeds', '{n} 次同种子配对运行'),
  ci: msg('95% CI {lo} to {hi}', '95% 置信区间 {lo} 至 {hi}'),
} as const satisfies Record<string, Template>;

export type MessageKey = keyof typeof MESSAGES;
