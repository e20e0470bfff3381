/**
 * Every string the page shows, in English and Chinese (zh-CN), as message templates (sim/i18n): a
 * sentence with a number in it is one template per language, never pieces put together. Terms
 * follow the glossary (sim/i18n/glossary.ts): 攻坚 for a campaign, 政策参数 for a lever, 业务骨干,
 * 督查抽查, 置信区间. Measures and periods are named by sim/i18n, which the reports share.
 */
import { msg, type Locale, type Template } from '../sim/i18n/index.js';

export type Lang = Locale;
type Text = Template;
const t = msg;

export const UI = {
  title: t("deptsim: the teachers' page", 'deptsim 课堂演示'),
  lesson: t('Lesson', '教学案例'),
  question: t('Question', '问题'),
  seed: t('Seed', '随机种子'),
  seedHelp: t('The same seed gives the same run, here and in `deptsim run`.', '种子相同，运行结果就相同（网页与 `deptsim run` 一致）。'),
  replicates: t('Paired runs', '配对运行次数'),
  replicatesHelp: t('A and B are each run this many times on the same random numbers (run r of A and of B share a seed).', 'A 与 B 各运行这么多次，使用相同的随机数（A 与 B 的第 r 次运行共用一个种子）。'),
  day: t('Day', '日期'),
  dayHelp: t('Move through the days: every chart shows a cursor, the table shows the county that day. Keys [ and ] step a week.', '拖动查看每一天：每张图上有一条竖线标出当天，下表列出当天全县各单位的情况。按 [ 和 ] 键前后移动一周。'),
  compare: t('A against B', 'A 与 B 对比'),
  running: t('Running…', '正在计算……'),
  comparing: t('Comparing A and B over {n} paired runs…', '正在进行 {n} 次配对运行，比较 A 与 B……'),
  ready: t('Ready: every chart shows the whole run.', '计算完成：各图均为完整结果。'),
  copyLink: t('Copy link', '复制链接'),
  linkCopied: t('The link is in the address bar and on the clipboard.', '链接已在地址栏中，并已复制到剪贴板。'),
  download: t('Download scenario YAML', '下载情景文件（YAML）'),
  downloadHelp: t('Run it with `deptsim run file.yaml` for the same numbers.', '用 `deptsim run 文件名.yaml` 运行，可得到相同的结果。'),
  projector: t('Projector mode', '投影模式'),
  story: t('Step by step: case A', '分步讲解：案例 A'),
  language: t('中文', 'English'),
  languageLabel: t('Switch the page to Chinese', 'Switch the page to English'),
  reset: t('Reset A and B', '恢复 A 与 B 的原始设置'),
  resetDone: t('A and B are back to the lesson\'s settings.', 'A 与 B 已恢复为本案例的原始设置。'),
  next: t('Next step', '下一步'),
  prev: t('Previous step', '上一步'),
  reveal: t('Run and see', '运行并查看结果'),
  predict: t('Predict first:', '请先预测：'),
  stepOf: t('Step {n} of {total}', '第 {n} 步（共 {total} 步）'),
  exitStory: t('Leave step by step', '退出分步讲解'),
  levers: t('Policy settings', '政策参数'),
  leversFor: t('Settings of {side}: {name}', '{side}（{name}）的政策参数'),
  leversHint: t('Move a setting: its side reruns and the charts redraw.', '调整任一参数，对应一方会重新计算，图表随即更新。'),
  mixed: t('differs by campaign: {values}', '各次攻坚不同：{values}'),
  asInCase: t('as in the case ({values})', '与案例相同（{values}）'),
  everyCampaign: t('{value} in every campaign', '每次攻坚都{value}'),
  unit: t('Unit', '单位'),
  staffHere: t('Staff here', '在岗人数'),
  seconded: t('Seconded away', '被抽调'),
  backlog: t('Regular work waiting', '积压的日常业务'),
  fatigue: t('Fatigue (0–1)', '疲劳程度（0–1）'),
  sick: t('Off sick', '病休'),
  countyOn: t('The county on {date} ({place}) — A', '{date}（{place}）全县情况 — A'),
  window: t('Period', '时段'),
  days: t('Days', '天数'),
  measure: t('Measure', '指标'),
  difference: t('B − A (95% CI)', 'B − A（95% 置信区间）'),
  error: t('This setting cannot run:', '此设置无法运行：'),
  linkIgnored: t('Parts of the link were left out, the rest is applied: {list}', '链接中有部分内容未采用，其余已生效：{list}'),
  linkWarning: t('Note: {list}', '注意：{list}'),
  headquarters: t('Campaign headquarters', '攻坚指挥部'),
  chartDiff: t('B − A, as a change from A (95% CI)', 'B 相对于 A 的变化（95% 置信区间）'),
  diffAxis: t('change from A (%)', '相对 A 的变化（%）'),
  weekly: t('weekly figures: the daily ones swing between working days and rest days', '按周汇总：逐日数据在工作日与休息日之间大幅波动'),
  daily: t('daily', '逐日'),
  progress: t('Progress', '进度'),
  byPeriod: t('A, period by period', 'A 的分时段结果'),
  keyChart: t('The key chart of this lesson', '本案例的关键图表'),
  moreCharts: t('More charts', '其他图表'),
  date: t('Date', '日期'),
  keysHelp: t('Projector keys: Page Down / → next chart or step, Page Up / ← back.', '投影翻页键：Page Down / → 下一张图或下一步，Page Up / ← 上一张。'),
  changed: t('{label} (changed)', '{label}（已调整）'),
  sideLegend: t('{side}: {label}', '{side}：{label}'),
} satisfies Record<string, Text>;

/** Chart titles (what the chart shows) and y axis titles (the unit). */
export const FIGURE_TEXT: Record<string, { title: Text; axis: Text }> = {
  backlog: { title: t('Regular work waiting (county)', '积压的日常业务（全县）'), axis: t('items waiting', '待办件数') },
  neverServed: { title: t('Requests never served, cumulative', '逾期未办即作废的事项（累计）'), axis: t('items dropped undone', '作废件数') },
  fatigue: { title: t('Mean fatigue of staff', '工作人员平均疲劳程度'), axis: t('0 = rested, 1 = exhausted', '0 = 精力充沛，1 = 精疲力竭') },
  shirk: { title: t('Shirking, week by week', '每周怠工工时占比'), axis: t('% of working hours', '占工时的比例（%）') },
  shared: { title: t('Shared work waiting for an owner', '等待牵头部门的跨部门事务'), axis: t('tasks waiting', '待认领件数') },
  doneRegular: { title: t('Regular work done, week by week', '每周完成的日常业务'), axis: t('items a week (county)', '件/周（全县）') },
  meetings: { title: t('Hours in joint meetings, week by week', '每周联席会议耗用的工时'), axis: t('staff-hours a week', '人·小时/周') },
};

export const LEVER_TEXT: Record<string, { label: Text; help: Text }> = {
  campaigns: { label: t('Number of campaigns', '攻坚行动次数'), help: t('How many 100-day-style campaigns the county runs, one after another.', '县里接连开展几次“百日攻坚”式的攻坚行动。') },
  campaignDays: { label: t('Length of each campaign', '每次攻坚的天数'), help: t('Calendar days each campaign lasts.', '每次攻坚持续的日历天数。') },
  campaignGap: { label: t('Rest between campaigns', '两次攻坚之间的间隔'), help: t('Days between the end of one campaign and the start of the next, for staff and backlog to recover.', '上一次攻坚结束到下一次开始之间的天数，用于人员休整、消化积压。') },
  secondedStaff: { label: t('Staff seconded to the headquarters', '抽调到攻坚指挥部的人数'), help: t('People moved out of their departments to the campaign headquarters for the whole campaign.', '攻坚期间从各部门抽调到攻坚指挥部的人数。') },
  secondmentRule: { label: t('Who is seconded', '抽调方式'), help: t('Proportional to headcount, the same number from every department, or the most skilled county-wide.', '按编制比例抽调、各部门抽调相同人数，或在全县抽调业务骨干。') },
  quotaPerDepartment: { label: t('Minimum from every department', '每个部门至少抽调'), help: t('A quota: even the smallest department must send this many people.', '抽调名额：再小的部门也至少要派出这么多人。') },
  cancelRestDays: { label: t('Rest days cancelled', '取消休息日'), help: t('Weekends and holidays become working days during a campaign.', '攻坚期间周末和节假日照常上班。') },
  overtimePaid: { label: t('Overtime paid', '发放加班费'), help: t('Whether the extra hours of a campaign are paid (case A stopped paying in campaign 3).', '攻坚期间的加班是否有报酬（案例 A 在第三次攻坚时取消了加班费）。') },
  spotChecks: { label: t('Spot checks', '督查抽查频率'), help: t('Chance each day that a given person is checked without warning during a campaign.', '攻坚期间每人每天被突击督查抽查到的概率。') },
  penalty: { label: t('Penalty when caught', '被查处的处罚'), help: t('How hard a shirker is punished each time a spot check catches them, in hours of pay.', '怠工者每被抽查到一次，扣发多少小时的工资。') },
  officeStrength: { label: t('Authority of the coordinating office', '议事协调机构的权威'), help: t('0 = an office in name only, 1 = full authority to assign shared work and make it stick.', '0 = 有名无实，1 = 有充分权力指定牵头部门并督促落实。') },
  responseDays: { label: t('Response limit', '响应时限'), help: t('Days a called department has to do its part after a whistle (0 = the same working day).', '吹哨后被召集部门完成分内工作的天数（0 = 当天）。') },
  whistlesPerDay: { label: t('Whistles a day', '每日吹哨次数'), help: t('Shared problems a working day that the street blows the whistle on.', '街道每个工作日就跨部门问题吹哨的次数。') },
};

/** Units as the schema writes them, translated. */
export const UNIT_TEXT: Record<string, Text> = {
  people: t('people', '人'),
  days: t('days', '天'),
  share: t('share (0–1)', '比例（0–1）'),
  'chance/person/day': t('chance a person a day', '每人每天的概率'),
  "hours' pay/catch": t("hours' pay per catch", '每次扣发的工资小时数'),
  'items/day': t('a day', '次/天'),
  campaigns: t('campaigns', '次'),
};

export const CHOICE_TEXT: Record<string, Text> = {
  proportional: t('proportional to headcount', '按编制比例'),
  equal: t('equal per department', '各部门人数相同'),
  skilled: t('the most skilled', '抽调业务骨干'),
};

export const YES_NO = { yes: t('yes', '是'), no: t('no', '否') };

/**
 * Each lesson: its title and question, and A and B named by what they are (the legend, the
 * sentence's subject: "Paying overtime (B) kept shirking at …").
 */
export const PRESET_TEXT: Record<string, { title: Text; question: Text; a: Text; b: Text }> = {
  'case-a': {
    title: t('Case A: three 100-day campaigns', '案例 A：三次“百日攻坚”（脱贫攻坚）'),
    question: t('What do three campaigns in a row do to regular work, fatigue and shirking, and would paid overtime (B) have kept shirking down?', '接连三次攻坚行动对日常业务、疲劳和怠工有什么影响？如果一直发放加班费（B），怠工会不会少一些？'),
    a: t('The campaigns as they happened', '实际发生的三次攻坚'),
    b: t('Paying overtime in campaign 3 too', '第三次攻坚照发加班费'),
  },
  'case-b': {
    title: t('Case B: weak against strong office', '案例 B：议事协调机构弱与强'),
    question: t('Does a coordinating office with authority (B) cut how long shared work waits for an owner?', '有权威的议事协调机构（B）能否缩短跨部门事务等待牵头部门的时间？'),
    a: t('A weak office', '权威弱的协调机构'),
    b: t('A strong office', '权威强的协调机构'),
  },
  'case-c': {
    title: t('Case C: whistle, and a burst of whistles', '案例 C：吹哨报到与集中吹哨'),
    question: t("What does a burst of whistles (B) do to the departments' regular work?", '集中吹哨（B）对各部门的日常业务有什么影响？'),
    a: t('Whistles at the usual rate', '正常频率吹哨'),
    b: t('A burst of whistles', '集中吹哨'),
  },
  'case-d': {
    title: t('Case D: always convene against command centre', '案例 D：事事开联席会议与指挥中心按需召集'),
    question: t('Does a command centre that convenes joint conferences only when needed (B) save meeting hours?', '只在必要时召开联席会议的指挥中心（B）能否节省会议工时？'),
    a: t('Convening a joint conference for everything', '事事召开联席会议'),
    b: t('A command centre convening when needed', '指挥中心按需召集'),
  },
  'case-e': {
    title: t('Case E: partners outside government', '案例 E：政府以外的社会力量'),
    question: t('How much sooner is shared work done when society, market and villages help? Move a setting on B to compare.', '社会组织、市场主体和村组织参与后，跨部门事务能快多少办结？请调整 B 的参数进行比较。'),
    a: t('Partners as in the case', '案例中的社会力量参与'),
    b: t('Your settings', '你调整后的设置'),
  },
  overtime: {
    title: t('Overtime paid or unpaid', '加班有无加班费'),
    question: t('When the same long hours stop being paid (B), how much more do people shirk?', '同样长的工作时间不再发加班费（B）后，怠工会增加多少？'),
    a: t('Paying overtime', '发放加班费'),
    b: t('Not paying overtime', '不发加班费'),
  },
  'rest-days': {
    title: t('Rest days cancelled or kept', '取消还是保留休息日'),
    question: t('Does cancelling rest days get more regular work done, or only more tired staff (B keeps them)?', '取消休息日能多完成日常业务，还是只会让人更疲惫（B 保留休息日）？'),
    a: t('Rest days cancelled', '取消休息日'),
    b: t('Rest days kept', '保留休息日'),
  },
  secondment: {
    title: t('Secondment by size or by quota', '按编制比例抽调还是按名额抽调'),
    question: t('Does a quota that takes people from every department (B) hollow out the small ones?', '要求每个部门都出人的抽调名额（B）会不会把小部门抽空？'),
    a: t('Seconding by headcount', '按编制比例抽调'),
    b: t('A quota from every department', '每个部门都有抽调名额'),
  },
  'spot-checks': {
    title: t('Rare or frequent spot checks', '督查抽查少与多'),
    question: t('How much do frequent spot checks (B) cut shirking, and is it worth fifty times the checks?', '频繁的督查抽查（B）能减少多少怠工？多查五十倍值得吗？'),
    a: t('Rare spot checks', '偶尔督查抽查'),
    b: t('Frequent spot checks', '频繁督查抽查'),
  },
};

export const UNIT_NAMES: Record<string, string> = {
  'poverty-office': '扶贫办', agriculture: '农业农村局', education: '教育局', health: '卫健局', 'civil-affairs': '民政局',
  'human-resources': '人社局', labour: '人社局', finance: '财政局', housing: '住建局', transport: '交通运输局', water: '水利局',
  'natural-resources': '自然资源局', 'development-reform': '发改局', statistics: '统计局', audit: '审计局',
  'ethnic-religious': '民宗局', 'science-tech': '科技局', archives: '档案局', 'womens-federation': '妇联',
  'urban-management': '城管执法局', 'market-supervision': '市场监管局', environment: '生态环境局', emergency: '应急管理局',
  'public-security': '公安分局', 'letters-visits': '信访办', 'safety-supervision': '安监局', planning: '规划和自然资源分局',
  fire: '消防队', 'party-mass': '群工部', publicity: '宣传部', 'medical-insurance': '医保局', construction: '建设局',
  hq: '攻坚指挥部',
};

/**
 * Case A step by step. Each step sets both sides to what its text compares: A is the step's county,
 * B the alternative it asks about (or the previous step, so "compared with the previous step" is
 * on the screen), and names the chart that answers it.
 */
export interface StoryStep {
  preset: string;
  a: Record<string, number | boolean>;
  b: Record<string, number | boolean>;
  aLabel: Text;
  bLabel: Text;
  figure: string;
  measure: string;
  title: Text;
  predict: Text;
  explain: Text;
}

export const STORY: StoryStep[] = [
  {
    preset: 'case-a', a: { campaigns: 1 }, b: { campaigns: 1, cancelRestDays: false }, figure: 'backlog', measure: 'regular_backlog_end',
    aLabel: t('One campaign, rest days cancelled', '一次攻坚，取消休息日'), bLabel: t('One campaign, rest days kept', '一次攻坚，保留休息日'),
    title: t('The county ranks near the bottom in the poverty-alleviation assessment and launches one 100-day campaign.', '县里在脱贫攻坚考核中排名靠后，开展一次“百日攻坚”。'),
    predict: t('About 100 staff are seconded and rest days are cancelled. Will regular work keep up, and would keeping rest days (B) change it?', '抽调约 100 人到攻坚指挥部，取消休息日。日常业务还跟得上吗？如果保留休息日（B），会有不同吗？'),
    explain: t('The backlog of regular work climbs during the campaign and takes weeks to clear afterwards.', '攻坚期间日常业务积压上升，结束后要好几周才能消化。'),
  },
  {
    preset: 'case-a', a: { campaigns: 2 }, b: { campaigns: 1 }, figure: 'fatigue', measure: 'fatigue_mean',
    aLabel: t('Two campaigns', '两次攻坚'), bLabel: t('One campaign, as in the previous step', '上一步的一次攻坚'),
    title: t('A second campaign follows at once, with fixed village days and daily work diaries.', '紧接着开展第二次攻坚，规定驻村日，并要求每天填写工作日志。'),
    predict: t('Staff have had little rest. Will fatigue start from where it ended, or from zero?', '工作人员几乎没有休整。疲劳会从上次结束时的水平开始累积，还是从零开始？'),
    explain: t('Fatigue carries over: the second campaign starts tired, and the diaries eat hours that no longer go to work.', '疲劳会延续：第二次攻坚一开始大家就已疲惫，填写工作日志又占用了本可用于办事的时间。'),
  },
  {
    preset: 'case-a', a: {}, b: { campaigns: 2 }, figure: 'shirk', measure: 'shirk_rate',
    aLabel: t('Three campaigns, overtime pay banned in the third', '三次攻坚，第三次取消加班费'), bLabel: t('Two campaigns, as in the previous step', '上一步的两次攻坚'),
    title: t('A third campaign: two more cadres from every department, and holiday overtime pay is banned.', '第三次攻坚：每个部门再抽调两名干部，并取消节假日加班费。'),
    predict: t('What happens to shirking when the long hours stop being paid?', '长时间加班不再有报酬，怠工会怎样变化？'),
    explain: t('Shirking jumps in the third campaign: the expected penalty has not changed, but the value of an extra hour fell.', '第三次攻坚期间怠工明显上升：被查处的预期处罚没有变，但多干一小时的回报下降了。'),
  },
  {
    preset: 'case-a', a: {}, b: { overtimePaid: true }, figure: 'shirk', measure: 'shirk_rate',
    aLabel: t('As it happened: overtime pay banned', '实际情况：取消加班费'), bLabel: t('Overtime paid in every campaign', '每次攻坚都发加班费'),
    title: t('What if overtime had stayed paid?', '如果加班费一直照发呢？'),
    predict: t('Will paying overtime undo the shirking, or is fatigue the bigger cause?', '发放加班费能消除怠工吗？还是疲劳才是更主要的原因？'),
    explain: t('The gap between the two lines in the third campaign is what the pay ban cost.', '第三次攻坚期间两条线之间的差距，就是取消加班费的代价。'),
  },
];
