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

/** "coordination.office.strength 0.2 → 0.9; ..." (the first `max`, then how many more). */
export function diffText(diff: { path: string; from: string; to: string }[], max = 8): string {
  const shown = diff.slice(0, max).map((d) => `${d.path} ${d.from} → ${d.to}`);
  return shown.join('; ') + (diff.length > max ? `; and ${diff.length - max} more` : '');
}
