import { parameterInfo } from '../scenario/field-info.js';

/**
 * What differs between two scenarios as run, field by field (paths as in --set: lists of objects
 * with an id are keyed by the id). Names and descriptions are left out: they always differ.
 */
export function scenarioDiff(a: unknown, b: unknown, path = ''): { path: string; from: string; to: string }[] {
  const text = (v: unknown) => (v === undefined ? '(none)' : typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v));
  if (a === b) return [];
  const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
  const keyed = (v: unknown): v is { id: string }[] => Array.isArray(v) && v.every((x) => isObj(x) && typeof x.id === 'string');
  if (keyed(a) && keyed(b)) {
    const ids = [...new Set([...a.map((x) => x.id), ...b.map((x) => x.id)])];
    return ids.flatMap((id) => scenarioDiff(a.find((x) => x.id === id), b.find((x) => x.id === id), path ? `${path}.${id}` : id));
  }
  if (isObj(a) && isObj(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => path !== '' || !['name', 'description', '$schema'].includes(k));
    return keys.flatMap((k) => scenarioDiff(a[k], b[k], path ? `${path}.${k}` : k));
  }
  if (JSON.stringify(a) === JSON.stringify(b)) return [];
  return [{ path, from: text(a), to: text(b) }];
}

/** A scenario value in words: a list as "tue, thu, sat" (or "none"), yes/no for a switch. */
function valueText(text: string): string {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return text;
  }
  if (Array.isArray(v)) return v.length === 0 ? 'none' : v.every((x) => typeof x !== 'object') ? v.join(', ') : text;
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  return typeof v === 'object' && v !== null ? text : String(v);
}

/**
 * "office strength 0.2 → 0.9 (share, 0–1); reporting hours 0 → 1 (h/person/day)" (the first `max`,
 * then how many more): each field by the schema's words and unit, `prefix` completing a path
 * given relative to a list element ("campaigns.campaign-2.").
 */
export function diffText(diff: { path: string; from: string; to: string }[], max = 8, prefix = ''): string {
  const shown = diff.slice(0, max).map((d) => {
    const p = parameterInfo(prefix + d.path);
    // Within one campaign's sentence, its name after the field's ("Reporting hours, campaign-2") says nothing.
    const label = prefix ? p.label.split(', ')[0] : p.label;
    const named = p.label === p.path ? d.path : label.charAt(0).toLowerCase() + label.slice(1);
    const list = d.from.startsWith('[') || d.to.startsWith('[');
    const unit = p.unit && p.unit !== 'share' && !list ? ` ${p.unit}` : '';
    return `${named} ${valueText(d.from)} → ${valueText(d.to)}${unit}`;
  });
  return shown.join('; ') + (diff.length > max ? `; and ${diff.length - max} more` : '');
}
