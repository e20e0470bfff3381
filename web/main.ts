import { applySettings, checkWork, DEFAULT_BUDGET, formatProblem, LEVERS, linkFragment, readLink, scenarioYaml, ScenarioError, type LeverValue, type Scenario, type Settings, type PageLink } from './library.js';
import { compareSentence, format, MEASURE_TEXT, MESSAGES, num, percent, points, periodName, type Template } from '../sim/i18n/index.js';
import { CJK_FAMILY } from '../sim/report/font-family.js';
import { dayChart, diffChart, FONT, legendHtml, setCursor, setSide, type ChartText, type DayChart } from './charts.js';
import { FIGURE_TEXT, PRESET_TEXT, STORY, UI, UNIT_NAMES, type Lang } from './i18n.js';
import { leverControl } from './levers-ui.js';
import { PRESETS, scenarioOf, type Preset } from './presets.js';
import type { CompareResult, LiveResult, Side, UnitField } from './protocol.js';
import { Runs, type RunsView } from './runs.js';
import { campaignBands, dayDate, figurePoints, placeOfDay, WEEKLY, type Figure } from './series.js';

const VERSION = __DEPTSIM_VERSION__;

interface PageState {
  lang: Lang;
  preset: Preset;
  seed: number;
  a: Settings;
  b: Settings;
  n: number;
  day: number;
  projector: boolean;
  story: number | null;
  /** In a story step: the class has predicted and pressed "Run and see". */
  revealed: boolean;
}

// ---------- lessons: their key chart, and B's settings when a lesson opens ----------
const KEY_FIGURE: Record<string, Figure> = {
  'case-a': 'shirk', 'case-b': 'shared', 'case-c': 'doneRegular', 'case-d': 'meetings', 'case-e': 'shared',
  overtime: 'shirk', 'rest-days': 'doneRegular', secondment: 'backlog', 'spot-checks': 'shirk',
};
const DEFAULT_B: Record<string, Settings> = { 'case-a': { overtimePaid: true } };
const defaultB = (p: Preset): Settings => ({ ...(DEFAULT_B[p.id] ?? {}) });

function presetFor(a: string, b?: string): Preset {
  return PRESETS.find((p) => p.a === a && (!b || p.b === b)) ?? PRESETS.find((p) => p.a === a) ?? PRESETS[0];
}

const shippedPreset = (name: string): Scenario | undefined => {
  try {
    return scenarioOf(name);
  } catch {
    return undefined;
  }
};

/** The state a link describes; what the link got wrong is named in `notes` (shown in the error line). */
function fromHash(): { state: PageState; notes: string[] } {
  const preset = PRESETS[0];
  const base: PageState = { lang: 'en', preset, seed: scenarioOf(preset.a).seed, a: {}, b: defaultB(preset), n: 10, day: 0, projector: false, story: null, revealed: false };
  if (!location.hash || location.hash === '#') return { state: base, notes: [] };
  const { link, said } = readLink(location.hash, { version: VERSION, preset: shippedPreset });
  const lang: Lang = link.lang === 'zh-CN' ? 'zh-CN' : 'en';
  // What was ignored, in the link's own language (the page opens in it).
  const { ignored, warnings } = said[lang];
  const sep = lang === 'zh-CN' ? '；' : '; ';
  const notes = [
    ...(ignored.length ? [format(UI.linkIgnored, lang, { list: ignored.join(sep) })] : []),
    ...(warnings.length ? [format(UI.linkWarning, lang, { list: warnings.join(sep) })] : []),
  ];
  const p = link.preset ? presetFor(link.preset, link.b?.preset) : preset;
  return {
    state: {
      lang,
      preset: p,
      seed: Number.isSafeInteger(link.seed) ? link.seed : scenarioOf(p.a).seed,
      a: link.preset ? link.settings : {},
      b: link.b ? link.b.settings : defaultB(p),
      n: link.replicates ?? 10,
      day: link.day ?? 0,
      projector: !!link.projector,
      story: null,
      revealed: false,
    },
    notes,
  };
}

function link(st: PageState): PageLink {
  return { version: VERSION, preset: st.preset.a, seed: st.seed, settings: st.a, b: { preset: st.preset.b, settings: st.b }, replicates: st.n, day: st.day, lang: st.lang, projector: st.projector };
}

let state: PageState;
const tr = (x: Template, values?: Record<string, string | number>) => format(x, state.lang, values);

// ---------- the scenarios the page runs ----------
function scenarios(): { a: Scenario; b: Scenario } {
  const a = { ...applySettings(scenarioOf(state.preset.a), state.a), seed: state.seed };
  const b = { ...applySettings(scenarioOf(state.preset.b), state.b), seed: state.seed };
  return { a, b };
}

/** A and B named by what they are (the legend, the sentence), "(changed)" once a setting moved. */
function sideNames(): { a: string; b: string } {
  const step = state.story === null ? null : STORY[state.story];
  if (step) return { a: tr(step.aLabel), b: tr(step.bLabel) };
  const p = PRESET_TEXT[state.preset.id];
  const same = (x: Settings, y: Settings) => JSON.stringify(Object.entries(x).sort()) === JSON.stringify(Object.entries(y).sort());
  const a = tr(p.a);
  const b = tr(p.b);
  return { a: Object.keys(state.a).length ? tr(UI.changed, { label: a }) : a, b: same(state.b, defaultB(state.preset)) ? b : tr(UI.changed, { label: b }) };
}

const keyFigure = (): Figure => (state.story === null ? KEY_FIGURE[state.preset.id] : (STORY[state.story].figure as Figure));
const keyMeasure = (): string => (state.story === null ? state.preset.measure : STORY[state.story].measure);

/** The figures under "More charts": every other one that means something for the lesson. */
function moreFigures(): Figure[] {
  const s = scenarioOf(state.preset.a);
  const shared = s.sharedDuties.length > 0;
  const all: Figure[] = ['backlog', 'neverServed', 'fatigue', 'shirk', 'doneRegular', 'shared', 'meetings'];
  return all.filter((f) => f !== keyFigure() && (shared || (f !== 'shared' && f !== 'meetings')));
}

// ---------- runs and the status line ----------
let runs: Runs;
let compared: CompareResult | null = null;
let charts: { figure: Figure; chart: DayChart }[] = [];
type Status = 'running' | 'comparing' | 'ready' | 'error';
let status: Status = 'running';

function setStatus(s: Status) {
  status = s;
  const el = document.querySelector('#status');
  if (el) el.textContent = s === 'running' ? tr(UI.running) : s === 'comparing' ? tr(UI.comparing, { n: state.n }) : s === 'ready' ? tr(UI.ready) : tr(UI.error);
  document.body.dataset.status = s;
}

/** Rerun the sides whose settings changed (a new lesson, seed or story step: both). */
function rerun(sides: readonly Side[] = ['a', 'b']) {
  let sc: { a: Scenario; b: Scenario };
  try {
    sc = scenarios();
    // Refused here, before any worker starts: the same budget as `deptsim run`.
    checkWork([sc.a, sc.b], state.n + 1, false, DEFAULT_BUDGET);
  } catch (e) {
    showError(e instanceof ScenarioError ? e.problems.map(formatProblem).join('\n') : `${tr(UI.error)} ${(e as Error).message}`);
    setStatus('error');
    return;
  }
  showError('');
  setStatus('running');
  document.querySelector('#sentence')?.classList.add('stale');
  runs.change(sides, sc, state.seed, state.n);
  writeHash();
}

const view: RunsView = {
  drawLive,
  settled() {
    document.body.dataset.liveId = String(runs.whole.length);
    document.body.dataset.redrawMs = String(Math.round(runs.whole[runs.whole.length - 1]));
    setStatus('comparing');
  },
  async drawCompare(result) {
    compared = result;
    await drawCompare();
    setStatus('ready');
    document.body.dataset.compareId = String(Number(document.body.dataset.compareId ?? 0) + 1);
  },
  progress: setProgress,
  error: (message) => {
    showError(`${tr(UI.error)} ${message}`);
    setStatus('error');
  },
};

// ---------- drawing ----------
const $ = <T extends HTMLElement = HTMLElement>(sel: string) => document.querySelector(sel) as T;
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const fontSize = () => (state.projector ? 28 : 14);
const unitName = (r: LiveResult, i: number) => (i === r.hq ? tr(UI.headquarters) : state.lang === 'zh-CN' ? UNIT_NAMES[r.units[i]] ?? r.unitNames[i] : r.unitNames[i]);
const dateText = (t: number) => new Intl.DateTimeFormat(state.lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(t);
const TABLE_MEASURES = ['regular_done_per_staff_week', 'worked_hours_per_staff_week', 'shirk_rate', 'fatigue_mean', 'regular_backlog_end', 'regular_lapsed'] as const;
/** A measure's value as the tables show it: shares in per cent. */
const value = (m: string, x: number | null | undefined) => (MEASURE_TEXT[m]?.kind === 'share' ? percent(x, state.lang) : num(x, state.lang));

async function drawLive(sides: readonly Side[] = ['a', 'b']) {
  const a = runs.live.a;
  if (a) state.day = Math.min(state.day, a.days - 1);
  const cursor = a ? dayDate(a.start, state.day) : 0;
  const bands = a ? campaignBands(a).map((b) => ({ from: b.from, to: b.to, label: tr(MESSAGES.campaignShort, { n: b.n }) })) : undefined;
  await Promise.all(
    charts.flatMap(({ figure, chart }) =>
      sides.filter((s) => runs.live[s]).map((s) => setSide(chart, s, figurePoints(figure, runs.live[s]!), cursor, s === 'a' ? bands : undefined)),
    ),
  );
  if (!a) return;
  // The browser test reads when the first chart was drawn with a run in it (ms since the page opened).
  if (charts.length && !document.body.dataset.firstChartMs) document.body.dataset.firstChartMs = String(Math.round(performance.now()));
  const slider = $<HTMLInputElement>('#day');
  slider.max = String(a.days - 1);
  slider.value = String(state.day);
  await drawDay(false);
  if (!a.summary || !sides.includes('a')) return;
  const sc = scenarioOf(state.preset.a);
  const ids = applySettings(sc, state.a).campaigns.map((c) => c.id);
  $('#summary').innerHTML = `<table><caption>${esc(tr(UI.byPeriod))}</caption><thead><tr><th>${esc(tr(UI.window))}</th><th>${esc(tr(UI.days))}</th>${TABLE_MEASURES
    .map((k) => `<th>${esc(tr(MEASURE_TEXT[k].name))}<br><span class="unit">${esc(tr(MEASURE_TEXT[k].axis))}</span></th>`)
    .join('')}</tr></thead><tbody>${a.summary.windows
    .map((w) => `<tr><td>${esc(periodName(w.id, state.lang, ids, w.to - w.from))}</td><td>${w.to - w.from}</td>${TABLE_MEASURES.map((k) => `<td>${value(k, w.county[k] as number)}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
  $('#summary').dataset.summary = JSON.stringify(a.summary);
}

/** Where the day slider's day is: "day 40 of campaign 2 (3 Aug 2017)". */
function placeText(a: LiveResult, d: number): string {
  const p = placeOfDay(a, d);
  return p ? tr(MESSAGES.dayOfCampaign, { d: p.dayOf, n: p.campaign }) : tr(MESSAGES.dayOfRun, { d: d + 1 });
}

/** The day slider's day: the cursor on every chart (unless just drawn with the data) and the county's table. */
async function drawDay(cursor = true) {
  const a = runs.live.a;
  if (!a) return;
  const d = state.day;
  const t = dayDate(a.start, d);
  $('#day-out').textContent = `${dateText(t)} · ${placeText(a, d)}`;
  if (cursor) await Promise.all(charts.map((c) => setCursor(c.chart, t)));
  // A run in progress has not reached every day yet: its table waits for the day.
  if (d >= a.day) return;
  const U = a.units.length;
  const at = (f: UnitField, r: number) => a.states[f][d * U + r];
  $('#daystate').innerHTML = `<table><caption>${esc(tr(UI.countyOn, { date: dateText(t), place: placeText(a, d) }))}</caption><thead><tr><th>${esc(tr(UI.unit))}</th><th>${esc(tr(UI.staffHere))}</th><th>${esc(tr(UI.seconded))}</th><th>${esc(tr(UI.backlog))}</th><th>${esc(tr(UI.fatigue))}</th><th>${esc(tr(UI.sick))}</th></tr></thead><tbody>${a.units
    .map((_u, r) => `<tr><td>${esc(unitName(a, r))}</td><td>${num(at('staff', r), state.lang)}</td><td>${num(at('seconded', r), state.lang)}</td><td>${num(at('backlog', r), state.lang)}</td><td>${num(at('fatigue', r), state.lang, 2)}</td><td>${num(at('sick', r), state.lang)}</td></tr>`)
    .join('')}</tbody></table>`;
}

async function drawCompare() {
  if (!compared) return;
  const sc = scenarios();
  const same = JSON.stringify(sc.a) === JSON.stringify({ ...sc.b, name: sc.a.name, description: sc.a.description });
  const m = compared.measures.find((x) => x.measure === keyMeasure()) ?? compared.measures[0];
  const sentence = same
    ? tr(MESSAGES.compareSame)
    : compareSentence({ measure: m.measure, a: m.a.mean, b: m.b.mean, diff: { mean: m.diff.mean, lo: m.diff.ci_low, hi: m.diff.ci_high }, n: compared.n, lower: m.lower }, sideNames(), state.lang);
  const el = $('#sentence');
  el.textContent = sentence;
  el.classList.remove('stale');
  const diffText = (k: string, x: number | null | undefined) => (MEASURE_TEXT[k]?.kind === 'share' ? points(x, state.lang) : num(x, state.lang, 2));
  $('#compare-table').innerHTML = `<table><caption>${esc(tr(MESSAGES.pairedRuns, { n: compared.n }))}</caption><thead><tr><th>${esc(tr(UI.measure))}</th><th>A</th><th>B</th><th>${esc(tr(UI.difference))}</th></tr></thead><tbody>${compared.measures
    .map((x) => `<tr><td>${esc(tr(MEASURE_TEXT[x.measure].name))} <span class="unit">(${esc(tr(MEASURE_TEXT[x.measure].axis))})</span></td><td>${value(x.measure, x.a.mean)}</td><td>${value(x.measure, x.b.mean)}</td><td>${diffText(x.measure, x.diff.mean)} (${diffText(x.measure, x.diff.ci_low)} – ${diffText(x.measure, x.diff.ci_high)})</td></tr>`)
    .join('')}</tbody></table>`;
  const rows = compared.measures
    .filter((x) => x.diff.mean !== null && x.a.mean)
    .map((x) => {
      // Scaled by A's mean so measures in hours, days and shares fit one axis: a change in per cent.
      const base = Math.abs(x.a.mean!);
      const pc = (v: number | null) => (100 * (v ?? x.diff.mean!)) / base;
      return { measure: tr(MEASURE_TEXT[x.measure].name), mean: pc(x.diff.mean), lo: pc(x.diff.ci_low), hi: pc(x.diff.ci_high) };
    });
  const box = $('#diff-chart');
  if (box.clientWidth > 0) await diffChart(box, { title: tr(UI.chartDiff), axis: tr(UI.diffAxis), describe: sentence }, rows, { width: box.clientWidth, height: 0, font: fontSize() });
}

function setProgress(which: 'live' | 'compare', done: number) {
  const p = document.querySelector<HTMLProgressElement>(`#progress-${which}`);
  if (p) p.value = done;
}
function showError(msg: string) {
  const el = document.querySelector<HTMLElement>('#error');
  if (el) {
    el.textContent = msg;
    el.hidden = !msg;
  }
}

let lastHash = '';
function writeHash() {
  lastHash = `#${linkFragment(link(state))}`;
  if (location.hash !== lastHash) history.replaceState(null, '', lastHash);
}

// ---------- the page ----------
function leverPanel(side: Side): string {
  const s = scenarioOf(side === 'a' ? state.preset.a : state.preset.b);
  const settings = side === 'a' ? state.a : state.b;
  const names = sideNames();
  return `<fieldset class="side-${side}"><legend>${esc(tr(UI.leversFor, { side: side.toUpperCase(), name: names[side] }))}</legend>${LEVERS.filter((l) => l.applies(s))
    .map((l) => leverControl(l, side, s, settings, state.lang))
    .join('')}</fieldset>`;
}

function storyPanel(): string {
  const i = state.story!;
  const step = STORY[i];
  return `<section id="story-panel" aria-live="polite"><h2>${esc(tr(UI.stepOf, { n: i + 1, total: STORY.length }))}</h2>
  <p class="question">${esc(tr(step.title))}</p><p><strong>${esc(tr(UI.predict))}</strong> ${esc(tr(step.predict))}</p>
  <p id="story-explain" ${state.revealed ? '' : 'hidden'}>${esc(tr(step.explain))}</p>
  <p><button id="story-prev" ${i === 0 ? 'disabled' : ''}>${esc(tr(UI.prev))}</button>
  <button id="story-run">${esc(tr(UI.reveal))}</button>
  <button id="story-next" ${i === STORY.length - 1 ? 'disabled' : ''}>${esc(tr(UI.next))}</button></p></section>`;
}

let renderGeneration = 0;

/**
 * Draw the page and start its runs at once: the page is in place when render() first waits (for
 * the charts' layout), and the workers run while the charts are laid out rather than after.
 */
function startRuns() {
  void render();
  rerun();
}

async function render() {
  const generation = ++renderGeneration;
  const focused = document.activeElement?.id;
  document.documentElement.lang = state.lang;
  document.body.classList.toggle('projector', state.projector);
  document.body.classList.toggle('story', state.story !== null);
  const p = PRESET_TEXT[state.preset.id];
  const hidden = state.story !== null && !state.revealed;
  $('#app').innerHTML = `
<header>
  <h1>${esc(tr(UI.title))}</h1>
  <nav aria-label="${esc(tr(UI.title))}">
    <button id="lang" lang="${state.lang === 'en' ? 'zh-CN' : 'en'}" title="${esc(tr(UI.languageLabel))}">${esc(tr(UI.language))}</button>
    <button id="projector" aria-pressed="${state.projector}">${esc(tr(UI.projector))}</button>
    <button id="story" aria-pressed="${state.story !== null}">${esc(state.story === null ? tr(UI.story) : tr(UI.exitStory))}</button>
    <button id="reset">${esc(tr(UI.reset))}</button>
    <button id="copy">${esc(tr(UI.copyLink))}</button>
    <button id="download" aria-describedby="download-help">${esc(tr(UI.download))}</button>
  </nav>
</header>
<p id="error" role="alert" hidden></p>
<div id="top">
  <section id="stage" class="slide">
    ${
      state.story !== null
        ? storyPanel()
        : `<div id="lesson-line"><label for="preset">${esc(tr(UI.lesson))}</label>
    <select id="preset">${PRESETS.map((x) => `<option value="${x.id}" ${x.id === state.preset.id ? 'selected' : ''}>${esc(tr(PRESET_TEXT[x.id].title))}</option>`).join('')}</select></div>
    <p id="question" class="question">${esc(p && tr(p.question))}</p>`
    }
    <p id="sentence" aria-live="polite" class="stale" ${hidden ? 'hidden' : ''}></p>
    <figure class="chart-box${state.projector ? ' slide' : ''}" id="key-box" ${hidden ? 'style="visibility:hidden"' : ''}><ul class="legend"></ul><div class="chart key" id="chart-key" data-figure="${keyFigure()}"></div></figure>
    <p id="status-line"><span id="status" role="status"></span>
      <label for="progress-live">${esc(tr(UI.progress))}</label> <progress id="progress-live" max="1" value="0"></progress>
      <progress id="progress-compare" max="1" value="0" aria-label="${esc(tr(UI.compare))}"></progress></p>
  </section>
  <aside id="controls">
    <details id="levers-box" ${state.projector ? '' : 'open'}><summary>${esc(tr(UI.levers))}</summary>
      <p class="help">${esc(tr(UI.leversHint))}</p>
      <div id="levers">${leverPanel('a')}${leverPanel('b')}</div>
      <p><label for="seed">${esc(tr(UI.seed))}</label> <input id="seed" type="number" min="0" max="4294967295" step="1" value="${state.seed}" aria-describedby="seed-help"></p>
      <p class="help" id="seed-help">${esc(tr(UI.seedHelp))}</p>
      <p><label for="replicates">${esc(tr(UI.replicates))}</label> <input id="replicates" type="number" min="2" max="100" value="${state.n}" aria-describedby="replicates-help"></p>
      <p class="help" id="replicates-help">${esc(tr(UI.replicatesHelp))}</p>
      <p class="help" id="download-help">${esc(tr(UI.downloadHelp))}</p>
    </details>
  </aside>
</div>
<section id="more" aria-label="${esc(tr(UI.moreCharts))}">
  <h2>${esc(tr(UI.moreCharts))}</h2>
  <div id="charts">${moreFigures().map((f) => `<figure class="chart-box slide"><ul class="legend"></ul><div class="chart" id="chart-${f}" data-figure="${f}"></div></figure>`).join('')}</div>
</section>
<section id="time" class="slide">
  <p><label for="day">${esc(tr(UI.day))}</label> <input id="day" type="range" min="0" max="1" step="1" value="${state.day}" aria-describedby="day-help"> <output id="day-out" for="day"></output></p>
  <p id="day-help" class="help">${esc(tr(UI.dayHelp))}</p>
  <div id="daystate"></div>
</section>
<section id="compare" class="slide">
  <h2>${esc(tr(UI.compare))}</h2>
  <div id="diff-chart" class="chart"></div>
  <div id="compare-table"></div>
</section>
<section id="summary"></section>
<p class="help" id="keys-help">${esc(tr(UI.keysHelp))}</p>`;
  setStatus(status);
  drawLegends();
  wire();
  if (focused) document.getElementById(focused)?.focus({ preventScroll: true });
  await drawCharts(generation);
}

function drawLegends() {
  const names = sideNames();
  const html = legendHtml(tr(UI.sideLegend, { side: 'A', label: names.a }), tr(UI.sideLegend, { side: 'B', label: names.b }));
  for (const el of document.querySelectorAll('ul.legend')) el.innerHTML = html;
}

/** Embed every chart at the size its box has now (never while hidden or 0 wide), then draw the runs into them. */
async function drawCharts(generation = renderGeneration) {
  const names = sideNames();
  const font = fontSize();
  const weekly = (f: Figure) => (WEEKLY[f] ? tr(UI.weekly) : '');
  const boxes = [...document.querySelectorAll<HTMLElement>('.chart[data-figure]')];
  const made = await Promise.all(
    boxes.map(async (el) => {
      const figure = el.dataset.figure as Figure;
      const width = el.clientWidth;
      if (width <= 0) return null;
      const key = el.id === 'chart-key';
      // Projector: every chart with its legend is a screen of its own (the key chart's box is a
      // slide there, after the question and the sentence).
      const legend = (el.previousElementSibling as HTMLElement | null)?.offsetHeight ?? 0;
      const top = el.getBoundingClientRect().top + scrollY;
      const height = state.projector
        ? Math.max(300, innerHeight - legend - font)
        : key
          ? Math.max(280, Math.min(560, innerHeight - top - 60))
          : 300;
      const text: ChartText = {
        title: tr(FIGURE_TEXT[figure].title),
        subtitle: weekly(figure),
        yTitle: tr(FIGURE_TEXT[figure].axis),
        xTitle: '',
        dateFormat: state.lang === 'zh-CN' ? '%Y年%-m月' : '%b %Y',
        describe: `${tr(FIGURE_TEXT[figure].title)}: A ${names.a}, B ${names.b}`,
      };
      // Every axis starts at 0, and a flat chart still gets an axis (never one tick labelled
      // 0.000000); above that the axis fits the lines, so fatigue of 0.05 against 0.10 is two
      // lines a room can tell apart, not two lines on the floor of a 0-1 axis.
      const domain = [0, 0.01];
      el.style.height = `${Math.round(height)}px`;
      return { figure, chart: await dayChart(el, text, { width, height: Math.round(height), font }, domain) };
    }),
  );
  if (generation !== renderGeneration) return;
  charts = made.filter((x): x is { figure: Figure; chart: DayChart } => x !== null);
  await drawLive(['a', 'b']);
  if (compared) await drawCompare();
  document.body.dataset.drawn = String(Number(document.body.dataset.drawn ?? 0) + 1);
}

function wire() {
  const toggle = (change: () => void) => () => {
    change();
    writeHash();
    void render();
  };
  $('#lang').onclick = toggle(() => (state.lang = state.lang === 'en' ? 'zh-CN' : 'en'));
  $('#projector').onclick = toggle(() => (state.projector = !state.projector));
  $('#story').onclick = () => {
    state.story = state.story === null ? 0 : null;
    if (state.story !== null) enterStep();
    else {
      state.a = {};
      state.b = defaultB(state.preset);
      compared = null;
      startRuns();
    }
  };
  $('#reset').onclick = () => {
    if (state.story !== null) enterStep();
    else {
      state.a = {};
      state.b = defaultB(state.preset);
      state.seed = scenarioOf(state.preset.a).seed;
      startRuns();
    }
  };
  $('#copy').onclick = async () => {
    writeHash();
    try {
      await navigator.clipboard.writeText(location.href);
    } catch {
      // Clipboard access may be refused on file://; the link is in the address bar either way.
    }
    $('#status').textContent = tr(UI.linkCopied);
  };
  $('#download').onclick = () => {
    const { a } = scenarios();
    const text = scenarioYaml(a, `Saved from deptsim's teachers' page (deptsim ${VERSION}).\nLink: ${location.href}\nRun: deptsim run ${a.name}.yaml`);
    const url = URL.createObjectURL(new Blob([text], { type: 'text/yaml' }));
    const el = document.createElement('a');
    el.href = url;
    el.download = `${a.name}.yaml`;
    el.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const preset = document.querySelector<HTMLSelectElement>('#preset');
  if (preset)
    preset.onchange = () => {
      state.preset = PRESETS.find((x) => x.id === preset.value) ?? PRESETS[0];
      state.a = {};
      state.b = defaultB(state.preset);
      state.seed = scenarioOf(state.preset.a).seed;
      state.day = 0;
      runs.clear();
      compared = null;
      startRuns();
    };
  $('#seed').onchange = (e) => {
    const v = Number((e.target as HTMLInputElement).value);
    if (Number.isSafeInteger(v) && v >= 0 && v <= 2 ** 32 - 1) state.seed = v;
    else (e.target as HTMLInputElement).value = String(state.seed);
    rerun();
  };
  $('#replicates').onchange = (e) => {
    const v = Math.round(Number((e.target as HTMLInputElement).value));
    state.n = Math.max(2, Math.min(100, Number.isFinite(v) ? v : 10));
    (e.target as HTMLInputElement).value = String(state.n);
    setStatus('comparing');
    runs.recompare(state.n);
    writeHash();
  };
  $('#day').oninput = (e) => {
    state.day = Number((e.target as HTMLInputElement).value);
    void drawDay();
    writeHash();
  };
  for (const el of document.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-lever]')) {
    el.addEventListener(el.type === 'range' ? 'input' : 'change', () => {
      const side = el.dataset.side as Side;
      const id = el.dataset.lever!;
      const settings = side === 'a' ? state.a : state.b;
      if (el.dataset.mixed && el.value === '') delete settings[id];
      else settings[id] = (el.type === 'checkbox' ? (el as HTMLInputElement).checked : el.type === 'range' ? Number(el.value) : el.dataset.mixed ? el.value === 'true' : el.value) as LeverValue;
      const out = document.getElementById(`${side}-${id}-out`);
      if (out) out.textContent = num(Number(el.value), state.lang);
      const names = sideNames();
      drawLegends();
      for (const s of ['a', 'b'] as const) {
        const legend = document.querySelector(`#levers .side-${s} legend`);
        if (legend) legend.textContent = tr(UI.leversFor, { side: s.toUpperCase(), name: names[s] });
      }
      rerun([side]);
    });
  }
  if (state.story !== null) {
    $('#story-prev').onclick = () => storyGo(-1);
    $('#story-next').onclick = () => storyGo(1);
    $('#story-run').onclick = reveal;
  }
}

/** Show a story step's results (the class has predicted). */
function reveal() {
  state.revealed = true;
  $('#story-explain').hidden = false;
  $('#sentence').hidden = false;
  $('#key-box').style.visibility = '';
  $('#story-run').focus();
}

/** Open the current story step: both sides set to what its text compares. */
function enterStep() {
  const step = STORY[state.story!];
  state.preset = PRESETS.find((p) => p.id === step.preset)!;
  state.a = { ...step.a };
  state.b = { ...step.b };
  state.seed = scenarioOf(state.preset.a).seed;
  state.revealed = false;
  runs.clear();
  compared = null;
  startRuns();
}

function storyGo(delta: number) {
  const next = Math.max(0, Math.min(STORY.length - 1, state.story! + delta));
  if (next === state.story) return;
  state.story = next;
  enterStep();
}

// ---------- keys: the day from anywhere, and a presenter's remote ----------
const typing = (el: Element | null) => !!el && (el.tagName === 'SELECT' || (el.tagName === 'INPUT' && (el as HTMLInputElement).type !== 'checkbox' && (el as HTMLInputElement).type !== 'button'));

function onKey(e: KeyboardEvent) {
  if (e.key === '[' || e.key === ']') {
    if (typing(e.target as Element) && (e.target as HTMLInputElement).type !== 'range') return;
    const max = runs.live.a ? runs.live.a.days - 1 : 0;
    state.day = Math.max(0, Math.min(max, state.day + (e.key === ']' ? 7 : -7)));
    const slider = document.querySelector<HTMLInputElement>('#day');
    if (slider) slider.value = String(state.day);
    void drawDay();
    writeHash();
    return;
  }
  // Presenter remotes send PageDown/PageUp (some send arrows): a story steps on, otherwise the next chart.
  const forward = e.key === 'PageDown' || e.key === 'ArrowRight' || e.key === 'ArrowDown';
  const back = e.key === 'PageUp' || e.key === 'ArrowLeft' || e.key === 'ArrowUp';
  if (!forward && !back) return;
  if (typing(e.target as Element)) return;
  if (!state.projector && state.story === null) return;
  e.preventDefault();
  if (state.story !== null && (e.key === 'PageDown' || e.key === 'PageUp')) {
    if (forward && !state.revealed) reveal();
    else storyGo(forward ? 1 : -1);
    return;
  }
  const slides = [...document.querySelectorAll<HTMLElement>('.slide')].filter((el) => el.getClientRects().length);
  const at = slides.findIndex((el) => el.getBoundingClientRect().top > 4);
  const current = at < 0 ? slides.length - 1 : Math.max(0, at - 1);
  const target = slides[Math.max(0, Math.min(slides.length - 1, current + (forward ? 1 : -1)))];
  target?.scrollIntoView({ block: 'start' });
  document.body.dataset.slide = String(slides.indexOf(target));
}

/** A link pasted into the open tab: apply it (what it got wrong is named in the error line). */
function onHashChange() {
  if (location.hash === lastHash) return;
  // The embedded Chinese face, loaded before the first drawing: text laid out while it loads kept
  // empty boxes in Chromium (the header, a help line) although the face had the glyphs.
  void document.fonts.load(`16px "${CJK_FAMILY}"`, '中').finally(start);
}

let resizeTimer = 0;
function onResize() {
  clearTimeout(resizeTimer);
  resizeTimer = window.setTimeout(() => void drawCharts(), 150);
}

function start() {
  const { state: s, notes } = fromHash();
  state = s;
  runs.clear();
  compared = null;
  startRuns();
  if (notes.length) showError(notes.join('\n'));
}

/** Start the page; `workerSource` is this very script, which runs as the page's workers too. */
export function startPage(workerSource: string): void {
  document.documentElement.style.fontFamily = FONT;
  runs = new Runs(workerSource, view);
  // The browser test reads the control-to-chart times (ms): to the first redraw, and to the whole run drawn.
  Object.assign(window, { deptsimTimings: runs.whole, deptsimFirstDraw: runs.firstDraw, deptsimDrawMs: runs.drawMs });
  document.addEventListener('keydown', onKey);
  addEventListener('hashchange', onHashChange);
  addEventListener('resize', onResize);
  // The embedded Chinese face, loaded before the first drawing: text laid out while it loads kept
  // empty boxes in Chromium (the header, a help line) although the face had the glyphs.
  void document.fonts.load(`16px "${CJK_FAMILY}"`, '中').finally(start);
}
