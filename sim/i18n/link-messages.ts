import { msg } from './format.js';

/**
 * Why a part of a teachers'-page link was left out, in both languages: the page shows them in its
 * error line in the page's language, the command line in English. Lever ids (`whistlesPerDay`) and
 * link keys (`p=`) stay as written in the link, the way a file's field names do.
 */
export const LINK_MESSAGES = {
  notEncoded: msg('"{part}" is not properly encoded', '“{part}”的编码有误'),
  unknownKey: msg('"{key}" is not part of a deptsim link', '“{key}”不是 deptsim 链接的组成部分'),
  noLesson: msg('no lesson (p=...) in the link', '链接中没有课题（p=...）'),
  unknownPreset: msg('"{name}" is not a shipped scenario ({key}=...)', '“{name}”不是随附的场景（{key}=...）'),
  badSeed: msg('the seed "{seed}" is not a whole number from 0 to {max}', '随机种子“{seed}”不是 0 至 {max} 之间的整数'),
  versionDiffers: msg(
    'the link was made with deptsim {then}, this is {now}; the numbers may differ',
    '该链接由 deptsim {then} 生成，当前版本为 {now}，结果可能不同',
  ),
  badReplicates: msg('runs per side n={n} is not a whole number from {min} to {max}', '每方运行次数 n={n} 不是 {min} 至 {max} 之间的整数'),
  badDay: msg('day={day} is not a day of the run', 'day={day} 不是运行中的某一天'),
  badLang: msg('language "{lang}" (the page speaks en and zh-CN)', '不支持语言“{lang}”（本页面支持 en 与 zh-CN）'),
  unknownLever: msg(
    '"{id}" is not a lever this version of deptsim knows (known: {known})',
    '“{id}”不是当前版本 deptsim 的调节项（可用的有：{known}）',
  ),
  notBoolean: msg('{id} must be true or false, not "{value}"', '{id} 只能是 true 或 false，而不是“{value}”'),
  notChoice: msg('{id}: "{value}" is not one of its choices', '{id}：“{value}”不是可选项之一'),
  notNumber: msg('{id} must be a number, not "{value}"', '{id} 必须是数字，而不是“{value}”'),
  notWhole: msg('{id} must be a whole number, not {value}', '{id} 必须是整数，而不是 {value}'),
  outOfRange: msg('{id} = {value} is outside its range {min} to {max}', '{id} = {value} 超出取值范围（{min} 至 {max}）'),
  refused: msg('{id} = {value}: {reason}', '{id} = {value}：场景不接受该取值，或运行规模超出预算'),
  bSide: msg('B side: {problem}', 'B 方：{problem}'),
} as const;
