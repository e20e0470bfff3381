// The teacher's screen of a classroom session (served by sim/classroom/pages.ts, bundled for the
// browser by sim/cli/build.mjs): the county as the class runs it, the assessment ranking and what
// citizens got, week by week, drawn with the teachers' page's own charts (web/charts.ts) at its
// projector sizes; the debrief sets the class beside the model's heads and heads who ignore the
// assessment. Names reach the page as text (textContent), never as markup.
import { COLOURS, dayChart, diffChart, linesLegendHtml, setLine, type ChartText, type DayChart, type LineStyle } from '../charts.js';
import { campaignBands, dayDate, type Point } from '../series.js';
import { CLASSROOM_TEXT, type ClassroomTextKey } from '../../sim/i18n/classroom-messages.js';
import { format, localeOf, num, type Locale, type Values } from '../../sim/i18n/format.js';
import { MESSAGES } from '../../sim/i18n/messages.js';

type LocalName = Record<Locale, string>;
interface CountyWeek { regularDone: number; campaignDone: number; dropped: number }
interface ArmWeeks { campaignDone: number[]; regularDone: number[]; dropped: number[] }
type ArmId = 'class' | 'model' | 'ignore';
interface TeacherView {
  t: 'county';
  week: number;
  weeks: number;
  status: 'running' | 'paused' | 'ended';
  done: boolean;
  pace: number;
  links: { student: string; qr: string[] };
  start: string;
  campaignOfDay: number[];
  departments: { id: string; name: LocalName }[];
  students: { token: string; name: string; department: string; decided: boolean; weeks: number }[];
  series: CountyWeek[];
  ranking: { department: string; score: number; name: LocalName }[];
  debrief: null | {
    arms: { id: ArmId; totals: { campaignDone: number; regularDone: number; dropped: number; fatigue: number }; weeks: ArmWeeks }[];
    departments: { department: string; class: { campaignDone: number; dropped: number }; model: { campaignDone: number; dropped: number } }[];
    sentence: Record<Locale, string>;
  };
}

/** Text a class at the back of the room reads: the teachers' page's projector size (web/main.ts). */
const FONT_PX = 28;
/** Dates on the x axis: months within a year (a projector's narrow charts have no room for the year on every label), else as the teachers' page writes them. */
const dateFormat = (days: number): string => (days <= 366 ? { en: '%b', 'zh-CN': '%-m月' } : { en: '%b %Y', 'zh-CN': '%Y年%-m月' })[locale];
/** Counts start at 0 and an empty chart still gets whole-number ticks. */
const COUNT_DOMAIN = [0, 10];
const ARM_TEXT: Record<ArmId, ClassroomTextKey> = { class: 'armClass', model: 'armModel', ignore: 'armIgnore' };
/** The debrief's three lines: the class solid blue, the model's heads dashed vermillion, heads who ignore the assessment dotted green. */
const ARM_LINES: Record<ArmId, LineStyle & { svgDash: string }> = {
  class: { label: 'class', colour: COLOURS.a, dash: [1, 0], svgDash: 'none' },
  model: { label: 'model', colour: COLOURS.b, dash: [8, 4], svgDash: '9 5' },
  ignore: { label: 'ignore', colour: COLOURS.c, dash: [2, 3], svgDash: '2 4' },
};
const ARMS: ArmId[] = ['class', 'model', 'ignore'];

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
let locale: Locale = localeOf(navigator.language);
const t = (key: ClassroomTextKey, values: Values = {}) => format(CLASSROOM_TEXT[key], locale, values);
const key = new URLSearchParams(location.hash.slice(1)).get('key') ?? '';
let view: TeacherView | null = null;
let ws: WebSocket | null = null;

const cell = (tr: HTMLElement, text: string, cls = '', tag = 'td') => {
  const c = document.createElement(tag);
  c.textContent = text;
  if (cls) c.className = cls;
  tr.append(c);
  return c;
};

function drawQr(svg: SVGSVGElement, rows: string[]): void {
  if (svg.dataset.drawn === rows.join('')) return;
  svg.dataset.drawn = rows.join('');
  svg.replaceChildren();
  const n = rows.length;
  // A quiet zone of four modules round the code, as scanners expect.
  svg.setAttribute('viewBox', `-4 -4 ${n + 8} ${n + 8}`);
  rows.forEach((row, y) =>
    [...row].forEach((bit, x) => {
      if (bit !== '1') return;
      const r = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
      r.setAttribute('x', String(x));
      r.setAttribute('y', String(y));
      r.setAttribute('width', '1.02');
      r.setAttribute('height', '1.02');
      svg.append(r);
    }),
  );
}

function send(msg: unknown): void {
  if (ws && ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(msg));
}

// ---------- charts ----------
type LiveFigure = 'served' | 'never' | 'campaign';
let live: { figure: LiveFigure; chart: DayChart }[] = [];
let debriefCharts: { figure: 'campaign' | 'never'; chart: DayChart }[] = [];
/** Charts are laid out again for a new size or language; a newer layout makes an older one's drawing moot. */
let generation = 0;

/** Weekly figures as points on each week's first day; cumulative when asked (what citizens lost so far). */
function weekPoints(start: string, xs: number[], cumulative: boolean): Point[] {
  let total = 0;
  return xs.map((x, w) => ({ t: dayDate(start, w * 7), v: cumulative ? (total += x) : x }));
}

/** Text width at the charts' size: 0.62 em a Latin character, 1 em a Chinese one (as web/charts.ts wraps titles). */
const textWidth = (s: string) => [...s].reduce((a, c) => a + (c.charCodeAt(0) > 0x2e80 ? 1 : 0.62), 0) * FONT_PX;

/**
 * The campaigns as shaded bands, each labelled "Campaign n"; a band too narrow on this chart for
 * its label (short campaigns on a long calendar) is labelled with its number alone, or the labels
 * of neighbouring bands ran into each other.
 */
function bandsOf(v: TeacherView, chartWidth: number) {
  const plot = Math.max(1, chartWidth - 5 * FONT_PX);
  const days = Math.max(1, v.campaignOfDay.length);
  return campaignBands({ start: v.start, campaignOfDay: v.campaignOfDay }).map((b) => {
    const label = format(MESSAGES.campaignShort, locale, { n: b.n });
    return { from: b.from, to: b.to, label: textWidth(label) + FONT_PX / 2 < (plot * b.days) / days ? label : String(b.n) };
  });
}

/** A chart box's size now: its width, and the height the layout gives it (a screen's half, less its neighbours). */
function sizeOf(el: HTMLElement): { width: number; height: number; font: number } {
  return { width: Math.floor(el.clientWidth), height: Math.floor(el.clientHeight), font: FONT_PX };
}

/** A chart's words: the title says what and in what unit (no y axis title), the campaign is labelled on its band. */
function chartText(title: string, days: number): ChartText {
  return { title, subtitle: '', yTitle: '', xTitle: '', dateFormat: dateFormat(days), describe: title };
}

async function layoutCharts(): Promise<void> {
  const g = ++generation;
  const v = view;
  const days = v?.campaignOfDay.length ?? 0;
  const liveBoxes: [LiveFigure, string, ChartText][] = [
    ['served', 'chart-served', chartText(t('servedChart'), days)],
    ['never', 'chart-never', chartText(t('neverServedSoFar'), days)],
    ['campaign', 'chart-campaign', chartText(t('campaignChart'), days)],
  ];
  const debriefBoxes: ['campaign' | 'never', string, ChartText][] = [
    ['campaign', 'chart-d-campaign', chartText(t('campaignSoFar'), days)],
    ['never', 'chart-d-never', chartText(t('neverServedSoFar'), days)],
  ];
  const showDebrief = !!v?.debrief;
  const made = await Promise.all(
    (showDebrief ? [] : liveBoxes).map(async ([figure, id, text]) => {
      const el = $(id);
      el.replaceChildren();
      return { figure, chart: await dayChart(el, text, sizeOf(el), COUNT_DOMAIN, [{ label: 'class', colour: COLOURS.a, dash: [1, 0] }]) };
    }),
  );
  const madeDebrief = await Promise.all(
    (showDebrief ? debriefBoxes : []).map(async ([figure, id, text]) => {
      const el = $(id);
      el.replaceChildren();
      return { figure, chart: await dayChart(el, text, sizeOf(el), COUNT_DOMAIN, ARMS.map((a) => ARM_LINES[a])) };
    }),
  );
  if (g !== generation) return;
  live = made;
  debriefCharts = madeDebrief;
  await drawCharts();
}

async function drawCharts(): Promise<void> {
  const v = view;
  if (!v) return;
  // The charts' cursor rests on the first day, on the y axis: a line's end shows where the class
  // is, and a cursor inside the campaign crossed its label (第一次攻坚 read as 第十次).
  const cursor = dayDate(v.start, 0);
  const column = (f: keyof CountyWeek) => v.series.map((w) => w[f]);
  await Promise.all(
    live.map(({ figure, chart }) =>
      setLine(
        chart,
        'class',
        figure === 'served' ? weekPoints(v.start, column('regularDone'), false) : figure === 'never' ? weekPoints(v.start, column('dropped'), true) : weekPoints(v.start, column('campaignDone'), false),
        cursor,
        bandsOf(v, chart.el.clientWidth),
      ),
    ),
  );
  const db = v.debrief;
  if (db)
    for (const { figure, chart } of debriefCharts)
      for (const a of db.arms) await setLine(chart, a.id, weekPoints(v.start, figure === 'campaign' ? a.weeks.campaignDone : a.weeks.dropped, true), cursor, a.id === 'class' ? bandsOf(v, chart.el.clientWidth) : undefined);
  await drawRanking(v);
  document.body.dataset.drawn = String(Number(document.body.dataset.drawn ?? 0) + 1);
}

/** The ranking the heads see, best first: each department's score as a bar from zero (the page's interval chart). */
async function drawRanking(v: TeacherView): Promise<void> {
  const el = $('chart-ranking');
  if (v.debrief || el.clientWidth <= 0) return;
  // A long name (Human Resources and Social Security Bureau) is cut to leave the bars room; the chart's description names it whole.
  const cut = (s: string) => (textWidth(s) <= el.clientWidth * 0.45 ? s : `${[...s].slice(0, Math.floor((el.clientWidth * 0.45) / (textWidth(s) / [...s].length)) - 1).join('').trimEnd()}…`);
  const rows = v.ranking.map((r, i) => ({ measure: `${i + 1}. ${cut(r.name[locale])}`, mean: r.score, lo: 0, hi: r.score }));
  const described = v.ranking.map((r, i) => `${i + 1}. ${r.name[locale]}: ${num(r.score, locale)}`).join('; ');
  // The axis's last label is centred on its tick: the chart leaves it room at the box's right (width
  // less a character). The box's height, or more when many departments need rows a class can read (the box then scrolls).
  const height = Math.max(el.clientHeight, Math.round(rows.length * FONT_PX * 1.5 + FONT_PX * 5));
  el.replaceChildren();
  await diffChart(el, { title: t('ranking'), axis: t('rankingAxis'), describe: described }, rows, { width: el.clientWidth - FONT_PX, height, font: FONT_PX });
}

// ---------- the rest of the screen ----------
function renderText(): void {
  document.documentElement.lang = locale;
  document.title = t('title');
  $('lang').textContent = locale === 'en' ? '中文' : 'English';
  for (const el of document.querySelectorAll<HTMLElement>('[data-t]')) el.textContent = t(el.dataset.t as ClassroomTextKey);
  const v = view;
  if (!v) return;
  $('url').textContent = v.links.student;
  drawQr($('qr') as unknown as SVGSVGElement, v.links.qr);
  $('week').textContent = t('week', { week: Math.min(v.week + 1, v.weeks), weeks: v.weeks });
  renderCount(v.students.length, v.students.filter((s) => s.decided).length);
  $('pause').textContent = v.status === 'paused' ? t('resume') : t('pause');
  for (const id of ['step', 'pause', 'end']) ($(id) as HTMLButtonElement).disabled = v.status === 'ended';
  const pace = $<HTMLInputElement>('pace');
  if (document.activeElement !== pace) pace.value = String(v.pace);
  renderRoster(v);
  const db = v.debrief;
  $('live').hidden = !!db;
  $('debrief').hidden = !db;
  if (db) renderDebrief(v, db);
}

function renderCount(n: number, decided: number): void {
  $('count').textContent = t('students', { n, decided });
}

function renderRoster(v: TeacherView): void {
  const st = $('students');
  st.replaceChildren();
  for (const s of v.students) {
    const tr = document.createElement('tr');
    cell(tr, (s.decided ? '✓ ' : '· ') + s.name);
    const sel = document.createElement('select');
    sel.setAttribute('aria-label', t('move'));
    for (const d of v.departments) {
      const o = document.createElement('option');
      o.value = d.id;
      o.textContent = d.name[locale];
      o.selected = d.id === s.department;
      sel.append(o);
    }
    sel.onchange = () => send({ t: 'move', token: s.token, department: sel.value });
    cell(tr, '').append(sel);
    const b = document.createElement('button');
    b.textContent = t('kick');
    b.onclick = () => send({ t: 'kick', token: s.token });
    cell(tr, '').append(b);
    st.append(tr);
  }
}

function renderDebrief(v: TeacherView, db: NonNullable<TeacherView['debrief']>): void {
  $('sentence').textContent = db.sentence[locale];
  $('legend').innerHTML = linesLegendHtml(ARMS.map((a) => ({ name: t(ARM_TEXT[a]), colour: ARM_LINES[a].colour, dash: ARM_LINES[a].svgDash })));
  const arms = $('arms');
  arms.replaceChildren();
  const head = document.createElement('tr');
  for (const k of ['', 'colCampaign', 'colRegular', 'colDropped', 'colFatigue'] as const) cell(head, k ? t(k) : '', '', 'th');
  arms.append(head);
  for (const a of db.arms) {
    const tr = document.createElement('tr');
    cell(tr, t(ARM_TEXT[a.id]), '', 'th');
    cell(tr, num(a.totals.campaignDone, locale), 'n');
    cell(tr, num(a.totals.regularDone, locale), 'n');
    cell(tr, num(a.totals.dropped, locale), 'n');
    cell(tr, num(a.totals.fatigue, locale, 2), 'n');
    arms.append(tr);
  }
  const heads = $('heads');
  heads.replaceChildren();
  const hr = document.createElement('tr');
  for (const k of ['colStudent', 'colDepartment', 'colWeeks', 'colCampaign', 'colDropped'] as const) cell(hr, t(k), '', 'th');
  heads.append(hr);
  const deptName = new Map(v.departments.map((d) => [d.id, d.name[locale]]));
  const byDept = new Map(db.departments.map((d) => [d.department, d]));
  for (const s of v.students) {
    const d = byDept.get(s.department);
    if (!d) continue;
    const tr = document.createElement('tr');
    cell(tr, s.name);
    cell(tr, deptName.get(s.department) ?? s.department);
    cell(tr, String(s.weeks), 'n');
    cell(tr, t('classVsModel', { class: num(d.class.campaignDone, locale), model: num(d.model.campaignDone, locale) }), 'n');
    cell(tr, t('classVsModel', { class: num(d.class.dropped, locale), model: num(d.model.dropped, locale) }), 'n');
    heads.append(tr);
  }
}

let laidOutFor = '';
/** Lay the charts out again when what they show changed shape (language, size, debrief); else draw into them. */
async function update(): Promise<void> {
  renderText();
  const shape = `${locale}|${innerWidth}x${innerHeight}|${view?.debrief ? 'debrief' : 'live'}`;
  if (shape !== laidOutFor) {
    laidOutFor = shape;
    await layoutCharts();
  } else await drawCharts();
}

function connect(): void {
  ws = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws?role=teacher&key=${encodeURIComponent(key)}`);
  ws.onmessage = (e) => {
    const m = JSON.parse(String(e.data));
    if (m.t === 'county') {
      view = m as TeacherView;
      $('error').textContent = '';
      void update();
    } else if (m.t === 'decided' && view) {
      for (const s of view.students) if (s.token === m.token) s.decided = true;
      renderCount(m.students, m.decided);
      renderRoster(view);
    } else if (m.t === 'error') $('error').textContent = m.reason;
  };
  ws.onclose = () => {
    $('error').textContent = t('reconnecting');
    setTimeout(connect, 1000);
  };
}

$('step').onclick = () => send({ t: 'step' });
$('pause').onclick = () => send({ t: view && view.status === 'paused' ? 'resume' : 'pause' });
$('end').onclick = () => send({ t: 'end' });
$('pace').onchange = () => send({ t: 'pace', seconds: Math.max(0, Math.min(600, Math.round(Number($<HTMLInputElement>('pace').value) || 0))) });
$('lang').onclick = () => {
  locale = locale === 'en' ? 'zh-CN' : 'en';
  void update();
};
let resizeTimer: ReturnType<typeof setTimeout> | undefined;
addEventListener('resize', () => {
  clearTimeout(resizeTimer);
  resizeTimer = setTimeout(() => void update(), 200);
});
renderText();
connect();
