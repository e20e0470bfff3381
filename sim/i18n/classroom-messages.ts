import { msg, type Template } from './format.js';

/**
 * Classroom mode's words (sim/classroom/, web/classroom/), terms from the glossary: 攻坚, 抽调,
 * 日常业务, 督查, 跨部门事务. The pages show these; the debrief's sentence is formatted on the server
 * with the same `format` as every other message.
 */
export const CLASSROOM_TEXT = {
  title: msg('Classroom: run the county', '课堂模拟：县里的局长由你来当'),
  joinPrompt: msg('Your name (as the class knows you)', '你的姓名（同学们认识的称呼）'),
  join: msg('Join', '加入'),
  youHead: msg('You head the {department}', '你是{department}的负责人'),
  week: msg('Week {week} of {weeks}', '第 {week} 周（共 {weeks} 周）'),
  paused: msg('The teacher has paused the county', '老师已暂停模拟'),
  ended: msg('The session has ended: look at the screen', '本次模拟已结束，请看大屏幕'),
  staff: msg('Staff at their desks', '在岗人数'),
  seconded: msg('Seconded to the headquarters', '抽调到攻坚指挥部'),
  backlog: msg('Regular work waiting', '积压的日常业务'),
  dropped: msg('Requests never served (so far)', '逾期未办即作废的事项（累计）'),
  fatigue: msg('Fatigue (0 rested, 1 exhausted)', '疲劳程度（0 为精力充沛，1 为精疲力竭）'),
  rank: msg('Assessment ranking: {rank} of {of}', '考核排名：第 {rank} 名（共 {of} 个部门）'),
  decide: msg('Your decisions for this week', '本周的决定'),
  campaignWeight: msg('Weight on campaign tasks against regular duties', '攻坚任务与日常业务之间的精力分配'),
  weightLow: msg('regular duties first', '日常业务优先'),
  weightHigh: msg('campaign first', '攻坚任务优先'),
  extraSecondment: msg('Staff seconded beyond the quota', '在抽调名额之外再多派的人数'),
  shared: msg('Shared tasks offered to you', '交到本部门的跨部门事务'),
  sharedModel: msg('decide case by case', '视情况而定'),
  sharedOwn: msg('take them on', '主动牵头'),
  sharedPass: msg('pass them on', '推给其他部门'),
  tolerateSlack: msg('Turn a blind eye to slack', '对消极怠工睁一只眼闭一只眼'),
  send: msg('Send decisions', '提交决定'),
  sent: msg('Sent for week {week}. You may change them until the week runs.', '第 {week} 周的决定已提交，本周开始前仍可修改。'),
  error: msg('Not accepted: {reason}', '未被接受：{reason}'),
  reconnecting: msg('Connection lost, reconnecting…', '连接已断开，正在重新连接……'),
  removed: msg('The teacher removed you from the session', '老师已将你移出本次模拟'),
  // Teacher's screen.
  joinAt: msg('Join at', '扫码或输入网址加入'),
  // Placeholders only (no plural or select) in what the pages show: they fill them in the browser.
  students: msg('Students: {n}; decided this week: {decided}', '学生 {n} 人，本周已有 {decided} 人作出决定'),
  step: msg('Run one week', '推进一周'),
  pause: msg('Pause', '暂停'),
  resume: msg('Resume', '继续'),
  end: msg('End and debrief', '结束并复盘'),
  pace: msg('Seconds a week (0 = by hand)', '每周秒数（0 为手动推进）'),
  ranking: msg('Assessment ranking', '考核排名'),
  kick: msg('Remove', '移出'),
  move: msg('Move to', '调到'),
  debrief: msg('Debrief', '复盘'),
  armClass: msg('Your class', '本班'),
  armModel: msg('Model heads', '模型中的局长'),
  armIgnore: msg('Heads who ignore the assessment', '不看考核的局长'),
  colCampaign: msg('Campaign tasks done', '完成的攻坚任务'),
  colRegular: msg('Regular work done', '办结的日常业务'),
  colDropped: msg('Requests never served', '逾期未办即作废的事项'),
  colFatigue: msg('Mean fatigue', '平均疲劳程度'),
  perStudent: msg('Each head: their department under the class and under the model\'s heads', '每位负责人：本部门在本班决策下与在模型局长决策下的结果'),
  colStudent: msg('Head', '负责人'),
  colDepartment: msg('Department', '部门'),
  colWeeks: msg('Weeks decided', '作出决定的周数'),
  classVsModel: msg('{class} (model: {model})', '{class}（模型：{model}）'),
  // {…Sign} is "fewer" or "more"; the differences are given without sign.
  tradeOff: msg(
    'Same county, same random numbers: against heads who ignore the assessment, your class finished {campaignDiff} {campaignSign, select, fewer {fewer} other {more}} campaign tasks and left {droppedDiff} {droppedSign, select, fewer {fewer} other {more}} requests never served. The model\'s heads finished {modelCampaign} campaign tasks and left {modelDropped} requests never served.',
    '同一个县、同一组随机数：与不看考核的局长相比，本班{campaignSign, select, fewer {少} other {多}}完成了 {campaignDiff} 件攻坚任务，逾期未办即作废的群众事项{droppedSign, select, fewer {少} other {多}}了 {droppedDiff} 件。模型中的局长完成了 {modelCampaign} 件攻坚任务，{modelDropped} 件事项逾期未办即作废。',
  ),
  // The projector's charts (web/classroom/projector.ts).
  // Titles carry the unit: a y axis title longer than a projector's short chart ran off it.
  servedChart: msg('Regular work served (items a week)', '每周办结的日常业务（件）'),
  campaignChart: msg('Campaign tasks done (items a week)', '每周完成的攻坚任务（件）'),
  neverServedSoFar: msg('Requests never served (items, in total)', '累计逾期作废事项（件）'),
  campaignSoFar: msg('Campaign tasks done (items, in total)', '累计完成的攻坚任务（件）'),
  rankingAxis: msg('score', '得分'),
  rankingNote: msg('Score: items done per person, weighted as the assessment weighs each kind', '得分：人均办结事项，按考核权重计'),
  // A phone over its network address's limits (sim/classroom/address-limits.ts).
  addressJoins: msg(
    'Too many phones have joined from this network address just now: wait a minute and join again. (If the whole class shares one address, the teacher restarts with --no-address-limit.)',
    '同一网络地址刚刚加入的手机太多：请等一分钟再加入。（如果全班共用一个网络地址，请老师加上 --no-address-limit 重新启动。）',
  ),
  addressMessages: msg('Too many messages from this network address: wait a moment and send again.', '同一网络地址发送的消息太多：请稍等片刻再提交。'),
  roster: msg('Students and their departments', '学生及所在部门'),
} satisfies Record<string, Template>;

export type ClassroomTextKey = keyof typeof CLASSROOM_TEXT;
