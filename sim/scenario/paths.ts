/**
 * Relative paths for `extends`, resolved without node:path so scenario loading also runs in the
 * browser (the teachers' page bundles sim/scenario).
 */
export function dirOf(file: string): string {
  file = file.replace(/\\/g, '/');
  const i = file.lastIndexOf('/');
  return i < 0 ? '.' : i === 0 ? '/' : file.slice(0, i);
}

/** `target` relative to the folder of `file`, normalised (`a/./b/../c.yaml` -> `a/c.yaml`). */
export function resolveFrom(file: string, target: string): string {
  target = target.replace(/\\/g, '/');
  const joined = target.startsWith('/') ? target : `${dirOf(file)}/${target}`;
  const abs = joined.startsWith('/');
  const out: string[] = [];
  for (const part of joined.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && out.length && out[out.length - 1] !== '..') out.pop();
    else if (part !== '..' || !abs) out.push(part);
  }
  return (abs ? '/' : '') + (out.join('/') || '.');
}
