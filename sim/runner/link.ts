import { stringify } from 'yaml';
import type { Scenario } from '../scenario/schema/index.js';
import { BudgetError, checkWork, DEFAULT_BUDGET } from './budget.js';
import { LEVER_BY_ID, applySettings, type LeverValue, type Settings } from './levers.js';
import { SetError } from './set.js';
import { format, LOCALES, type Locale, type Template, type Values } from '../i18n/format.js';
import { LINK_MESSAGES } from '../i18n/link-messages.js';

/**
 * A teachers' page link: everything needed to replay what the page showed, in the URL's fragment
 * (never sent to a server): deptsim's version, the preset (a shipped scenario's file name without
 * `.yaml`), the seed, the settings moved, and the page's own state (language, the B side of a
 * comparison, replicates, the day on the slider, projector mode).
 *
 *   ...index.html#v=0.1.0&p=three-campaigns&seed=20170327&s.overtimePaid=false&lang=zh-CN
 */
export interface PageLink {
  version: string;
  preset: string;
  seed: number;
  settings: Settings;
  lang?: string;
  /** The B side of a comparison: its preset and settings (same seed). */
  b?: { preset: string; settings: Settings };
  replicates?: number;
  day?: number;
  projector?: boolean;
}

/** A link that cannot be understood; the CLI prints the message as it is. */
export class LinkError extends Error {
  override name = 'LinkError';
}

const PRESET = /^[a-z][a-z0-9_-]{0,80}$/;
/** The scenario schema's seed range (sim/scenario/schema/index.ts), which `deptsim run --seed` keeps to as well. */
const SEED_MAX = 2 ** 32 - 1;

function encodeSettings(prefix: string, s: Settings): string[] {
  return Object.keys(s)
    .sort()
    .map((k) => `${prefix}${k}=${encodeURIComponent(String(s[k]))}`);
}

export function linkFragment(l: PageLink): string {
  const parts = [`v=${encodeURIComponent(l.version)}`, `p=${l.preset}`, `seed=${l.seed}`, ...encodeSettings('s.', l.settings)];
  if (l.b) parts.push(`b=${l.b.preset}`, ...encodeSettings('b.', l.b.settings));
  if (l.replicates !== undefined) parts.push(`n=${l.replicates}`);
  if (l.day !== undefined) parts.push(`day=${l.day}`);
  if (l.lang) parts.push(`lang=${encodeURIComponent(l.lang)}`);
  if (l.projector) parts.push('projector=1');
  return parts.join('&');
}

/** Whether a command-line argument is a page link rather than a file path. */
export function looksLikeLink(arg: string): boolean {
  return /#(.*&)?p=/.test(arg);
}

/** Replicates a link may ask for (the page's own limits). */
export const LINK_REPLICATES = { min: 2, max: 100 } as const;
const LANGS = ['en', 'zh-CN'];

/** What a link says, what was ignored (each with the reason, one line each) and what to warn about. */
export interface LinkReading {
  link: PageLink;
  /** Parts of the link that were left out, each naming what and why (English); everything else is kept. */
  ignored: string[];
  /** Kept, but worth saying: made with another version of deptsim (English). */
  warnings: string[];
  /** The same two lists in every language the page speaks, from one set of templates. */
  said: Record<Locale, { ignored: string[]; warnings: string[] }>;
}

/** A reason in every language, formatted once from its template. */
type Said = Record<Locale, string>;
const say = (template: Template, values: Values = {}): Said => Object.fromEntries(LOCALES.map((l) => [l, format(template, l, values)])) as Said;

export interface LinkContext {
  /** This deptsim's version. */
  version: string;
  /** A shipped scenario by preset name, or undefined when there is none by that name. */
  preset(name: string): Scenario | undefined;
}

/** The integers and the bounds a link's lever value must keep to: the lever's (the slider's) range. */
function leverProblem(id: string, raw: string): { value?: LeverValue; problem?: Said } {
  const lever = LEVER_BY_ID.get(id);
  const value = raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
  if (!lever) return { problem: say(LINK_MESSAGES.unknownLever, { id: id.slice(0, 40), known: [...LEVER_BY_ID.keys()].join(', ') }) };
  if (lever.kind === 'boolean') return raw === 'true' || raw === 'false' ? { value: raw === 'true' } : { problem: say(LINK_MESSAGES.notBoolean, { id, value }) };
  if (lever.kind === 'choice') return /^[a-z-]{1,40}$/.test(raw) ? { value: raw } : { problem: say(LINK_MESSAGES.notChoice, { id, value }) };
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n)) return { problem: say(LINK_MESSAGES.notNumber, { id, value }) };
  if (Number.isInteger(lever.step) && !Number.isInteger(n)) return { problem: say(LINK_MESSAGES.notWhole, { id, value }) };
  const min = lever.min ?? 0;
  if (n < min || (lever.max !== undefined && n > lever.max)) return { problem: say(LINK_MESSAGES.outOfRange, { id, value, min: String(min), max: lever.max === undefined ? "the schema's maximum" : String(lever.max) }) };
  return { value: n };
}

/**
 * Settings a link carries for one side, checked against the side's preset scenario: each lever on
 * its own (a value the scenario schema refuses, or that makes a run larger than the budget, is left
 * out with the reason), so one bad lever never drops the others.
 */
function checkSettings(raw: [string, string][], preset: Scenario | undefined, bSide: boolean, ignored: Said[]): Settings {
  const onSide = (p: Said): Said => (bSide ? (Object.fromEntries(LOCALES.map((l) => [l, format(LINK_MESSAGES.bSide, l, { problem: p[l] })])) as Said) : p);
  const settings: Settings = {};
  for (const [id, text] of raw) {
    const { value, problem } = leverProblem(id, text);
    if (problem !== undefined || value === undefined) {
      if (problem) ignored.push(onSide(problem));
      continue;
    }
    if (preset) {
      try {
        const s = applySettings(preset, { [id]: value }, 'link');
        checkWork([s], 1, false, DEFAULT_BUDGET);
      } catch (e) {
        if (!(e instanceof SetError) && !(e instanceof BudgetError)) throw e;
        ignored.push(onSide(say(LINK_MESSAGES.refused, { id, value: text.slice(0, 40), reason: e.message })));
        continue;
      }
    }
    settings[id] = value;
  }
  return settings;
}

/**
 * Read a link (a whole URL or only its fragment) the one way both the teachers' page and `deptsim
 * run '<link>'` read it: every part is checked (preset, seed, levers with their ranges and whole
 * numbers, replicates, day, language, version); a part that does not pass is left out and named in
 * `ignored`, everything else is kept. The page shows `ignored` in its error line and runs the rest;
 * the command line refuses a link with anything ignored.
 */
export function readLink(text: string, ctx: LinkContext): LinkReading {
  const hash = text.includes('#') ? text.slice(text.indexOf('#') + 1) : text;
  const ignored: Said[] = [];
  const warnings: Said[] = [];
  const raw: Record<string, string> = Object.create(null);
  const levers: Record<'s' | 'b', [string, string][]> = { s: [], b: [] };
  for (const part of hash.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const key = eq < 0 ? part : part.slice(0, eq);
    let value: string;
    try {
      value = eq < 0 ? '' : decodeURIComponent(part.slice(eq + 1));
    } catch {
      ignored.push(say(LINK_MESSAGES.notEncoded, { part: part.slice(0, 40) }));
      continue;
    }
    if (key.startsWith('s.') || key.startsWith('b.')) levers[key[0] as 's' | 'b'].push([key.slice(2), value]);
    else if (['v', 'p', 'seed', 'b', 'n', 'day', 'lang', 'projector'].includes(key)) raw[key] = value;
    else ignored.push(say(LINK_MESSAGES.unknownKey, { key: key.slice(0, 40) }));
  }
  const link: PageLink = { version: raw.v ?? '', preset: '', seed: NaN, settings: {} };
  const known = (name: string | undefined) => (name !== undefined && PRESET.test(name) && ctx.preset(name) ? name : undefined);
  const preset = known(raw.p);
  if (preset) link.preset = preset;
  else ignored.push(raw.p === undefined ? say(LINK_MESSAGES.noLesson) : say(LINK_MESSAGES.unknownPreset, { name: raw.p.slice(0, 40), key: 'p' }));
  if (raw.seed !== undefined) {
    const seed = /^\d{1,10}$/.test(raw.seed) ? Number(raw.seed) : NaN;
    if (seed <= SEED_MAX) link.seed = seed;
    else ignored.push(say(LINK_MESSAGES.badSeed, { seed: raw.seed.slice(0, 40), max: String(SEED_MAX) }));
  }
  if (link.version && link.version !== ctx.version) warnings.push(say(LINK_MESSAGES.versionDiffers, { then: link.version.slice(0, 20), now: ctx.version }));
  link.settings = checkSettings(levers.s, preset ? ctx.preset(preset) : undefined, false, ignored);
  if (raw.b !== undefined || levers.b.length) {
    const b = raw.b === undefined ? preset : known(raw.b);
    if (raw.b !== undefined && !b) ignored.push(say(LINK_MESSAGES.unknownPreset, { name: raw.b.slice(0, 40), key: 'b' }));
    if (b) link.b = { preset: b, settings: checkSettings(levers.b, ctx.preset(b), true, ignored) };
  }
  if (raw.n !== undefined) {
    const n = Number(raw.n);
    if (/^\d+$/.test(raw.n) && n >= LINK_REPLICATES.min && n <= LINK_REPLICATES.max) link.replicates = n;
    else ignored.push(say(LINK_MESSAGES.badReplicates, { n: raw.n.slice(0, 40), min: String(LINK_REPLICATES.min), max: String(LINK_REPLICATES.max) }));
  }
  if (raw.day !== undefined) {
    if (/^\d{1,5}$/.test(raw.day)) link.day = Number(raw.day);
    else ignored.push(say(LINK_MESSAGES.badDay, { day: raw.day.slice(0, 40) }));
  }
  if (raw.lang !== undefined) {
    if (LANGS.includes(raw.lang)) link.lang = raw.lang;
    else ignored.push(say(LINK_MESSAGES.badLang, { lang: raw.lang.slice(0, 40) }));
  }
  if (raw.projector !== undefined) link.projector = raw.projector === '1';
  const said = Object.fromEntries(LOCALES.map((l) => [l, { ignored: ignored.map((x) => x[l]), warnings: warnings.map((x) => x[l]) }])) as LinkReading['said'];
  return { link, ignored: said.en.ignored, warnings: said.en.warnings, said };
}

/** Read a link and refuse it whole if any part was ignored (the command line's way); warnings are returned. */
export function parseLink(text: string, ctx: LinkContext): { link: PageLink; warnings: string[] } {
  const r = readLink(text, ctx);
  if (r.ignored.length) throw new LinkError(`link: ${r.ignored.join('; ')}`);
  if (!Number.isSafeInteger(r.link.seed)) throw new LinkError('link: the seed (seed=...) is missing; copy the whole link from the page, including what follows #');
  return { link: r.link, warnings: r.warnings };
}

/**
 * A scenario as a self-contained YAML file (no `extends`): what the page's download button saves
 * and what `deptsim run <link>` runs, so both reproduce the page's numbers. `note` is a comment on top.
 */
export function scenarioYaml(scenario: Scenario, note: string): string {
  const comment = note
    .split('\n')
    .map((l) => `# ${l}`.trimEnd())
    .join('\n');
  return `# yaml-language-server: $schema=https://deptsim.example/schema/scenario.schema.json\n${comment}\n${stringify(scenario, { lineWidth: 0 })}`;
}

/** The scenario a link's A side (or B side) describes, given its preset, with the link's seed. */
export function linkScenario(link: PageLink, preset: Scenario, side: 'a' | 'b' = 'a'): Scenario {
  const settings = side === 'b' && link.b ? link.b.settings : link.settings;
  return { ...applySettings(preset, settings, 'link'), seed: link.seed };
}
