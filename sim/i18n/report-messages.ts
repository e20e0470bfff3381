import { EXPERIMENT_MESSAGES } from './experiment-messages.js';
import { msg, type Template } from './format.js';

/**
 * The reports' words (report.html, report.md, the figures) in both languages, beside the page's
 * MESSAGES and with the same glossary: 攻坚 for a campaign, 督查 for inspection, 置信区间 for an
 * interval, 怠工工时占比 for the share shirked. Whole sentences with ICU plural and select rules:
 * the Chinese is written whole, never assembled from the English pieces. Browser-safe.
 */
export const REPORT_MESSAGES = {
  // The page around the figures.
  htmlTitle: msg('{title} – deptsim report', '{title} – deptsim 模拟报告'),
  summary: msg('Summary', '主要结论'),
  figures: msg('Figures', '图表'),
  parameters: msg('Parameters', '参数'),
  parametersFolded: msg('{n} parameters (click to show)', '共 {n} 个参数（点击展开）'),
  noScript: msg('Scripts are off: the figures are also in the plots/ folder as SVG and PNG.', '脚本已禁用：图表也以 SVG 和 PNG 格式保存在 plots/ 文件夹中。'),
  files: msg('Files:', '文件：'),
  vegaSpec: msg('vega-lite spec', 'vega-lite 图表定义'),
  dataCsv: msg('data (CSV)', '数据（CSV）'),
  data: msg('data', '数据'),
  footer: msg(
    'Made by {generator} from the results files in this folder; rebuild with `deptsim report` and the path of this folder.',
    '本报告由 {generator} 根据本文件夹中的结果文件生成；如需重新生成，请运行 `deptsim report` 并给出本文件夹的路径。',
  ),
  /** A report written by `report --out` to another folder: its results are where they were. */
  footerElsewhere: msg(
    'Made by {generator} from the results files in {results}; rebuild with `deptsim report {results} --out` and the path of this folder.',
    '本报告由 {generator} 根据 {results} 中的结果文件生成；如需重新生成，请运行 `deptsim report {results} --out` 并给出本文件夹的路径。',
  ),

  // Tables.
  periodTable: msg('County figures by period', '全县分阶段指标'),
  periodNoteReplicates: msg('Means of {n} replicates, 95% confidence intervals in brackets.', '{n} 次重复运行的均值，括号内为 95% 置信区间。'),
  periodNoteSingle: msg('A single run: no intervals.', '仅一次模拟运行：没有置信区间。'),
  period: msg('Period', '阶段'),
  dates: msg('Dates', '日期'),
  days: msg('Days', '天数'),
  dateRange: msg('{from} to {to}', '{from} 至 {to}'),
  dayRange: msg('day {from} to {to}', '第 {from} 天至第 {to} 天'),
  parameterNote: msg('The scenario as run, defaults filled in (see docs/SCENARIOS.md for units and meaning).', '实际运行的情景，缺省值已补全（单位和含义见 docs/SCENARIOS.md）。'),
  parameter: msg('Parameter', '参数'),
  value: msg('Value', '取值'),
  none: msg('(none)', '（无）'),
  /** A measure's column or axis title: its name and unit. */
  measureTitle: msg('{name} ({unit})', '{name}（{unit}）'),

  // A run's summary: whole sentences.
  scope: msg(
    'This report covers the scenario "{name}": {days} days, {depts, plural, one {# department} other {# departments}} with {staff} staff, {campaigns, plural, one {# campaign} other {# campaigns}}.',
    '本报告涵盖情景“{name}”：共 {days} 天，{depts} 个部门、{staff} 名工作人员，{campaigns} 次攻坚行动。',
  ),
  scopeNoDepts: msg(
    'This report covers the scenario "{name}": {days} days, {campaigns, plural, one {# campaign} other {# campaigns}}.',
    '本报告涵盖情景“{name}”：共 {days} 天，{campaigns} 次攻坚行动。',
  ),
  replicates: msg(
    'Figures are means over {n} replicates (runs with different random seeds); ranges in brackets are 95% confidence intervals of the mean.',
    '各项指标为 {n} 次重复运行（使用不同随机种子）的均值；括号内为均值的 95% 置信区间。',
  ),
  singleRun: msg(
    'These figures come from a single run{seed, select, none {} other { (seed {seed})}}: chance alone can move them, so run replicates before drawing conclusions.',
    '以上指标仅来自一次模拟运行{seed, select, none {} other {（随机种子 {seed}）}}：随机因素本身就可能使其变动，下结论前请先做重复运行。',
  ),
  /**
   * One measure in one campaign against before the campaigns: {dir} up, down or same; {value} the
   * campaign's figure with its interval, {from} before the campaigns; {unit} the measure's unit.
   */
  campaignMeasure: msg(
    'During {campaign}, compared with before the campaigns, {measure} {dir, select, same {stayed about the same at {value}} up {rose from {from} to {value}} other {fell from {from} to {value}}}{unit}.',
    '{campaign}期间，{measure}{dir, select, same {与攻坚开始前基本持平，为 {value}} up {由攻坚开始前的 {from} 升至 {value}} other {由攻坚开始前的 {from} 降至 {value}}}{unit}。',
  ),
  /** The hours behind a share shirked, as their own sentence. */
  campaignShirkedHours: msg(
    'Hours shirked per person a week went from {from} before the campaigns to {value} during {campaign}.',
    '人均每周怠工工时由攻坚开始前的 {from} 小时变为{campaign}期间的 {value} 小时。',
  ),
  consecutiveMeasure: msg(
    'From {prev} to {cur}, {measure} {dir, select, same {stayed about the same ({value}{unit})} up {rose from {from} to {value}{unit}} other {fell from {from} to {value}{unit}}}.',
    '从{prev}到{cur}，{measure}{dir, select, same {基本持平（{value}{unit}）} up {由 {from} 升至 {value}{unit}} other {由 {from} 降至 {value}{unit}}}。',
  ),
  consecutiveChanged: msg(
    'Between {prev} and {cur} the scenario changed {changes}.',
    '{prev}与{cur}之间，情景的设置有所调整：{changes}。',
  ),
  smallLarge: msg(
    'In {campaign}, the {k, plural, one {smallest department} other {# smallest departments}} ({small} staff or fewer) lost {smallLoss} of {k, plural, one {its} other {their}} usual regular output; the {k, plural, one {largest} other {# largest}} ({large} staff or more) lost {largeLoss}.',
    '{campaign}中，规模最小的 {k} 个部门（编制 {small} 人及以下）日常业务产出比平时减少 {smallLoss}；规模最大的 {k} 个部门（编制 {large} 人及以上）减少 {largeLoss}。',
  ),
  wasted: msg(
    'Policy reversals{count, select, none {} other { ({count} in all)}} threw away campaign work that had cost {hours} staff hours.',
    '政策反复{count, select, none {} other {（共 {count} 次）}}使已完成的攻坚任务作废，浪费了 {hours} 人·小时。',
  ),
  backlog: msg(
    'The backlog of regular work {dir, select, same {stayed about the same} up {grew} other {shrank}} from {from} open items before the campaigns to {value} at the end.',
    '积压的日常业务{dir, select, same {基本持平} up {有所增加} other {有所减少}}：由攻坚开始前的 {from} 件变为期末的 {value} 件。',
  ),
  /** A value with its 95% interval, inside a sentence. */
  withCi: msg('{mean} (95% CI {lo} to {hi})', '{mean}（95% 置信区间 {lo} 至 {hi}）'),
  /** A campaign's headline: the county measure where it moved most from before the campaigns. */
  campaignHeadline: msg(
    '{measure} {dir, select, up {rose} other {fell}} from {from} before the campaigns to {to} in “{campaign}”',
    '{campaign}期间{measure}由攻坚开始前的 {from} {dir, select, up {升至} other {降至}} {to}',
  ),
  lossHeadline: msg(
    'In {campaign}, the smallest departments lost {small}% of their regular work, the largest {large}%',
    '{campaign}中，规模最小的部门日常业务减少 {small}%，规模最大的部门减少 {large}%',
  ),

  // A comparison (compare): whole sentences, the size of a change in words beside its numbers.
  differenceClear: msg(
    '{arm} {dir, select, down {cut} other {raised}} {measure} from {from} to {to} compared with {base}.',
    '{arm}与{base}相比，{measure}由 {from} {dir, select, down {降至} other {升至}} {to}{size, select, none {} small {，变化幅度较小} moderate {，变化幅度中等} other {，变化幅度较大}}（相对变化 {rel}；差值 {diff}，95% 置信区间 {lo} 至 {hi}；标准化差异 {effect}；{n} 次配对重复运行中有 {k} 次{dir, select, down {更低} other {更高}}）。',
  ),
  differenceUnclear: msg(
    '{arm} did not clearly change {measure} compared with {base}: {from} against {to}.',
    '{arm}与{base}相比，{measure}没有明显变化：{from} 对 {to}（差值 {diff}，95% 置信区间 {lo} 至 {hi}；{n} 次配对重复运行中有 {k} 次{dir, select, down {更低} other {更高}}）。',
  ),
  differenceNone: msg('{arm} left {measure} unchanged at {to} compared with {base} ({n} paired replicates).', '{arm}与{base}相比，{measure}保持在 {to} 不变（{n} 次配对重复运行）。'),
  compareScope: msg(
    '{points} scenarios compared over {replicates, plural, one {# paired replicate} other {# paired replicates}} each ({runs, plural, one {# run} other {# runs}}; replicate r of every scenario uses the same random seed key), {campaigns, plural, one {# campaign} other {# campaigns}}; figures are for the county over the whole run after the warm-up.',
    '共比较 {points} 个情景，每个情景 {replicates} 次配对重复运行（共 {runs} 次模拟运行；各情景的第 r 次重复运行使用相同的随机种子），{campaigns} 次攻坚行动；各项指标为全县在预热期之后全程的数值。',
  ),
  armBaseline: msg('{label} (the baseline){desc, select, none {} other {: {desc}}}', '{label}（基准情景）{desc, select, none {} other {：{desc}}}'),
  arm: msg('{label}{desc, select, none {} other {: {desc}}}', '{label}{desc, select, none {} other {：{desc}}}'),
  armDiffers: msg('It differs from {base} in {changes}.', '{label}与{base}的不同之处：{changes}。'),
  armSameAsBase: msg('It differs from {base} in nothing but its name.', '{label}与{base}除名称外完全相同。'),
  compareTable: msg('Results', '比较结果'),
  compareTableNote: msg(
    'County, whole run after the warm-up; {n, plural, one {# paired replicate} other {# paired replicates}} (the same seeds in every scenario).',
    '全县，预热期之后的全程；{n} 次配对重复运行（各情景使用相同的随机种子）。份额以 % 表示，其差值以百分点表示；相对变化：差值除以基准情景的均值（5% 以下为较小，20% 以下为中等）；标准化差异：配对差值的均值除以其标准差。differences.csv 列出了每项指标和每个阶段。',
  ),
  measure: msg('Measure', '指标'),
  armValue: msg('Value', '取值'),
  difference: msg('Difference', '差值'),
  ci95: msg('95% CI', '95% 置信区间'),
  change: msg('Change', '相对变化'),
  effect: msg('Standardised difference', '标准化差异'),
  higherIn: msg('Higher than the baseline in', '高于基准情景的配对数'),
  ciCell: msg('{lo} to {hi}', '{lo} 至 {hi}'),
  sizeCell: msg('{rel} ({size, select, small {small} moderate {moderate} other {large}})', '{rel}（{size, select, small {较小} moderate {中等} other {较大}}）'),
  pairsCell: msg('{k} of {n} pairs', '{n} 对中 {k} 对'),
  /** A difference of shares in percentage points: {x} signed. */
  points: msg('{x} pp', '{x} 个百分点'),
  differencesTitle: msg('Paired differences between scenarios, by period', '各情景之间的配对差值，按阶段'),
  differencesShort: msg('Differences between scenarios', '各情景之间的差值'),
  differencesSubtitle1: msg('Points: mean difference over {n} paired replicates (same seeds); whiskers: 95% confidence intervals.', '点：{n} 次配对重复运行（相同随机种子）的平均差值；误差线：95% 置信区间。'),
  differencesSubtitle2: msg('One panel per measure, each with its own scale; dashed line: no difference.', '每个分图对应一项指标，各自使用独立刻度；虚线：没有差别。'),
  differencesLegend: msg('Difference', '差值'),
  differencesMinus: msg('{arm} minus {base}', '{arm}减{base}'),
  differencesMean: msg('Mean difference', '平均差值'),
  differencesShare: msg('Share of pairs where the arm is higher', '该情景更高的配对比例'),
  differencesCaption: msg(
    'Each panel is one county measure. A point is the average difference between a scenario and the first one, replicate by replicate with the same random seeds; the whisker is its 95% confidence interval. A whisker that does not cross the dashed zero line marks a difference larger than chance.',
    '每个分图是全县的一项指标。点为某一情景与第一个情景之间逐次重复运行（使用相同随机种子）的平均差值；误差线为其 95% 置信区间。误差线不跨过零值虚线，说明差别大于随机波动。',
  ),
  differenceHeadline: msg('{arm} {dir, select, down {cut} other {raised}} the {measure} {from} to {to}', '{arm}使{measure}由 {from} {dir, select, down {降至} other {升至}} {to}'),
  differenceHeadlineUnclear: msg('{arm} did not clearly change the {measure}', '{arm}没有明显改变{measure}（{base}：{value}）'),

  // Figures.
  panelsOf: msg('{title} ({index} of {count})', '{title}（{index}/{count}）'),
  panelsNote: msg('Panels {index} of {count}.', '第 {index} 组分图，共 {count} 组。'),
  spreadReplicates: msg('Mean of {n} replicates; band: middle 95% of replicates.', '{n} 次重复运行的均值；阴影带：居中 95% 的重复运行。'),
  spreadSingle: msg('A single run (one seed), so no interval: run replicates for one.', '仅一次模拟运行（一个随机种子），因此没有区间；需要区间请做重复运行。'),
  meanOf: msg('Mean of {n} replicates.', '{n} 次重复运行的均值。'),
  singleSeed: msg('A single run (one seed).', '仅一次模拟运行（一个随机种子）。'),
  weekOf: msg('Week of', '周起始日'),
  campaign: msg('Campaign', '攻坚行动'),
  department: msg('Department', '部门'),
  mean: msg('Mean', '均值'),
  ciFrom: msg('95% CI from', '95% 置信区间下限'),
  ciTo: msg('95% CI to', '95% 置信区间上限'),

  periodsTitle: msg('County figures by period', '全县分阶段指标'),
  periodsSubtitle: msg('One panel per measure; each has its own scale.', '每个分图对应一项指标，各自使用独立刻度。'),
  periodsNoteCi: msg('Bars: means of {n} replicates; whiskers: 95% confidence intervals.', '柱：{n} 次重复运行的均值；误差线：95% 置信区间。'),
  periodsNoteSingle: msg('A single run (one seed): no intervals.', '仅一次模拟运行（一个随机种子）：没有置信区间。'),
  scenario: msg('Scenario', '情景'),
  comparePeriodsTitle: msg('Scenarios side by side, by period', '各情景分阶段对比'),
  comparePeriodsShort: msg('Scenarios side by side', '各情景对比'),
  comparePeriodsCaption: msg(
    'Each panel is one measure for the whole county; within each period the scenarios stand side by side. Bars are means over replicates (the same seeds in every scenario); black whiskers are 95% confidence intervals of the mean.',
    '每个分图是全县的一项指标；每个阶段内各情景并排列出。柱为各次重复运行的均值（各情景使用相同的随机种子）；黑色误差线为均值的 95% 置信区间。',
  ),
  periodsCaption: msg(
    'Each panel is one measure for the whole county, period by period. {ci, select, yes {Bars are means over replicates; black whiskers are 95% confidence intervals of the mean.} other {One run only: no intervals.}}',
    '每个分图是全县的一项指标，按阶段列出。{ci, select, yes {柱为各次重复运行的均值；黑色误差线为均值的 95% 置信区间。} other {仅一次模拟运行：没有置信区间。}}',
  ),

  throughputTitle: msg('Regular work done per department, by week', '各部门每周完成的日常业务'),
  throughputShort: msg('Regular work done per department', '各部门完成的日常业务'),
  throughputSubtitle: msg('Regular items done per staff member (establishment) per week; grey: campaigns.', '按编制人数计算的人均每周完成日常业务件数；灰色：攻坚期。'),
  throughputAxis: msg('items/staff/wk', '件/人/周'),
  throughputTooltip: msg('Items / staff / week', '件/人/周'),
  throughputPanel: msg('{name} ({n} staff)', '{name}（编制 {n} 人）'),
  throughputCaption: msg(
    'Each panel is one department, largest first. The line is the regular work items it finished per member of its establishment per week; grey bands are the campaigns. A drop during a campaign is regular work not done.',
    '每个分图对应一个部门，按编制从大到小排列。折线为该部门按编制人数计算的人均每周完成的日常业务件数；灰色带为攻坚期。攻坚期间的下降就是没有完成的日常业务。',
  ),

  hoursTitle: msg('Hours by use, county', '全县工时构成'),
  hoursShort: msg('Hours by use', '工时构成'),
  hoursSubtitle: msg(
    'Hours per staff member per week, stacked: work, reporting, meetings, hours shirked and idle make the hours at work.',
    '人均每周工时，逐项堆叠：各项业务、填报材料、会议、怠工和空闲合起来即为在岗工时。',
  ),
  hoursAxis: msg('Hours per staff member per week', '人均每周工时（小时）'),
  hoursUse: msg('Use of time', '工时用途'),
  hoursUseShort: msg('Use', '用途'),
  hoursTooltip: msg('Hours / staff / week', '小时/人/周'),
  hoursCaption: msg(
    'How an average staff member of the county spent paid time each week. Rest days count at contracted hours, so the stack is the full paid week; campaigns show as campaign work pushing out rest days and regular work.',
    '全县平均每名工作人员每周带薪时间的去向。休息日按合同工时计入，因此堆叠总高即完整的带薪周；攻坚期表现为攻坚任务挤占休息日和日常业务。',
  ),
  useRegular: msg('Regular work', '日常业务'),
  useCampaign: msg('Campaign work', '攻坚任务'),
  useShared: msg('Shared work', '跨部门事务'),
  useReporting: msg('Reporting', '填报材料'),
  useMeetings: msg('Meetings', '会议'),
  useShirked: msg('Hours shirked', '怠工工时'),
  useIdle: msg('Idle (no work to do)', '空闲（无事可做）'),
  useSick: msg('Sick', '病假'),
  useRest: msg('Rest days', '休息日'),

  shirkingTitle: msg('Shirking, county', '全县怠工工时占比'),
  shirkingShort: msg('Shirking over time', '怠工工时占比的变化'),
  shirkingSubtitle: msg(
    'Hours shirked as a share of hours at work, by week (hours shirked a week in the tooltip); grey: campaigns.',
    '每周怠工工时占在岗工时的比例（每周怠工小时数见悬停提示）；灰色：攻坚期。',
  ),
  shirkingAxis: msg('Share of hours at work shirked', '怠工工时占比'),
  shirkingHoursTooltip: msg('Hours shirked per person a week', '人均每周怠工工时'),
  shirkingCaption: msg(
    'The share of hours at work that staff spent on other things (shirked) instead of their duties, for the whole county, week by week; the hours shirked per person a week are in the tooltip and the CSV, and in the periods figure beside the share. Grey bands are the campaigns.',
    '全县工作人员在岗工时中用于其他事情（消极怠工）而非本职工作的比例，逐周列出；人均每周怠工小时数见悬停提示、CSV 文件以及分阶段指标图中占比旁边的分图。灰色带为攻坚期。',
  ),

  fatigueTitle: msg('Fatigue, county', '全县疲劳程度'),
  fatigueShort: msg('Fatigue over time', '疲劳程度的变化'),
  fatigueSubtitle1: msg('From 0 (rested) to 1 (exhausted). Line: mean of staff; band: up to the 90th percentile', '从 0（精力充沛）到 1（精疲力竭）。折线：工作人员均值；阴影带：上至第 90 百分位'),
  fatigueSubtitle2: msg('of staff; grey: campaigns. {note}', '的工作人员；灰色：攻坚期。{note}'),
  fatigueAxis: msg('Fatigue (0 to 1)', '疲劳程度（0 至 1）'),
  fatigueMean: msg('Mean fatigue', '平均疲劳程度'),
  fatigueP90: msg('90th percentile', '第 90 百分位'),
  fatigueCaption: msg(
    'How tired staff are, from 0 (rested) to 1 (exhausted). The line is the average staff member; the shaded band reaches up to the 90th percentile, where the most tired tenth of staff are. Grey bands are the campaigns.',
    '工作人员的疲劳程度，从 0（精力充沛）到 1（精疲力竭）。折线为平均水平；阴影带上至第 90 百分位，即最疲劳的一成工作人员所在的位置。灰色带为攻坚期。',
  ),

  lossTitle: msg('Regular work lost in each campaign, by department size', '各次攻坚中日常业务的减少，按部门规模'),
  lossShort: msg('Regular work lost, small versus large departments', '日常业务的减少：小部门与大部门'),
  lossSubtitle: msg("Share of the department's own pre-campaign rate of regular work lost during the campaign.", '攻坚期间日常业务产出相对本部门攻坚前水平减少的比例。'),
  lossNoteReplicates: msg('From mean rates over {n} replicates.', '根据 {n} 次重复运行的平均产出计算。'),
  lossAxisX: msg('Department headcount (staff, log scale)', '部门编制（人，对数刻度）'),
  lossAxisY: msg('Regular work lost', '日常业务减少的比例'),
  lossStaff: msg('Staff', '编制'),
  lossBaseline: msg('Baseline items/staff/week', '攻坚前 件/人/周'),
  lossCampaign: msg('Campaign items/staff/week', '攻坚期 件/人/周'),
  lossLost: msg('Lost', '减少'),
  lossCaption: msg(
    'Each point is one department in one campaign: across, its headcount (small departments on the left); up, the share of its own pre-campaign rate of regular work (items per staff member per week) that it lost during the campaign. Points above the dashed line lost output.',
    '每个点代表一个部门在一次攻坚中的情况：横轴为部门编制（小部门在左）；纵轴为攻坚期间该部门日常业务产出（人均每周件数）相对本部门攻坚前水平减少的比例。虚线以上的点表示产出下降。',
  ),

  // Sweeps, sensitivity, discovery and calibration (experiment-messages.ts).
  ...EXPERIMENT_MESSAGES,
} as const satisfies Record<string, Template>;

export type ReportMessageKey = keyof typeof REPORT_MESSAGES;
