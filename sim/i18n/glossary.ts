/**
 * The bilingual glossary: every term the page and the reports use, English beside the Chinese a
 * county official or a lecturer in public administration would write. One definition: the page's
 * strings, the message templates and docs/TEACHING.md's glossary table take their terms from here
 * (a test checks the table lists every entry).
 */
export interface Term {
  id: string;
  en: string;
  zh: string;
  /** When to use it, where the choice is not obvious. */
  note?: string;
}

export const GLOSSARY: readonly Term[] = [
  { id: 'campaign', en: 'campaign', zh: '攻坚行动', note: 'In the interface 攻坚 / 攻坚行动; never 运动 (运动次数 reads as "number of workouts").' },
  { id: 'hundred-day-campaign', en: '100-day campaign', zh: '百日攻坚' },
  { id: 'campaign-governance', en: 'campaign-style governance', zh: '运动式治理', note: 'Only where a text explains the concept, not as the name of a campaign.' },
  { id: 'poverty-campaign', en: 'poverty-alleviation campaign', zh: '脱贫攻坚', note: 'Case A is about it.' },
  { id: 'campaign-hq', en: 'campaign headquarters', zh: '攻坚指挥部' },
  { id: 'gap', en: 'gap between campaigns', zh: '两次攻坚之间的间隔期' },
  { id: 'secondment', en: 'secondment (staff moved to the headquarters)', zh: '抽调' },
  { id: 'headcount', en: 'headcount (authorised posts)', zh: '编制' },
  { id: 'skilled', en: 'the most skilled staff', zh: '业务骨干' },
  { id: 'quota', en: 'quota per department', zh: '每个部门的抽调名额' },
  { id: 'rest-days', en: 'rest days (weekends and holidays)', zh: '休息日（周末和节假日）' },
  { id: 'overtime-pay', en: 'overtime pay', zh: '加班费' },
  { id: 'village-days', en: 'fixed village days', zh: '驻村日' },
  { id: 'work-diary', en: 'daily work diary', zh: '工作日志' },
  { id: 'spot-check', en: 'spot check (unannounced inspection)', zh: '督查抽查' },
  { id: 'supervision', en: 'inspection and supervision', zh: '督查' },
  { id: 'penalty', en: 'penalty when caught', zh: '被查处的处罚' },
  { id: 'shirking', en: 'shirking', zh: '消极怠工' },
  { id: 'shirk-rate', en: 'share of working hours shirked', zh: '怠工工时占比' },
  { id: 'fatigue', en: 'fatigue', zh: '疲劳程度' },
  { id: 'regular-work', en: 'regular work (a department\'s own duties)', zh: '日常业务' },
  { id: 'backlog', en: 'backlog (regular work waiting)', zh: '积压的日常业务' },
  { id: 'never-served', en: 'requests never served (dropped undone)', zh: '逾期未办即作废的事项' },
  { id: 'shared-work', en: 'shared work (tasks no single department owns)', zh: '跨部门事务' },
  { id: 'owner', en: 'owner (the department that takes a shared task)', zh: '牵头部门' },
  { id: 'coordinating-office', en: 'coordinating office', zh: '议事协调机构' },
  { id: 'office-strength', en: 'authority of the coordinating office', zh: '议事协调机构的权威' },
  { id: 'whistle', en: 'whistle (the street calls the departments in)', zh: '吹哨报到' },
  { id: 'response-limit', en: 'response time limit', zh: '响应时限' },
  { id: 'joint-conference', en: 'joint conference', zh: '联席会议' },
  { id: 'command-centre', en: 'command centre', zh: '指挥中心' },
  { id: 'partners', en: 'partners outside government (society, market, villages)', zh: '社会力量（社会组织、市场主体、村组织）' },
  { id: 'reversal', en: 'policy reversal', zh: '政策反复' },
  { id: 'poverty-office', en: 'poverty alleviation office', zh: '扶贫办' },
  { id: 'human-resources', en: 'human resources and social security bureau', zh: '人社局' },
  { id: 'scenario', en: 'scenario', zh: '情景' },
  { id: 'lever', en: 'lever (a policy setting the class can change)', zh: '政策参数' },
  { id: 'lesson', en: 'lesson', zh: '教学案例' },
  { id: 'story', en: 'story mode (the case step by step)', zh: '分步讲解' },
  { id: 'seed', en: 'random seed', zh: '随机种子' },
  { id: 'run', en: 'run (one simulation)', zh: '一次模拟运行' },
  { id: 'paired-runs', en: 'paired runs (A and B on the same random numbers)', zh: '配对运行（A 与 B 使用相同的随机数）' },
  { id: 'ci', en: '95% confidence interval (95% CI)', zh: '95% 置信区间' },
  { id: 'percentage-point', en: 'percentage point', zh: '百分点' },
  { id: 'warm-up', en: 'warm-up (days not counted)', zh: '预热期（不计入结果）' },
  { id: 'projector', en: 'projector mode', zh: '投影模式' },
  // The reports (sim/i18n/report-messages.ts): one name per quantity, as the measure registry has them.
  { id: 'hours-at-work', en: 'hours at work (scheduled on working days)', zh: '在岗工时' },
  { id: 'hours-on-duties', en: 'hours on duties', zh: '履职工时' },
  { id: 'hours-shirked', en: 'hours shirked', zh: '怠工工时' },
  { id: 'reporting', en: 'reporting (reports and work diaries)', zh: '填报材料' },
  { id: 'replicates', en: 'replicates (runs with different random seeds)', zh: '重复运行（使用不同随机种子）' },
  { id: 'establishment', en: 'staff on the establishment (per post)', zh: '按编制人数计算' },
  // The experiments' reports (sim/i18n/experiment-messages.ts).
  { id: 'sweep', en: 'parameter sweep', zh: '参数扫描' },
  { id: 'sensitivity', en: 'sensitivity analysis', zh: '敏感性分析', note: "Morris screening: Morris 筛选; Sobol indices: Sobol 指数 (一阶指数 S1, 总效应指数 ST)." },
  { id: 'discovery', en: 'scenario discovery', zh: '情景发现', note: "PRIM's box: 区域, its coverage 覆盖率 and density 密度." },
  { id: 'calibration', en: 'calibration', zh: '校准', note: "A target met: 达标." },
  { id: 'credible-interval', en: '95% credible interval (of a posterior)', zh: '95% 可信区间', note: "Bayesian (ABC); 置信区间 stays for the replicates' intervals." },
];

export const TERM: Readonly<Record<string, Term>> = Object.fromEntries(GLOSSARY.map((t) => [t.id, t]));
