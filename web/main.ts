import { applySettings, formatProblem, LEVERS, linkFragment, parseLink, scenarioYaml, ScenarioError, type Lever, type LeverValue, type Scenario, type Settings, type PageLink } from './library.js';
import schema from '../schema/scenario.schema.json' with { type: 'json' };
import { dayChart, diffChart, setCursor, setDayData, type DayChart } from './charts.js';
import { CHOICE_TEXT, LEVER_TEXT, MEASURE_TEXT, PRESET_TEXT, STORY, UI, UNIT_NAMES, UNIT_TEXT, type Lang } from './i18n.js';
import { PRESETS, scenarioOf, type Preset } from './presets.js';
import type { CompareResult, LiveResult, Request } from './protocol.js';

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

// ---------- workers (from a Blob: Chromium starts no worker from a file:// script) ----------
const workerUrl = URL.createObjectURL(new Blob([__WORKER_SOURCE__], { type: 'text/javascript' }));
const liveWorker = new Worker(workerUrl);
const compareWorker = new Worker(workerUrl);
let nextId = 1;
let liveId = 0;
let compareId = 0;
let changedAt = 0;
/** Control change to redrawn charts, in ms, one entry per completed live run (the browser test reads it). */
const timings: number[] = [];
(window as unknown as { deptsimTimings: number[] }).deptsimTimings = timings;

let live: { a: LiveResult; b: LiveResult } | null = null;
let compared: CompareResult | null = null;
let charts: DayChart[] = [];

function send(w: Worker, q: Request) {
  w.postMessage(q);
}

function rerun() {
  let sc: { a: Scenario; b: Scenario };
  try {
    sc = scenarios();
  } catch (e) {
    showError(e instanceof ScenarioError ? e.problems.map(formatProblem).join('\n') : (e as Error).message);
    return;
  }
  showError('');
  changedAt = performance.now();
  liveId = nextId++;
  compareId = nextId++;
  setStatus(tr(UI.running));
  send(liveWorker, { kind: 'live', id: liveId, a: sc.a, b: sc.b, seed: state.seed });
  send(compareWorker, { kind: 'compare', id: compareId, a: sc.a, b: sc.b, seed: state.seed, n: state.n });
  writeHash();
}

liveWorker.onmessage = async (e) => {
  const m = e.data;
  if (m.id !== liveId) return;
  if (m.kind === 'progress') return setProgress(m.done, 'live');
  if (m.kind === 'error') return showError(`${tr(UI.error)} ${m.message}`);
  if (m.kind !== 'live') return;
  live = { a: m.a, b: m.b };
  state.day = Math.min(state.day, m.a.dates.length - 1);
  await drawLive();
  if (m.id === liveId) {
    timings.push(performance.now() - changedAt);
    document.body.dataset.redrawMs = String(Math.round(timings[timings.length - 1]));
    document.body.dataset.liveId = String(m.id);
    setStatus(tr(UI.ready));
  }
};
compareWorker.onmessage = async (e) => {
  const m = e.data;
  if (m.id !== compareId) return;
  if (m.kind === 'progress') return setProgress(m.done, 'compare');
  if (m.kind === 'error') return showError(`${tr(UI.error)} ${m.message}`);
  if (m.kind !== 'compare') return;
  compared = m.result;
  await drawCompare();
  document.body.dataset.compareId = String(m.id);
};

// ---------- drawing ----------
const $ = <T extends HTMLElement = HTMLElement>(sel: string) => document.querySelector(sel) as T;
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const fontSize = () => (state.projector ? 20 : 12);
const fmt = (x: number | null | undefined, d = 2) => (x === null || x === undefined || !Number.isFinite(x) ? '–' : x.toLocaleString(state.lang, { maximumFractionDigits: d, minimumFractionDigits: 0 }));
const unitName = (id: string, r: number) => (live && r === live.a.hq ? tr(UI.headquarters) : state.lang === 'zh-CN' ? UNIT_NAMES[id] ?? id : id);

async function drawLive() {
  if (!live) return;
  await Promise.all(charts.map((c) => setDayData(c, live!)));
  const slider = $<HTMLInputElement>('#day');
  slider.max = String(live.a.dates.length - 1);
  slider.value = String(state.day);
  await drawDay();
  const overall = live.a.summary.windows;
  $('#summary').innerHTML = `<table><caption>A: ${esc(live.a.name)}</caption><thead><tr><th>${tr(UI.window)}</th><th>${tr(UI.days)}</th>${(['regular_done_per_staff_week', 'worked_hours_per_staff_week', 'shirk_rate', 'fatigue_mean', 'regular_backlog_end'] as const)
    .map((k) => `<th>${esc(tr(MEASURE_TEXT[k].label))}<br><small>${esc(tr(MEASURE_TEXT[k].unit))}</small></th>`)
    .join('')}</tr></thead><tbody>${overall
    .map((w) => `<tr><td>${esc(w.id)}</td><td>${w.to - w.from}</td>${(['regular_done_per_staff_week', 'worked_hours_per_staff_week', 'shirk_rate', 'fatigue_mean', 'regular_backlog_end'] as const).map((k) => `<td>${fmt(w.county[k] as number, 3)}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
  $('#summary').dataset.summary = JSON.stringify(live.a.summary);
}

async function drawDay() {
  if (!live) return;
  const d = state.day;
  $('#day-out').textContent = `${d}`;
  await Promise.all(charts.map((c) => setCursor(c, d)));
  const s = live.a.states[d];
  const camp = live.a.campaignOfDay[d] >= 0;
  $('#daystate').innerHTML = `<table><caption>${esc(tr(UI.countyOnDay))} ${d} (${camp ? tr(UI.inCampaign) : tr(UI.noCampaign)}) — A</caption><thead><tr><th>${tr(UI.unit)}</th><th>${tr(UI.staffHere)}</th><th>${tr(UI.seconded)}</th><th>${tr(UI.backlog)}</th><th>${tr(UI.fatigue)}</th><th>${tr(UI.sick)}</th></tr></thead><tbody>${live.a.units
    .map((u, r) => `<tr><td>${esc(unitName(u, r))}</td><td>${fmt(s.units[r].staff, 0)}</td><td>${fmt(s.units[r].seconded, 0)}</td><td>${fmt(s.units[r].backlog, 0)}</td><td>${fmt(s.units[r].fatigue)}</td><td>${fmt(s.units[r].sick, 0)}</td></tr>`)
    .join('')}</tbody></table>`;
}

async function drawCompare() {
  if (!compared) return;
  const same = JSON.stringify(scenarios().a) === JSON.stringify({ ...scenarios().b, name: scenarios().a.name, description: scenarios().a.description });
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
function setProgress(done: number, which: string) {
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
    dayChart($('#chart-backlog'), tr(UI.chartBacklog), 'open_regular', fs),
    dayChart($('#chart-fatigue'), tr(UI.chartFatigue), 'fatigue_mean', fs),
    dayChart($('#chart-shirk'), tr(UI.chartShirk), 'hours_shirked', fs),
    dayChart($('#chart-shared'), tr(UI.chartShared), 'open_shared', fs),
  ]);
  wire();
  if (live) await drawLive();
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
    void render().then(() => $('#preset').focus());
    rerun();
  };
  $('#seed').onchange = (e) => {
    const v = Number((e.target as HTMLInputElement).value);
    if (Number.isSafeInteger(v) && v >= 0) state.seed = v;
    rerun();
  };
  $('#replicates').onchange = (e) => {
    const v = Math.round(Number((e.target as HTMLInputElement).value));
    state.n = Math.max(2, Math.min(100, Number.isFinite(v) ? v : 10));
    rerun();
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
      rerun();
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

document.addEventListener('keydown', (e) => {
  // Arrow keys already move a focused slider; [ and ] step the day from anywhere (for a clicker).
  if (e.key !== '[' && e.key !== ']') return;
  if ((e.target as HTMLElement).tagName === 'INPUT' && (e.target as HTMLInputElement).type !== 'range') return;
  const max = live ? live.a.dates.length - 1 : 0;
  state.day = Math.max(0, Math.min(max, state.day + (e.key === ']' ? 7 : -7)));
  const slider = document.querySelector<HTMLInputElement>('#day');
  if (slider) slider.value = String(state.day);
  void drawDay();
  writeHash();
});

state = fromHash();
void render().then(rerun);
