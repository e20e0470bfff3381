import { applySettings, formatProblem, LEVERS, linkFragment, parseLink, scenarioYaml, ScenarioError, type Lever, type LeverValue, type Scenario, type Settings, type PageLink } from './library.js';
import schema from '../schema/scenario.schema.json' with { type: 'json' };
import { dayChart, diffChart, setCursor, setDayData, type DayChart } from './charts.js';
import { CHOICE_TEXT, LEVER_TEXT, MEASURE_TEXT, PRESET_TEXT, STORY, UI, UNIT_NAMES, UNIT_TEXT, windowLabel, type Lang } from './i18n.js';
import { PRESETS, scenarioOf, type Preset } from './presets.js';
import type { CompareResult, LiveResult, Side, UnitField } from './protocol.js';
import { Runs, type RunsView } from './runs.js';

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
}

// ---------- state and the link ----------
const DEFAULT_B: Record<string, Settings> = { 'case-a': { overtimePaid: true } };

function presetById(id: string): Preset {
  return PRESETS.find((p) => p.id === id) ?? PRESETS.find((p) => p.a === id) ?? PRESETS[0];
}

function fromHash(): PageState {
  const base: PageState = { lang: 'en', preset: PRESETS[0], seed: scenarioOf(PRESETS[0].a).seed, a: {}, b: { ...DEFAULT_B['case-a'] }, n: 10, day: 0, projector: false, story: null };
  if (!location.hash.includes('p=')) return base;
  try {
    const l = parseLink(location.hash);
    const preset = PRESETS.find((p) => p.a === l.preset && (!l.b || p.b === l.b.preset)) ?? presetById(l.preset);
    return {
      lang: l.lang === 'zh-CN' ? 'zh-CN' : 'en',
      preset,
      seed: l.seed,
      a: l.settings,
      b: l.b ? l.b.settings : {},
      n: l.replicates && l.replicates >= 2 ? Math.min(l.replicates, 100) : 10,
      day: l.day ?? 0,
      projector: !!l.projector,
      story: null,
    };
  } catch (e) {
    showError((e as Error).message);
    return base;
  }
}

function link(st: PageState): PageLink {
  return { version: VERSION, preset: st.preset.a, seed: st.seed, settings: st.a, b: { preset: st.preset.b, settings: st.b }, replicates: st.n, day: st.day, lang: st.lang, projector: st.projector };
}

let state: PageState;
const tr = (x: { en: string; 'zh-CN': string }) => x[state.lang];

// ---------- the scenario schema: units and ranges of the levers ----------
type Json = { properties?: Record<string, Json>; items?: Json; minimum?: number; maximum?: number; exclusiveMinimum?: number; unit?: string; enum?: string[]; type?: string };
function schemaAt(path: readonly string[]): Json {
  let node = (schema as unknown as { $defs: { scenario: Json } }).$defs.scenario;
  for (const seg of path) node = (seg === '*' ? node.items : node.properties?.[seg]) ?? {};
  return node;
}
function leverRange(l: Lever): { min: number; max: number; unit: string; choices: string[] } {
  const s = schemaAt(l.schemaPath);
  const min = Math.max(l.min ?? -Infinity, s.minimum ?? s.exclusiveMinimum ?? 0);
  const max = Math.min(l.max ?? Infinity, s.maximum ?? 1000);
  const unit = l.id === 'campaigns' ? 'campaigns' : s.unit ?? '';
  return { min, max, unit, choices: s.enum ?? [] };
}

// ---------- the scenarios the page runs ----------
function scenarios(): { a: Scenario; b: Scenario } {
  const a = { ...applySettings(scenarioOf(state.preset.a), state.a), seed: state.seed };
  const b = { ...applySettings(scenarioOf(state.preset.b), state.b), seed: state.seed };
  return { a, b };
}

// ---------- runs ----------
let runs: Runs;
let compared: CompareResult | null = null;
let charts: DayChart[] = [];

/** Rerun the sides whose settings changed (a new lesson, seed or story step: both). */
function rerun(sides: readonly Side[] = ['a', 'b']) {
  let sc: { a: Scenario; b: Scenario };
  try {
    sc = scenarios();
  } catch (e) {
    showError(e instanceof ScenarioError ? e.problems.map(formatProblem).join('\n') : (e as Error).message);
    return;
  }
  showError('');
  setStatus(tr(UI.running));
  runs.change(sides, sc, state.seed, state.n);
  writeHash();
}

const view: RunsView = {
  drawLive,
  settled() {
    document.body.dataset.liveId = String(runs.whole.length);
    document.body.dataset.redrawMs = String(Math.round(runs.whole[runs.whole.length - 1]));
    setStatus(tr(UI.ready));
  },
  async drawCompare(result) {
    compared = result;
    await drawCompare();
    document.body.dataset.compareId = String(Number(document.body.dataset.compareId ?? 0) + 1);
  },
  progress: setProgress,
  error: (message) => showError(`${tr(UI.error)} ${message}`),
};

// ---------- drawing ----------
const $ = <T extends HTMLElement = HTMLElement>(sel: string) => document.querySelector(sel) as T;
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const fontSize = () => (state.projector ? 20 : 12);
const fmt = (x: number | null | undefined, d = 2) => (x === null || x === undefined || !Number.isFinite(x) ? '–' : x.toLocaleString(state.lang, { maximumFractionDigits: d, minimumFractionDigits: 0 }));
const unitName = (r: LiveResult, i: number) => (i === r.hq ? tr(UI.headquarters) : state.lang === 'zh-CN' ? UNIT_NAMES[r.units[i]] ?? r.unitNames[i] : r.unitNames[i]);
const TABLE_MEASURES = ['regular_done_per_staff_week', 'worked_hours_per_staff_week', 'shirk_rate', 'fatigue_mean', 'regular_backlog_end'] as const;

async function drawLive(sides: readonly Side[] = ['a', 'b']) {
  const drawn = sides.filter((s) => runs.live[s]);
  const a = runs.live.a;
  if (a) state.day = Math.min(state.day, a.days - 1);
  await Promise.all(charts.flatMap((c) => drawn.map((s) => setDayData(c, s, runs.live[s]!, state.day))));
  if (!a) return;
  const slider = $<HTMLInputElement>('#day');
  slider.max = String(a.days - 1);
  slider.value = String(state.day);
  await drawDay(false);
  if (!a.summary || !drawn.includes('a')) return;
  $('#summary').innerHTML = `<table><caption>${esc(tr(UI.byPeriod))}</caption><thead><tr><th>${tr(UI.window)}</th><th>${tr(UI.days)}</th>${TABLE_MEASURES
    .map((k) => `<th>${esc(tr(MEASURE_TEXT[k].label))}<br><small>${esc(tr(MEASURE_TEXT[k].unit))}</small></th>`)
    .join('')}</tr></thead><tbody>${a.summary.windows
    .map((w) => `<tr><td>${esc(windowLabel(w.id, state.lang))}</td><td>${w.to - w.from}</td>${TABLE_MEASURES.map((k) => `<td>${fmt(w.county[k] as number, 3)}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
  $('#summary').dataset.summary = JSON.stringify(a.summary);
}

/** The day slider's day: the cursor on every chart (unless just drawn with the data) and the county's table. */
async function drawDay(cursor = true) {
  const a = runs.live.a;
  if (!a) return;
  const d = state.day;
  $('#day-out').textContent = `${d}`;
  if (cursor) await Promise.all(charts.map((c) => setCursor(c, d)));
  // A run in progress has not reached every day yet: its table waits for the day.
  if (d >= a.day) return;
  const camp = a.campaignOfDay[d] >= 0;
  const U = a.units.length;
  const at = (f: UnitField, r: number) => a.states[f][d * U + r];
  $('#daystate').innerHTML = `<table><caption>${esc(tr(UI.countyOnDay))} ${d} (${camp ? tr(UI.inCampaign) : tr(UI.noCampaign)}) — A</caption><thead><tr><th>${tr(UI.unit)}</th><th>${tr(UI.staffHere)}</th><th>${tr(UI.seconded)}</th><th>${tr(UI.backlog)}</th><th>${tr(UI.fatigue)}</th><th>${tr(UI.sick)}</th></tr></thead><tbody>${a.units
    .map((_u, r) => `<tr><td>${esc(unitName(a, r))}</td><td>${fmt(at('staff', r), 0)}</td><td>${fmt(at('seconded', r), 0)}</td><td>${fmt(at('backlog', r), 0)}</td><td>${fmt(at('fatigue', r))}</td><td>${fmt(at('sick', r), 0)}</td></tr>`)
    .join('')}</tbody></table>`;
}

async function drawCompare() {
  if (!compared) return;
  const sc = scenarios();
  const same = JSON.stringify(sc.a) === JSON.stringify({ ...sc.b, name: sc.a.name, description: sc.a.description });
  const m = compared.measures.find((x) => x.measure === state.preset.measure)!;
  const label = tr(MEASURE_TEXT[m.measure].label);
  const unit = tr(MEASURE_TEXT[m.measure].unit);
  const d = m.diff;
  let sentence: string;
  if (same) sentence = tr(UI.noDifference);
  else if (d.mean === null) sentence = '–';
  else {
    const dir = state.lang === 'zh-CN' ? (d.mean < 0 ? '降低了' : '提高了') : d.mean < 0 ? 'cut' : 'raised';
    sentence =
      state.lang === 'zh-CN'
        ? `B 使「${label}」${dir} ${fmt(Math.abs(d.mean), 3)} ${unit}（95% 区间 ${fmt(d.ci_low, 3)} 至 ${fmt(d.ci_high, 3)}；${compared.n} 对${tr(UI.sameSeeds)}）。`
        : `B ${dir} ${label.toLowerCase()} by ${fmt(Math.abs(d.mean), 3)} ${unit} (95% CI ${fmt(d.ci_low, 3)} to ${fmt(d.ci_high, 3)}; ${compared.n} ${tr(UI.sameSeeds)}).`;
  }
  $('#sentence').textContent = sentence;
  $('#compare-table').innerHTML = `<table><thead><tr><th>${tr(UI.measure)}</th><th>A</th><th>B</th><th>${tr(UI.difference)}</th></tr></thead><tbody>${compared.measures
    .map((x) => `<tr><td>${esc(tr(MEASURE_TEXT[x.measure].label))} <small>(${esc(tr(MEASURE_TEXT[x.measure].unit))})</small></td><td>${fmt(x.a.mean, 3)}</td><td>${fmt(x.b.mean, 3)}</td><td>${fmt(x.diff.mean, 3)} [${fmt(x.diff.ci_low, 3)}, ${fmt(x.diff.ci_high, 3)}]</td></tr>`)
    .join('')}</tbody></table>`;
  await diffChart($('#diff-chart'), tr(UI.chartDiff), compared, (k) => tr(MEASURE_TEXT[k].label), fontSize());
}

function setStatus(s: string) {
  $('#status').textContent = s;
}
function setProgress(which: 'live' | 'compare', done: number) {
  const p = $<HTMLProgressElement>(`#progress-${which}`);
  if (p) p.value = done;
}
function showError(msg: string) {
  const el = document.querySelector('#error');
  if (el) {
    el.textContent = msg;
    (el as HTMLElement).hidden = !msg;
  }
}

function writeHash() {
  history.replaceState(null, '', `#${linkFragment(link(state))}`);
}

// ---------- controls ----------
function leverControl(l: Lever, side: 'a' | 'b', s: Scenario): string {
  const id = `${side}-${l.id}`;
  const text = LEVER_TEXT[l.id];
  const value = (side === 'a' ? state.a : state.b)[l.id] ?? l.get(s);
  const r = leverRange(l);
  const unit = UNIT_TEXT[r.unit] ? tr(UNIT_TEXT[r.unit]) : r.unit;
  const help = `<p class="help" id="${id}-help">${esc(tr(text.help))}${unit ? ` <span class="unit">(${esc(unit)})</span>` : ''}</p>`;
  if (l.kind === 'boolean') {
    return `<div class="lever"><label><input type="checkbox" id="${id}" data-lever="${l.id}" data-side="${side}" aria-describedby="${id}-help" ${value ? 'checked' : ''}> ${esc(tr(text.label))}</label>${help}</div>`;
  }
  if (l.kind === 'choice') {
    const opts = r.choices.map((c) => `<option value="${c}" ${c === value ? 'selected' : ''}>${esc(CHOICE_TEXT[c] ? tr(CHOICE_TEXT[c]) : c)}</option>`).join('');
    return `<div class="lever"><label for="${id}">${esc(tr(text.label))}</label> <select id="${id}" data-lever="${l.id}" data-side="${side}" aria-describedby="${id}-help">${opts}</select>${help}</div>`;
  }
  return `<div class="lever"><label for="${id}">${esc(tr(text.label))}</label> <input type="range" id="${id}" data-lever="${l.id}" data-side="${side}" min="${r.min}" max="${r.max}" step="${l.step}" value="${value}" aria-describedby="${id}-help"> <output for="${id}" id="${id}-out">${fmt(Number(value), 3)}</output>${help}</div>`;
}

function levers(side: 'a' | 'b'): string {
  const s = side === 'a' ? scenarioOf(state.preset.a) : scenarioOf(state.preset.b);
  return LEVERS.filter((l) => l.applies(s)).map((l) => leverControl(l, side, s)).join('');
}

async function render() {
  document.documentElement.lang = state.lang;
  document.body.classList.toggle('projector', state.projector);
  const p = PRESET_TEXT[state.preset.id];
  const storyStep = state.story === null ? null : STORY[state.story];
  $('#app').innerHTML = `
<header>
  <h1>${esc(tr(UI.title))}</h1>
  <nav aria-label="page">
    <button id="lang" aria-label="${esc(tr(UI.languageLabel))}">${esc(tr(UI.language))}</button>
    <button id="projector" aria-pressed="${state.projector}">${esc(tr(UI.projector))}</button>
    <button id="story">${esc(state.story === null ? tr(UI.story) : tr(UI.exitStory))}</button>
    <button id="copy">${esc(tr(UI.copyLink))}</button>
    <button id="download" aria-describedby="download-help">${esc(tr(UI.download))}</button>
    <span id="download-help" class="help">${esc(tr(UI.downloadHelp))}</span>
  </nav>
  <p>${esc(tr(UI.intro))}</p>
</header>
${
  storyStep
    ? `<section id="story-panel" aria-live="polite"><h2>${esc(tr(UI.step))} ${state.story! + 1} ${esc(tr(UI.stepOf))} ${STORY.length}</h2>
  <p>${esc(tr(storyStep.title))}</p><p><strong>${esc(tr(UI.predict))}</strong> ${esc(tr(storyStep.predict))}</p>
  <p id="story-explain" hidden>${esc(tr(storyStep.explain))}</p>
  <button id="story-prev" ${state.story === 0 ? 'disabled' : ''}>${esc(tr(UI.prev))}</button>
  <button id="story-run">${esc(tr(UI.reveal))}</button>
  <button id="story-next" ${state.story === STORY.length - 1 ? 'disabled' : ''}>${esc(tr(UI.next))}</button></section>`
    : ''
}
<section id="lesson-panel">
  <label for="preset">${esc(tr(UI.lesson))}</label>
  <select id="preset">${PRESETS.map((x) => `<option value="${x.id}" ${x.id === state.preset.id ? 'selected' : ''}>${esc(tr(PRESET_TEXT[x.id].title))}</option>`).join('')}</select>
  <p id="question"><strong>${esc(tr(UI.question))}:</strong> ${esc(tr(p.question))}</p>
  <label for="seed">${esc(tr(UI.seed))}</label> <input id="seed" type="number" min="0" step="1" value="${state.seed}" aria-describedby="seed-help"> <span id="seed-help" class="help">${esc(tr(UI.seedHelp))}</span>
</section>
<p id="error" role="alert" hidden></p>
<div id="levers">
  <fieldset><legend>${esc(tr(UI.leversFor))} A</legend>${levers('a')}</fieldset>
  <fieldset><legend>${esc(tr(UI.leversFor))} B</legend>${levers('b')}</fieldset>
</div>
<p><span id="status" role="status">${esc(tr(UI.running))}</span>
  <label for="progress-live">${esc(tr(UI.progress))}</label> <progress id="progress-live" max="1" value="0"></progress>
  <progress id="progress-compare" max="1" value="0" aria-label="${esc(tr(UI.compare))}"></progress></p>
<section id="time">
  <label for="day">${esc(tr(UI.day))}</label> <input id="day" type="range" min="0" max="1" step="1" value="${state.day}" aria-describedby="day-help"> <output id="day-out" for="day">${state.day}</output>
  <span id="day-help" class="help">${esc(tr(UI.dayHelp))}</span>
</section>
<section id="charts">
  <div class="chart" id="chart-backlog"></div><div class="chart" id="chart-fatigue"></div>
  <div class="chart" id="chart-shirk"></div><div class="chart" id="chart-shared"></div>
</section>
<section id="daystate"></section>
<section id="compare">
  <h2>${esc(tr(UI.compare))}</h2>
  <label for="replicates">${esc(tr(UI.replicates))}</label> <input id="replicates" type="number" min="2" max="100" value="${state.n}" aria-describedby="replicates-help"> <span id="replicates-help" class="help">${esc(tr(UI.replicatesHelp))}</span>
  <p id="sentence" aria-live="polite"></p>
  <div id="diff-chart" class="chart"></div>
  <div id="compare-table"></div>
</section>
<section id="summary"></section>`;
  const fs = fontSize();
  charts = await Promise.all([
    dayChart($('#chart-backlog'), tr(UI.chartBacklog), tr(UI.day), 'open_regular', fs),
    dayChart($('#chart-fatigue'), tr(UI.chartFatigue), tr(UI.day), 'fatigue_mean', fs),
    dayChart($('#chart-shirk'), tr(UI.chartShirk), tr(UI.day), 'hours_shirked', fs),
    dayChart($('#chart-shared'), tr(UI.chartShared), tr(UI.day), 'open_shared', fs),
  ]);
  wire();
  await drawLive();
  if (compared) await drawCompare();
}

function wire() {
  $('#lang').onclick = () => {
    state.lang = state.lang === 'en' ? 'zh-CN' : 'en';
    writeHash();
    void render().then(() => $('#lang').focus());
  };
  $('#projector').onclick = () => {
    state.projector = !state.projector;
    writeHash();
    void render().then(() => $('#projector').focus());
  };
  $('#story').onclick = () => {
    state.story = state.story === null ? 0 : null;
    if (state.story !== null) applyStory();
    void render().then(() => $('#story').focus());
  };
  $('#copy').onclick = async () => {
    writeHash();
    try {
      await navigator.clipboard.writeText(location.href);
    } catch {
      // Clipboard access may be refused on file://; the link is in the address bar either way.
    }
    setStatus(tr(UI.linkCopied));
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
  $('#preset').onchange = (e) => {
    state.preset = presetById((e.target as HTMLSelectElement).value);
    state.a = {};
    state.b = { ...(DEFAULT_B[state.preset.id] ?? {}) };
    state.seed = scenarioOf(state.preset.a).seed;
    state.day = 0;
    runs.clear();
    compared = null;
    void render().then(() => {
      $('#preset').focus();
      rerun();
    });
  };
  $('#seed').onchange = (e) => {
    const v = Number((e.target as HTMLInputElement).value);
    if (Number.isSafeInteger(v) && v >= 0) state.seed = v;
    rerun();
  };
  $('#replicates').onchange = (e) => {
    const v = Math.round(Number((e.target as HTMLInputElement).value));
    state.n = Math.max(2, Math.min(100, Number.isFinite(v) ? v : 10));
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
      const side = el.dataset.side as 'a' | 'b';
      const id = el.dataset.lever!;
      const v: LeverValue = el.type === 'checkbox' ? (el as HTMLInputElement).checked : el.type === 'range' ? Number(el.value) : el.value;
      (side === 'a' ? state.a : state.b)[id] = v;
      const out = document.getElementById(`${side}-${id}-out`);
      if (out) out.textContent = fmt(Number(v), 3);
      rerun([side]);
    });
  }
  if (state.story !== null) {
    $('#story-prev').onclick = () => storyGo(-1);
    $('#story-next').onclick = () => storyGo(1);
    $('#story-run').onclick = () => {
      $('#story-explain').hidden = false;
      rerun();
    };
  }
}

function applyStory() {
  const step = STORY[state.story!];
  state.preset = presetById(step.preset);
  state.a = { ...step.settings };
  state.b = { ...(DEFAULT_B[state.preset.id] ?? {}) };
  state.seed = scenarioOf(state.preset.a).seed;
}

function storyGo(delta: number) {
  state.story = Math.max(0, Math.min(STORY.length - 1, state.story! + delta));
  applyStory();
  void render().then(() => $('#story-run').focus());
}

function stepDay(e: KeyboardEvent) {
  // Arrow keys already move a focused slider; [ and ] step the day from anywhere (for a clicker).
  if (e.key !== '[' && e.key !== ']') return;
  if ((e.target as HTMLElement).tagName === 'INPUT' && (e.target as HTMLInputElement).type !== 'range') return;
  const max = runs.live.a ? runs.live.a.days - 1 : 0;
  state.day = Math.max(0, Math.min(max, state.day + (e.key === ']' ? 7 : -7)));
  const slider = document.querySelector<HTMLInputElement>('#day');
  if (slider) slider.value = String(state.day);
  void drawDay();
  writeHash();
}

/** Start the page; `workerSource` is this very script, which runs as the page's workers too. */
export function startPage(workerSource: string): void {
  runs = new Runs(workerSource, view);
  // The browser test reads the control-to-chart times (ms): to the first redraw, and to the whole run drawn.
  Object.assign(window, { deptsimTimings: runs.whole, deptsimFirstDraw: runs.firstDraw, deptsimDrawMs: runs.drawMs });
  document.addEventListener('keydown', stepDay);
  state = fromHash();
  void render().then(() => rerun());
}
