import { msg, type Template } from './format.js';

/**
 * The words of the experiments' reports (sweep, sensitivity by Morris and Sobol, scenario discovery,
 * calibration by search and by ABC), beside report-messages.ts's run and comparison: whole sentences
 * with select rules for a finding's shape and direction, the glossary's terms (参数扫描, 敏感性分析,
 * 情景发现, 置信区间). {param} is a parameter in words (parameter-text.ts), {measure} a measure's
 * phrase, {value}s already formatted with their intervals. The English reports keep their own
 * sentences (sim/report/findings.ts); the English here says the same for a reader of both.
 */
export const EXPERIMENT_MESSAGES = {
  // A sweep's finding on one measure, by the shape of its means along one parameter.
  sweepMonotone: msg(
    'Raising {param} from {from} to {to} {dir, select, up {raised} other {lowered}} {measure}{steady, select, yes { at every step} other {}}: from {a} to {b}{unit} (county, whole run, mean of the replicates).',
    '{param}由 {from} 提高到 {to}，{measure}{steady, select, yes {逐级} other {}}{dir, select, up {上升} other {下降}}：由 {a} {dir, select, up {升至} other {降至}} {b}{unit}（全县全程，各次重复运行的均值）。',
  ),
  sweepFlat: msg(
    'Raising {param} from {from} to {to} left {measure} about the same: {a} at {from}, {b}{unit} at {to} (county, whole run, mean of the replicates).',
    '{param}由 {from} 提高到 {to}，{measure}基本持平：{from} 时为 {a}，{to} 时为 {b}{unit}（全县全程，各次重复运行的均值）。',
  ),
  sweepTurn: msg(
    'As {param} rose from {from} to {to}, {measure} did not move one way: it {kind, select, peak {rose} other {fell}} from {a} to {t} at {at}, then {kind, select, peak {fell} other {rose}} to {b}{unit} at {to} (county, whole run, mean of the replicates).',
    '{param}由 {from} 提高到 {to}，{measure}并非单向变化：先由 {a} {kind, select, peak {升至} other {降至}} {at} 时的 {t}，再{kind, select, peak {降至} other {回升至}} {to} 时的 {b}{unit}。以上为全县全程各次重复运行的均值。',
  ),
  sweepMixed: msg(
    'As {param} rose from {from} to {to}, {measure} went up and down: lowest {low}{unit} at {lowAt}, highest {high}{unit} at {highAt}; {first} at the first point and {last} at the last (county, whole run, mean of the replicates).',
    '{param}由 {from} 提高到 {to}，{measure}起伏不定：{lowAt} 时最低，为 {low}{unit}；{highAt} 时最高，为 {high}{unit}；第一个取值点为 {first}，最后一个为 {last}。以上为全县全程各次重复运行的均值。',
  ),
  /** Several parameters at once: the points with the lowest and the highest mean. */
  sweepRange: msg(
    '{measure} ranges from {low} to {high}{unit} across the points: lowest at {lowAt}, highest at {highAt}.',
    '在各取值点之间，{measure}介于 {low} 与 {high}{unit}之间：{lowAt} 时最低，{highAt} 时最高。',
  ),
  /** A design that samples its parameters (Sobol, Latin hypercube, discovery): the spread over the sample, no point named. */
  sweepRangeSampled: msg(
    'Over the {points} sampled points, {measure} lay between {low} and {high}{unit}.',
    '在 {points} 个抽样点之间，{measure}介于 {low} 与 {high}{unit}之间。',
  ),
  sampleScope: msg(
    'A sample of {points} points of {params} with {replicates, plural, one {# replicate} other {# replicates}} each ({runs, plural, one {# run} other {# runs}}); every other parameter as in the scenario "{scenario}". parameters.json gives the design and its ranges.',
    '对{params}抽样共 {points} 个取值点，每点 {replicates} 次重复运行（共 {runs} 次模拟运行）；其余参数均与情景“{scenario}”相同。抽样设计及各参数的取值范围见 parameters.json。',
  ),
  /** "inspection.penalty = 40" inside sweepRange's {lowAt}: one parameter's value at a point. */
  atValue: msg('{param} = {value}', '{param} = {value}'),
  sweepScope: msg(
    'A sweep of {params} over {points} points with {replicates, plural, one {# replicate} other {# replicates}} each ({runs, plural, one {# run} other {# runs}}); every other parameter as in the scenario "{scenario}".',
    '对{params}做参数扫描：共 {points} 个取值点，每点 {replicates} 次重复运行（共 {runs} 次模拟运行）；其余参数均与情景“{scenario}”相同。',
  ),
  /** An element of a list a parameter belongs to: a campaign or department by number, by id, or every one. */
  listElement: msg(
    '{list, select, campaigns {{kind, select, all {every campaign} index {campaign {at}} other {{at}}}} departments {{kind, select, all {every department} index {department {at}} other {{at}}}} other {{kind, select, all {every one} other {{at}}}}}',
    '{list, select, campaigns {{kind, select, all {各次攻坚} index {第 {at} 次攻坚} other {攻坚 {at}}}} departments {{kind, select, all {各部门} index {第 {at} 个部门} other {部门 {at}}}} other {{kind, select, all {全部} other {{at}}}}}',
  ),
  /** A list of parameters inside a sentence. */
  listSeparator: msg(', ', '、'),

  // A Morris screening (sensitivity).
  morrisFinding: msg(
    'Of {n} parameters screened over {runs} runs, {top} moves {measure} most: μ* {mu}, σ {sigma} over its whole range; {shape, select, strong {its effect depends strongly on the other parameters (σ above μ*)} other {its effect is fairly steady across the other parameters (σ below μ*)}}{next, select, none {} other {; next, {next} (μ* {nextMu})}}.',
    '在 {runs} 次模拟运行所筛查的 {n} 个参数中，{top}对{measure}的影响最大：在其整个取值范围内 μ* 为 {mu}，σ 为 {sigma}；{shape, select, strong {其影响在很大程度上取决于其他参数（σ 大于 μ*）} other {其影响在其他参数的不同取值下较为稳定（σ 小于 μ*）}}{next, select, none {} other {；其次是{next}（μ* 为 {nextMu}）}}。',
  ),
  morrisScope: msg(
    'A Morris screening of {n} parameters: {points} points x {replicates, plural, one {# replicate} other {# replicates}} = {runs, plural, one {# run} other {# runs}}; μ* is the mean absolute change in the measure across a parameter\'s whole range, σ how much that change depends on the other parameters.',
    '对 {n} 个参数做 Morris 筛选（敏感性分析）：{points} 个取值点 × {replicates} 次重复运行 = {runs} 次模拟运行；μ* 是参数在其整个取值范围内变动时该指标的平均绝对变化，σ 反映这一变化在多大程度上取决于其他参数。',
  ),
  morrisHeadline: msg('{param} moves {measure} most', '{param}对{measure}的影响最大'),

  // Figure titles of a sweep.
  sweepHeadlineMonotone: msg(
    'Raising {param} from {from} to {to} {dir, select, up {raised} other {cut}} {measure} from {a} to {b}',
    '{param}由 {from} 提高到 {to}，{measure}由 {a} {dir, select, up {升至} other {降至}} {b}',
  ),
  sweepHeadlineFlat: msg('Raising {param} from {from} to {to} left {measure} unchanged from {a} to {b}', '{param}由 {from} 提高到 {to}，{measure}基本不变（{a} 与 {b}）'),
  sweepHeadlineTurn: msg(
    'As {param} rose from {from} to {to}, {measure} {kind, select, peak {rose} other {fell}} to {t} at {at}, then {kind, select, peak {fell} other {rose}} to {b}',
    '{param}由 {from} 提高到 {to}，{measure}先{kind, select, peak {升至} other {降至}} {t}（{at}），再{kind, select, peak {降至} other {回升至}} {b}',
  ),
  sweepHeadlineMixed: msg('As {param} rose from {from} to {to}, {measure} went up and down ({low} to {high})', '{param}由 {from} 提高到 {to}，{measure}起伏不定（{low} 至 {high}）'),
  sweepTitleOne: msg('Measures as {param} changes', '各项指标随{param}的变化'),
  sweepTitleTwo: msg('Measures over {p1} and {p2}', '各项指标随{p1}和{p2}的变化'),
  sweepNoteEach: msg(
    'Whole run, county. Each {two, select, yes {cell} other {point}}: mean of {n, plural, one {# replicate} other {# replicates}}{band, select, yes {; band: 95% confidence interval} other {}}.',
    '全县，全程。每个{two, select, yes {单元格} other {点}}为 {n} 次重复运行的均值{band, select, yes {；阴影带：95% 置信区间} other {}}。',
  ),
  sweepNoteAxes: msg('{two, select, yes {Across: {p1}; up: {p2}} other {Along: {p1}}}.', '{two, select, yes {横轴：{p1}；纵轴：{p2}} other {横轴：{p1}}}。'),
  sweepNoteAveraged: msg('Averaged over {rest}.', '对{rest}取平均。'),
  sweepShort: msg('{two, select, yes {Sweep over {p1} and {p2}} other {Sweep over {p1}}}', '{two, select, yes {参数扫描：{p1}和{p2}} other {参数扫描：{p1}}}'),
  sweepCaption: msg(
    '{two, select, yes {Each panel is one county measure over the whole run; each cell is one combination of {p1} (across) and {p2} (up), coloured by the mean over replicates.} other {Each panel is one county measure over the whole run, as {p1} changes; the line joins the means over replicates and the band is their 95% confidence interval.}}',
    '{two, select, yes {每个分图是全县全程的一项指标；每个单元格是{p1}（横轴）与{p2}（纵轴）的一种组合，颜色表示各次重复运行的均值。} other {每个分图是全县全程的一项指标随{p1}的变化；折线连接各次重复运行的均值，阴影带为其 95% 置信区间。}}',
  ),

  // Figure of a Morris screening.
  sensitivityTitle: msg('Sensitivity: which parameters move each measure', '敏感性分析：哪些参数影响各项指标'),
  sensitivityShort: msg('Sensitivity ranks', '敏感性排序'),
  sensitivityNote1: msg(
    "Bars: mean absolute change in the measure across each parameter's range (Morris μ*), largest first; black ticks: σ (interaction or non-linearity).",
    '柱：各参数在其取值范围内变动时该指标的平均绝对变化（Morris μ*），由大到小排列；黑色短线：σ（交互作用或非线性）。',
  ),
  sensitivityNote2: msg('Whole run, county; one panel per measure, each with its own scale.', '全县，全程；每个分图对应一项指标，各自使用独立刻度。'),
  sensitivityAxis: msg('μ* and σ per whole range', 'μ* 与 σ（按整个取值范围）'),
  rank: msg('Rank', '排序'),
  sigma: msg('σ (interaction or non-linearity)', 'σ（交互作用或非线性）'),
  sensitivityCaption: msg(
    "Morris screening: for each county measure over the whole run, the bars show how strongly each parameter moves it when varied across its range (μ*), largest first. Shirking is in percentage points. A parameter with a long bar matters for that measure; a short one can be fixed at its default. The black tick is σ: when it lies beyond the bar, the parameter's effect depends on the others (interactions or a non-linear response).",
    'Morris 筛选：对全县全程的每项指标，柱的长度表示各参数在其取值范围内变动时对该指标的影响（μ*），由大到小排列。怠工工时占比以百分点计。柱长的参数对该指标影响大；柱短的参数可以固定在缺省值。黑色短线为 σ：短线超出柱的末端，说明该参数的影响取决于其他参数（交互作用或非线性响应）。',
  ),

  // The research designs' own figures (plots/methods.ts): screening of every parameter, Sobol, PRIM, ABC.
  screeningTitle: msg('Which parameters move {measure}', '哪些参数影响{measure}'),
  screeningNote1: msg(
    "Morris screening over each parameter's screening range: bars μ* (mean absolute effect over the whole range), black ticks σ.",
    '各参数在其筛选范围内的 Morris 筛选：柱为 μ*（整个取值范围内的平均绝对影响），黑色短线为 σ。',
  ),
  screeningNote2: msg('The {n} largest; morris.csv has every parameter and measure.', '影响最大的 {n} 个参数；morris.csv 列出了全部参数和指标。'),
  screeningAxis: msg('μ* and σ ({unit} per whole range)', 'μ* 与 σ（{unit}，按整个取值范围）'),
  sobolTitle: msg('Sobol indices of {measure}', '{measure}的 Sobol 指数'),
  sobolNote: msg(
    'Share of the variance each parameter explains alone (S1) and with its interactions (ST); lines: bootstrap 95% intervals.',
    '各参数单独（一阶指数 S1）及连同交互作用（总效应指数 ST）所解释的方差比例；线段：自助法 95% 置信区间。',
  ),
  sobolFirst: msg('first order S1', '一阶指数 S1'),
  sobolTotal: msg('total ST', '总效应指数 ST'),
  sobolAxis: msg('share of variance', '方差占比'),
  // The designs' figures as report figures (plots/methods.ts designPlots): title and caption.
  designScreeningTitle: msg('Parameter screening', '参数筛选'),
  designScreeningCaption: msg(
    "Morris screening over each parameter's screening range: each bar is μ*, how much the measure changes on average when the parameter moves across its whole range; the black tick is σ, how much that change depends on the other parameters. The 20 largest, each parameter named with its unit; morris.csv has every parameter and measure.",
    '在每个参数的筛选范围内做 Morris 筛选：条形为 μ*，即参数在整个取值范围内变动时指标的平均变化幅度；黑色短线为 σ，即这一变化受其他参数影响的程度。图中列出影响最大的 20 个参数，均注明单位；morris.csv 列出了全部参数和指标。',
  ),
  designSobolTitle: msg('Sobol indices', 'Sobol 指数'),
  designSobolCaption: msg(
    "S1 is the share of the measure's variance a parameter explains alone, ST the share it explains alone and through its interactions with the others; the lines are bootstrap 95% intervals. A parameter with ST near 0 can be fixed anywhere in its range. sobol.csv has every measure.",
    'S1 是某一参数单独解释的指标方差占比，ST 是它单独及通过与其他参数的交互共同解释的占比；横线为自助法 95% 置信区间。ST 接近 0 的参数可在其取值范围内任意固定。sobol.csv 列出了全部指标。',
  ),
  designPrimTitle: msg('Scenario discovery', '情景发现'),
  designPrimCaption: msg(
    '{sentence} Each point is a box PRIM tried, from the whole sample to the smallest; the red point is the box chosen.',
    '图中每个点是 PRIM 尝试过的一个参数区域，从全部样本直到最小的区域；红点为最终选定的区域。',
  ),
  primTitle: msg('Scenario discovery: the PRIM peeling trajectory', '情景发现：PRIM 逐步剥离的轨迹'),
  primNote: msg(
    'Each point a box, from the whole sample (coverage 1) to the smallest; red: the chosen box (pruned).',
    '每个点是一个参数区域，从全部样本（覆盖率 1）到最小的区域；红色：选定的区域（已修剪）。',
  ),
  primBox: msg(
    'Chosen box: coverage {coverage}, density {density}, {points} points.',
    '选定区域：覆盖率 {coverage}，密度 {density}，含 {points} 个取值点。',
  ),
  coverage: msg('coverage', '覆盖率'),
  density: msg('density', '密度'),
  abcMarginalsTitle: msg('Posterior of each calibrated parameter', '各校准参数的后验分布'),
  abcMarginalsNote: msg(
    'Weighted histogram of the last ABC-SMC generation over the prior range; red rules: 95% credible interval.',
    'ABC-SMC 最后一代粒子在先验范围内的加权直方图；红线：95% 可信区间。',
  ),
  abcNotIdentified: msg('{param} (not identified)', '{param}（未能识别）'),
  abcWeight: msg('posterior weight', '后验权重'),
  abcPairsTitle: msg('Posterior pair plot', '后验分布两两散点图'),
  abcPairsNote: msg(
    'Each point a particle of the last generation, sized by weight: a tilt shows parameters the targets trade off against each other.',
    '每个点是最后一代的一个粒子，大小表示权重：点云倾斜，说明校准目标在这两个参数之间此消彼长。',
  ),

  // A calibration's fit (plots/calibration.ts).
  calibrationTitle: msg('Calibration: targets and what the chosen parameters achieve', '校准：各项目标与所选参数的实际结果'),
  calibrationShort: msg('Calibration: fit of each target', '校准：各项目标的拟合情况'),
  calibrationNote1: msg(
    'Points: mean over {n} fresh replicates (seeds the search never saw); whiskers: 95% confidence intervals.',
    '点：{n} 次新的重复运行（搜索时未用过的随机种子）的均值；误差线：95% 置信区间。',
  ),
  calibrationNote2: msg(
    'Shaded: the target interval (patterns: the side the paired difference a - b should be on); line: a target value or zero.',
    '阴影：目标区间（规律型目标：配对差值 a − b 应落在的一侧）；直线：目标值或零。',
  ),
  targetMet: msg('Target met', '是否达标'),
  targetMetValue: msg('{v, select, yes {yes} no {no} other {cannot tell}}', '{v, select, yes {达标} no {未达标} other {无法判断}}'),
  target: msg('Target', '目标'),
  goal: msg('Goal', '要求'),
  goalPattern: msg('a - b {sign, select, positive {> 0} other {< 0}}', 'a − b {sign, select, positive {> 0} other {< 0}}'),
  goalValue: msg('= {value}', '= {value}'),
  goalInterval: msg('in [{lo}, {hi}]', '介于 {lo} 与 {hi} 之间'),
  achieved: msg('Achieved', '实际结果'),
  loss: msg('Loss', '损失'),
  calibrationHeadline: msg('{met} of {n} calibration targets met', '{n} 项校准目标中 {met} 项达标'),
  calibrationCaption: msg(
    'Each row is one target of the calibration. The point is what the chosen parameters achieved on fresh replicates, with its 95% interval; the shaded band or dashed line is the target. A pattern target is met when the whole interval of the paired difference lies on the shaded side of zero.',
    '每一行是一项校准目标。点为所选参数在新的重复运行中的实际结果，并附 95% 置信区间；阴影带或虚线为目标。规律型目标只有在配对差值的整个置信区间都落在零的阴影一侧时才算达标。',
  ),
} as const satisfies Record<string, Template>;
