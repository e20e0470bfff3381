/**
 * Every string the page shows, in English and Chinese (zh-CN). Lever explanations say what the
 * lever is in the terms of the cases; units come from the scenario schema and are translated here.
 */
export type Lang = 'en' | 'zh-CN';
type Text = { en: string; 'zh-CN': string };
const t = (en: string, zh: string): Text => ({ en, 'zh-CN': zh });

export const UI = {
  title: t("deptsim: the teachers' page", 'deptsim：课堂演示页'),
  intro: t('Pick a lesson, predict, then move a lever: the model reruns in the background and the charts redraw.', '选一节课，先预测，再拨动一个杠杆：模型在后台重算，图表随之重绘。'),
  lesson: t('Lesson', '课题'),
  question: t('Question', '问题'),
  levers: t('Levers', '杠杆'),
  sideA: t('A', 'A'),
  sideB: t('B', 'B'),
  leversFor: t('Levers for', '设置：'),
  seed: t('Seed', '随机种子'),
  seedHelp: t('The same seed gives the same run, here and in `deptsim run`.', '相同的种子得到相同的运行结果，网页和 `deptsim run` 一致。'),
  replicates: t('Runs per side', '每边运行次数'),
  replicatesHelp: t('A and B are each run this many times on the same random numbers (run r of A and of B share a seed).', 'A 与 B 各运行这么多次，使用相同的随机数（A 与 B 的第 r 次运行共用一个种子）。'),
  day: t('Day', '第几天'),
  dayHelp: t('Move through the days: every chart shows a cursor, the table shows the county that day.', '拖动查看每一天：每张图上有一条游标，下表显示当天全县的状态。'),
  compare: t('A against B', 'A 与 B 对比'),
  running: t('Running…', '运行中……'),
  ready: t('Ready', '完成'),
  copyLink: t('Copy link', '复制链接'),
  linkCopied: t('The link is in the address bar and on the clipboard.', '链接已在地址栏中，并已复制。'),
  download: t('Download scenario YAML', '下载情景 YAML'),
  downloadHelp: t('Run it with `deptsim run file.yaml` for the same numbers.', '用 `deptsim run 文件.yaml` 运行可得到相同的数字。'),
  projector: t('Projector mode', '投影模式'),
  story: t('Story: case A', '故事：案例 A'),
  language: t('中文', 'English'),
  languageLabel: t('Switch the page to Chinese', '将页面切换为英文'),
  reset: t('Reset levers', '恢复默认'),
  next: t('Next step', '下一步'),
  prev: t('Previous step', '上一步'),
  reveal: t('Run and see', '运行并查看'),
  predict: t('Predict first:', '先预测：'),
  step: t('Step', '第'),
  stepOf: t('of', '步，共'),
  exitStory: t('Leave the story', '退出故事'),
  unit: t('Unit', '单位'),
  staffHere: t('Staff here', '在岗人数'),
  seconded: t('Seconded away', '被抽调'),
  backlog: t('Regular work waiting', '积压常规工作'),
  fatigue: t('Fatigue (0–1)', '疲劳（0–1）'),
  sick: t('Off sick', '病休'),
  countyOnDay: t('The county on day', '全县状态：第'),
  inCampaign: t('in campaign', '运动期'),
  noCampaign: t('no campaign', '非运动期'),
  window: t('Period', '时段'),
  days: t('days', '天'),
  measure: t('Measure', '指标'),
  difference: t('B − A (95% interval)', 'B − A（95% 区间）'),
  sameSeeds: t('paired runs on the same seeds', '同种子配对运行'),
  noDifference: t('With the same settings on both sides there is nothing to compare: move a lever on B.', '两边设置相同，没有差别：请调整 B 的杠杆。'),
  error: t('This setting cannot run:', '此设置无法运行：'),
  yes: t('yes', '是'),
  no: t('no', '否'),
  headquarters: t('Campaign headquarters', '运动指挥部'),
  chartBacklog: t('Regular work waiting (items, county)', '积压的常规工作（件，全县）'),
  chartFatigue: t('Mean fatigue (0 = rested, 1 = exhausted)', '平均疲劳（0 = 充分休息，1 = 精疲力竭）'),
  chartShirk: t('Hours shirked a day (county)', '每日怠工小时数（全县）'),
  chartShared: t('Shared work waiting for an owner (tasks)', '待认领的共同事务（件）'),
  chartDiff: t('B − A with its 95% interval', 'B − A 及其 95% 区间'),
  progress: t('Progress', '进度'),
  byPeriod: t('A, period by period', 'A 的各时段结果'),
  choices: t('Choices', '选项'),
} satisfies Record<string, Text>;

export const LEVER_TEXT: Record<string, { label: Text; help: Text }> = {
  campaigns: { label: t('Number of campaigns', '运动次数'), help: t('How many 100-day-style campaigns the county runs, one after another.', '县里接连发起多少次“百日攻坚”式运动。') },
  campaignDays: { label: t('Length of each campaign', '每次运动的天数'), help: t('Calendar days each campaign lasts.', '每次运动持续的日历天数。') },
  campaignGap: { label: t('Rest between campaigns', '两次运动之间的间隔'), help: t('Days between the end of one campaign and the start of the next, for staff and backlog to recover.', '一次运动结束到下一次开始之间的天数，供人员恢复、积压消化。') },
  secondedStaff: { label: t('Staff seconded to the headquarters', '抽调到指挥部的人数'), help: t('People moved out of their departments to the campaign headquarters for the whole campaign.', '整个运动期间从各部门抽调到指挥部的人数。') },
  secondmentRule: { label: t('Who is seconded', '抽调规则'), help: t('Proportional to headcount, the same number from every department, or the most skilled county-wide.', '按编制比例、每个部门同样人数，或全县最能干的人。') },
  quotaPerDepartment: { label: t('Minimum from every department', '每个部门至少抽调'), help: t('A quota: even the smallest department must send this many people.', '配额：再小的部门也至少要派出这么多人。') },
  cancelRestDays: { label: t('Rest days cancelled', '取消休息日'), help: t('Weekends and holidays become working days during a campaign.', '运动期间周末和节假日都变成工作日。') },
  overtimePaid: { label: t('Overtime paid', '支付加班费'), help: t('Whether the extra hours of a campaign are paid (case A stopped paying in campaign 3).', '运动期间的加班是否有报酬（案例 A 第三次运动取消了加班费）。') },
  spotChecks: { label: t('Spot checks', '抽查频率'), help: t('Chance each day that a given person is checked without warning during a campaign.', '运动期间每人每天被突击检查的概率。') },
  penalty: { label: t('Penalty when caught', '被查到的处罚'), help: t('How hard a shirker is punished each time a spot check catches them, in hours of pay.', '怠工每被抽查到一次扣多少小时的工资。') },
  officeStrength: { label: t('Strength of the coordinating office', '协调办公室的权威'), help: t('0 = an office in name only, 1 = full authority to assign shared work and make it stick.', '0 = 有名无实，1 = 有完全权力分派共同事务并落实。') },
  responseDays: { label: t('Response limit', '响应时限'), help: t('Days a called department has to do its part after a whistle (0 = the same working day).', '吹哨后被召集部门完成其部分的天数（0 = 当天）。') },
  whistlesPerDay: { label: t('Whistles a day', '每日吹哨次数'), help: t('Shared problems a working day that the street blows the whistle on.', '街道每个工作日就共同问题吹哨的次数。') },
};

/** Units as the schema writes them, translated. */
export const UNIT_TEXT: Record<string, Text> = {
  people: t('people', '人'),
  days: t('days', '天'),
  share: t('share (0–1)', '比例（0–1）'),
  'chance/person/day': t('chance a person a day', '每人每天的概率'),
  "hours' pay/catch": t("hours' pay per catch", '每次被查扣的工资小时数'),
  'items/day': t('a day', '次/天'),
  campaigns: t('campaigns', '次'),
};

export const CHOICE_TEXT: Record<string, Text> = {
  proportional: t('proportional to headcount', '按编制比例'),
  equal: t('equal per department', '各部门相同'),
  skilled: t('the most skilled', '最能干的人'),
};

export const MEASURE_TEXT: Record<string, { label: Text; unit: Text }> = {
  regular_done_per_staff_week: { label: t('Regular work done', '完成的常规工作'), unit: t('items per person a week', '件/人/周') },
  regular_backlog_end: { label: t('Regular work waiting at the end', '期末积压的常规工作'), unit: t('items', '件') },
  worked_hours_per_staff_week: { label: t('Hours worked', '工作时长'), unit: t('hours per person a week', '小时/人/周') },
  shirk_rate: { label: t('Shirking', '怠工率'), unit: t('share of hours', '占工时比例') },
  fatigue_mean: { label: t('Mean fatigue', '平均疲劳'), unit: t('0–1', '0–1') },
  wasted_hours: { label: t('Hours wasted by reversals', '政策反复浪费的工时'), unit: t('hours', '小时') },
  shared_done: { label: t('Shared work done', '完成的共同事务'), unit: t('tasks', '件') },
  shared_wait_days_mean: { label: t('Wait of shared work for an owner', '共同事务等待认领的时间'), unit: t('days', '天') },
  meeting_hours: { label: t('Hours in joint meetings', '联席会议工时'), unit: t('hours', '小时') },
};

export const PRESET_TEXT: Record<string, { title: Text; question: Text }> = {
  'case-a': { title: t('Case A: three 100-day campaigns', '案例 A：三次“百日攻坚”'), question: t('What do three campaigns in a row do to regular work, fatigue and shirking, and would paid overtime (B) have kept shirking down?', '接连三次运动对常规工作、疲劳和怠工有什么影响？如果一直支付加班费（B），怠工会少吗？') },
  'case-b': { title: t('Case B: weak against strong office', '案例 B：弱协调办公室与强协调办公室'), question: t('Does a coordinating office with authority (B) cut how long shared work waits for an owner?', '有权威的协调办公室（B）能否缩短共同事务等待认领的时间？') },
  'case-c': { title: t('Case C: whistle, and a burst of whistles', '案例 C：吹哨报到与集中吹哨'), question: t('What does a burst of whistles (B) do to the departments\' regular work?', '集中吹哨（B）对各部门的常规工作有什么影响？') },
  'case-d': { title: t('Case D: always convene against command centre', '案例 D：每事必开会与指挥中心按需升级'), question: t('Does a command centre that convenes joint conferences only when needed (B) save meeting hours?', '只在必要时召开联席会议的指挥中心（B）能否节省会议工时？') },
  'case-e': { title: t('Case E: partners outside government', '案例 E：政府以外的参与者'), question: t('How much sooner is shared work done when society, market and villages help? Move a lever on B to compare.', '社会、市场和村组织参与后，共同事务能快多少完成？请调整 B 的杠杆进行比较。') },
  overtime: { title: t('Overtime paid or unpaid', '加班有无报酬'), question: t('When the same long hours stop being paid (B), how much more do people shirk?', '同样的长时间工作不再付费（B）后，怠工会增加多少？') },
  'rest-days': { title: t('Rest days cancelled or kept', '取消或保留休息日'), question: t('Does cancelling rest days get more regular work done, or only more tired staff (B keeps them)?', '取消休息日能完成更多常规工作，还是只让人更疲惫（B 保留休息日）？') },
  secondment: { title: t('Secondment by size or by quota', '按规模抽调或按配额抽调'), question: t('Does a quota that takes people from every department (B) hollow out the small ones?', '每个部门都要出人的配额（B）会不会掏空小部门？') },
  'spot-checks': { title: t('Rare or frequent spot checks', '抽查少与抽查多'), question: t('How much do frequent spot checks (B) cut shirking, and is it worth fifty times the checks?', '频繁抽查（B）能减少多少怠工？五十倍的抽查值得吗？') },
};

export const UNIT_NAMES: Record<string, string> = {
  'poverty-office': '扶贫办', agriculture: '农业农村局', education: '教育局', health: '卫健局', 'civil-affairs': '民政局',
  'human-resources': '人社局', labour: '人社局', finance: '财政局', housing: '住建局', transport: '交通运输局', water: '水利局',
  'natural-resources': '自然资源局', 'development-reform': '发改局', statistics: '统计局', audit: '审计局',
  'ethnic-religious': '民宗局', 'science-tech': '科技局', archives: '档案局', 'womens-federation': '妇联',
  'urban-management': '城管执法局', 'market-supervision': '市场监管局', environment: '生态环境局', emergency: '应急管理局',
  'public-security': '公安分局', 'letters-visits': '信访办', 'safety-supervision': '安监局', planning: '规划和自然资源分局',
  fire: '消防队', 'party-mass': '群工部', publicity: '宣传部', 'medical-insurance': '医保局', construction: '建设局',
  hq: '运动指挥部',
};

export const STORY: { preset: string; settings: Record<string, number | boolean>; title: Text; predict: Text; explain: Text }[] = [
  {
    preset: 'case-a', settings: { campaigns: 1 },
    title: t('The county ranks near the bottom and launches one 100-day campaign.', '县里在考核中排名靠后，发起一次“百日攻坚”。'),
    predict: t('About 100 staff are seconded and rest days are cancelled. Will the small bureaus keep up with their regular work?', '抽调约 100 人，取消休息日。小部门还能跟上常规工作吗？'),
    explain: t('Backlog of regular work climbs during the campaign and takes weeks to clear afterwards; fatigue rises while rest days are cancelled.', '运动期间常规工作积压上升，结束后要数周才能消化；取消休息日期间疲劳上升。'),
  },
  {
    preset: 'case-a', settings: { campaigns: 2 },
    title: t('A second campaign follows at once, with fixed village days and daily work diaries.', '紧接着第二次运动，规定驻村日并要求每天写工作日志。'),
    predict: t('Staff have had little rest. Will fatigue start from where it ended, or from zero?', '人员几乎没有休息。疲劳会从上次结束时的水平开始，还是从零开始？'),
    explain: t('Fatigue carries over: the second campaign starts tired, and the diaries eat hours that no longer go to work.', '疲劳会延续：第二次运动一开始人就是累的，而写日志又占用了本可用于工作的时间。'),
  },
  {
    preset: 'case-a', settings: {},
    title: t('A third campaign: two more cadres per department, and holiday overtime pay is banned.', '第三次运动：每个部门再抽两人，并取消节假日加班费。'),
    predict: t('What happens to shirking when the long hours stop being paid?', '长时间工作不再有报酬时，怠工会怎样？'),
    explain: t('Shirking jumps in the third campaign: the expected penalty has not changed, but the value of an extra hour fell.', '第三次运动中怠工明显上升：预期处罚没变，但多干一小时的价值下降了。'),
  },
  {
    preset: 'case-a', settings: { overtimePaid: true },
    title: t('What if overtime had stayed paid?', '如果加班费一直照发呢？'),
    predict: t('Will paying overtime undo the shirking, or is fatigue the bigger cause?', '发加班费能消除怠工吗？还是疲劳才是更大的原因？'),
    explain: t('Compare the shirking line with the previous step: the difference is what the pay ban cost.', '把怠工曲线和上一步比较：差别就是取消加班费的代价。'),
  },
];

/**
 * A summary window's name in the page's language (ids from sim/metrics/windows.ts; campaigns as the
 * shipped scenarios and the campaigns lever name them: `campaign`, `campaign-N`). Other ids are shown as they are.
 */
export function windowLabel(id: string, lang: Lang): string {
  const fixed: Record<string, Text> = {
    warmup: t('Warm-up', '预热期'),
    baseline: t('Before the campaigns', '运动前'),
    campaign: t('Campaign', '运动期'),
    after: t('After the campaigns', '运动后'),
    overall: t('Whole run (after warm-up)', '全程（预热期后）'),
  };
  if (Object.hasOwn(fixed, id)) return fixed[id][lang];
  const n = /^(campaign|gap)-(\d+)$/.exec(id);
  if (!n) return id;
  if (n[1] === 'campaign') return lang === 'zh-CN' ? `第 ${n[2]} 次运动` : `Campaign ${n[2]}`;
  return lang === 'zh-CN' ? `第 ${n[2]} 个间隔期` : `Gap ${n[2]} (between campaigns)`;
}
