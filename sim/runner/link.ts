import { stringify } from 'yaml';
import type { Scenario } from '../scenario/schema/index.js';
import { LEVER_BY_ID, applySettings, type LeverValue, type Settings } from './levers.js';

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

const PRESET = /^[a-z][a-z0-9_-]*$/;

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

function leverValue(id: string, raw: string, where: string): LeverValue {
  const lever = LEVER_BY_ID.get(id);
  if (!lever) throw new LinkError(`${where}: the link sets "${id}", which this version of deptsim does not know (known: ${[...LEVER_BY_ID.keys()].join(', ')})`);
  if (lever.kind === 'boolean') {
    if (raw !== 'true' && raw !== 'false') throw new LinkError(`${where}: ${id} must be true or false, not "${raw}"`);
    return raw === 'true';
  }
  if (lever.kind === 'number') {
    const n = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(n)) throw new LinkError(`${where}: ${id} must be a number, not "${raw}"`);
    return n;
  }
  return raw;
}

/** Read a link (a whole URL or only its fragment); throws LinkError naming what is wrong. */
export function parseLink(text: string): PageLink {
  const hash = text.includes('#') ? text.slice(text.indexOf('#') + 1) : text;
  const link: PageLink = { version: '', preset: '', seed: NaN, settings: {} };
  let bPreset: string | undefined;
  const bSettings: Settings = {};
  for (const part of hash.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const key = eq < 0 ? part : part.slice(0, eq);
    let value: string;
    try {
      value = eq < 0 ? '' : decodeURIComponent(part.slice(eq + 1));
    } catch {
      throw new LinkError(`link: "${part}" is not properly encoded; copy the whole link again`);
    }
    if (key === 'v') link.version = value;
    else if (key === 'p') link.preset = value;
    else if (key === 'seed') link.seed = /^\d+$/.test(value) ? Number(value) : NaN;
    else if (key === 'b') bPreset = value;
    else if (key === 'n') link.replicates = Number(value);
    else if (key === 'day') link.day = Number(value);
    else if (key === 'lang') link.lang = value;
    else if (key === 'projector') link.projector = value === '1';
    else if (key.startsWith('s.')) link.settings[key.slice(2)] = leverValue(key.slice(2), value, 'link');
    else if (key.startsWith('b.')) bSettings[key.slice(2)] = leverValue(key.slice(2), value, 'link (B side)');
  }
  if (!PRESET.test(link.preset)) throw new LinkError('link: no preset (p=...) in the fragment; copy the whole link from the page, including what follows #');
  if (!Number.isSafeInteger(link.seed)) throw new LinkError('link: the seed (seed=...) is missing or not a whole number');
  if (bPreset !== undefined) {
    if (!PRESET.test(bPreset)) throw new LinkError(`link: "${bPreset}" is not a preset name (b=...)`);
    link.b = { preset: bPreset, settings: bSettings };
  }
  return link;
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
