import { format, num, type Locale } from '../sim/i18n/index.js';
import type { Lever, LeverValue, Scenario, Settings } from './library.js';
import { CHOICE_TEXT, LEVER_TEXT, UI, UNIT_TEXT, YES_NO } from './i18n.js';
import schema from '../schema/scenario.schema.json' with { type: 'json' };

/**
 * The controls of the levers of one side. A lever set on every campaign at once (overtime paid,
 * rest days…) whose value differs between the scenario's campaigns says so and never shows
 * campaign 1's value as if it were the whole case: a yes/no lever becomes a choice between "as in
 * the case (1: yes, 2: yes, 3: no)" and the same value in every campaign; a number shows the
 * campaigns' values beside the slider.
 */
type Json = { properties?: Record<string, Json>; items?: Json; minimum?: number; maximum?: number; exclusiveMinimum?: number; unit?: string; enum?: string[] };
function schemaAt(path: readonly string[]): Json {
  let node = (schema as unknown as { $defs: { scenario: Json } }).$defs.scenario;
  for (const seg of path) node = (seg === '*' ? node.items : node.properties?.[seg]) ?? {};
  return node;
}

export function leverRange(l: Lever): { min: number; max: number; unit: string; choices: string[] } {
  const s = schemaAt(l.schemaPath);
  const min = Math.max(l.min ?? -Infinity, s.minimum ?? s.exclusiveMinimum ?? 0);
  const max = Math.min(l.max ?? Infinity, s.maximum ?? 1000);
  const unit = l.id === 'campaigns' ? 'campaigns' : s.unit ?? '';
  return { min, max, unit, choices: s.enum ?? [] };
}

/** Each campaign's own value of a lever set on every campaign; null for other levers. */
export function campaignValues(l: Lever, s: Scenario): LeverValue[] | null {
  if (l.schemaPath[0] !== 'campaigns' || l.schemaPath[1] !== '*') return null;
  const rest = l.schemaPath.slice(2);
  return s.campaigns.map((c) => rest.reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], c) as LeverValue);
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function shown(v: LeverValue, lang: Locale): string {
  if (typeof v === 'boolean') return format(v ? YES_NO.yes : YES_NO.no, lang);
  if (typeof v === 'number') return num(v, lang);
  return CHOICE_TEXT[v] ? format(CHOICE_TEXT[v], lang) : v;
}

/** "1: yes, 2: yes, 3: no" in the page's language (the list form of Intl). */
function byCampaign(values: LeverValue[], lang: Locale): string {
  const items = values.map((v, i) => (lang === 'zh-CN' ? `第${i + 1}次${shown(v, lang)}` : `${i + 1}: ${shown(v, lang)}`));
  return new Intl.ListFormat(lang, { style: 'narrow', type: 'unit' }).format(items);
}

export function leverControl(l: Lever, side: 'a' | 'b', s: Scenario, settings: Settings, lang: Locale): string {
  const id = `${side}-${l.id}`;
  const text = LEVER_TEXT[l.id];
  const tr = (x: { en: string; 'zh-CN': string }) => format(x, lang);
  const r = leverRange(l);
  const unit = UNIT_TEXT[r.unit] ? tr(UNIT_TEXT[r.unit]) : r.unit;
  const perCampaign = campaignValues(l, s);
  const mixed = perCampaign !== null && new Set(perCampaign.map(String)).size > 1;
  const set = Object.hasOwn(settings, l.id);
  const value = set ? settings[l.id] : l.get(s);
  const note = mixed ? ` <span class="mixed">${esc(format(UI.mixed, lang, { values: byCampaign(perCampaign!, lang) }))}</span>` : '';
  const help = `<p class="help" id="${id}-help">${esc(tr(text.help))}${unit ? ` <span class="unit">(${esc(unit)})</span>` : ''}${note}</p>`;
  const attrs = `id="${id}" data-lever="${l.id}" data-side="${side}" aria-describedby="${id}-help"`;
  if (l.kind === 'boolean' && mixed) {
    const opt = (v: string, label: string, on: boolean) => `<option value="${v}" ${on ? 'selected' : ''}>${esc(label)}</option>`;
    return `<div class="lever"><label for="${id}">${esc(tr(text.label))}</label> <select ${attrs} data-mixed="1">${opt('', format(UI.asInCase, lang, { values: byCampaign(perCampaign!, lang) }), !set)}${opt(
      'true', format(UI.everyCampaign, lang, { value: tr(YES_NO.yes) }), set && value === true)}${opt('false', format(UI.everyCampaign, lang, { value: tr(YES_NO.no) }), set && value === false)}</select>${help}</div>`;
  }
  if (l.kind === 'boolean') {
    return `<div class="lever"><label><input type="checkbox" ${attrs} ${value ? 'checked' : ''}> ${esc(tr(text.label))}</label>${help}</div>`;
  }
  if (l.kind === 'choice') {
    const opts = r.choices.map((c) => `<option value="${c}" ${c === value ? 'selected' : ''}>${esc(CHOICE_TEXT[c] ? tr(CHOICE_TEXT[c]) : c)}</option>`).join('');
    return `<div class="lever"><label for="${id}">${esc(tr(text.label))}</label> <select ${attrs}>${opts}</select>${help}</div>`;
  }
  return `<div class="lever"><label for="${id}">${esc(tr(text.label))}</label> <input type="range" ${attrs} min="${r.min}" max="${r.max}" step="${l.step}" value="${value}"> <output for="${id}" id="${id}-out">${esc(num(Number(value), lang))}</output>${help}</div>`;
}
