// Fingerprints of outputs by figure name, and their comparison, for bench/same-outputs.mjs.
//
// A fingerprint is { item: { figure: hash } }: an item is a run (scenario, variant, seed key) or a
// file of an output folder; a figure is one named column of a daily record or a CSV file, or one key
// path of a JSON document. Comparing two fingerprints figure by figure tells an additive change (new
// figures, every old one byte-identical) from a change to what existed. Plain JavaScript: the
// checker must load any build, including one older than the code that reads its fingerprints.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { csvParseRows } from 'd3-dsv';

/** 64 bits of SHA-256: enough to tell two figures apart, short enough for thousands of them. */
const short = (hash) => hash.digest('hex').slice(0, 16);

/**
 * Hashes each column of a run's daily records separately, named `daily.<metric>`: every row (units,
 * then the county) of every day, as float64 bytes, so a column's hash changes only when one of its
 * own numbers does. `metrics` are the record's column names in order, from the build that ran.
 */
export function recordFingerprinter(metrics) {
  const hashes = metrics.map(() => createHash('sha256'));
  let column = null;
  return {
    onDay(rec) {
      const rows = rec.length / metrics.length;
      if (!Number.isInteger(rows)) throw new Error(`a record of ${rec.length} numbers is not rows of ${metrics.length} metrics`);
      if (column?.length !== rows) column = new Float64Array(rows);
      for (let m = 0; m < metrics.length; m++) {
        for (let r = 0; r < rows; r++) column[r] = rec[r * metrics.length + m];
        hashes[m].update(new Uint8Array(column.buffer));
      }
    },
    figures() {
      return Object.fromEntries(metrics.map((m, i) => [`daily.${m}`, short(hashes[i])]));
    },
  };
}

/**
 * One figure per leaf key path of a JSON value, `prefix.a.b`. An array of objects with an `id`
 * names its elements by id (`windows[baseline]`); other array elements share their path (`[]`) and
 * hash together in order, so an element added to such an array changes that figure. With
 * `byLastKey`, leaves group by their last key instead (`prefix.b`, hashing each full path with its
 * value): a run summary's measure across every window and unit is then one figure, not hundreds.
 */
export function jsonFigures(value, prefix, { byLastKey = false } = {}) {
  const hashes = new Map();
  const visit = (v, path, key) => {
    if (Array.isArray(v)) {
      v.forEach((x) => visit(x, `${path}[${x !== null && typeof x === 'object' && typeof x.id === 'string' ? x.id : ''}]`, key));
    } else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) visit(x, `${path}.${k}`, k);
    } else {
      const figure = byLastKey ? `${prefix}.${key}` : path;
      if (!hashes.has(figure)) hashes.set(figure, createHash('sha256'));
      hashes.get(figure).update(`${byLastKey ? `${path}=` : ''}${JSON.stringify(v)}\n`);
    }
  };
  visit(value, prefix, '');
  return Object.fromEntries([...hashes].map(([k, h]) => [k, short(h)]));
}

/**
 * One figure per column of a CSV text, by its header name (`prefix:column`): the cells as written, in
 * row order. A long table (a `metric` or `measure` column naming each row's measure, as summary.csv)
 * splits by that name too (`prefix[metric=m]:column`), so rows of a new measure add figures instead
 * of changing every column.
 */
export function csvFigures(text, prefix) {
  const [head = [], ...rows] = csvParseRows(text);
  if (new Set(head).size !== head.length) throw new Error(`${prefix} has the column ${head.find((h, i) => head.indexOf(h) !== i)} twice`);
  const by = head.findIndex((h) => h === 'metric' || h === 'measure');
  const hashes = new Map();
  for (const row of rows) {
    const group = by < 0 ? prefix : `${prefix}[${head[by]}=${row[by]}]`;
    head.forEach((name, c) => {
      const figure = `${group}:${name}`;
      if (!hashes.has(figure)) hashes.set(figure, createHash('sha256'));
      hashes.get(figure).update(`${row[c] ?? ''}\n`);
    });
  }
  // A table with a header and no rows still has its columns.
  if (rows.length === 0) for (const name of head) hashes.set(`${prefix}:${name}`, createHash('sha256'));
  return Object.fromEntries([...hashes].sort(([a], [b]) => a.localeCompare(b)).map(([k, h]) => [k, short(h)]));
}

/**
 * Every file of an output folder: CSV files by column, JSON files by key path, JSON Lines files by
 * line (`file:1`, `file:2`, ...), anything else (SVG, PNG, HTML, Markdown) whole. Items are the
 * files' paths relative to the folder.
 */
export function folderFingerprint(dir) {
  const out = {};
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(d, e.name);
      const name = relative(dir, path).split('\\').join('/');
      if (e.isDirectory()) walk(path);
      else if (name.endsWith('.csv')) out[name] = csvFigures(readFileSync(path, 'utf8'), name);
      else if (name.endsWith('.json')) out[name] = jsonFigures(JSON.parse(readFileSync(path, 'utf8')), name);
      else if (name.endsWith('.jsonl')) {
        out[name] = {};
        readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).forEach((l, i) => Object.assign(out[name], jsonFigures(JSON.parse(l), `${name}:${i + 1}`)));
      } else out[name] = { [name]: short(createHash('sha256').update(readFileSync(path))) };
    }
  };
  walk(dir);
  return out;
}

/**
 * Figure by figure: which figures the second fingerprint added, removed or changed, each with the
 * items (runs or files) where it did; items only one side has are listed apart.
 */
export function compareFingerprints(a, b) {
  const added = new Map();
  const removed = new Map();
  const changed = new Map();
  const note = (map, figure, item) => (map.get(figure) ?? map.set(figure, []).get(figure)).push(item);
  let same = 0;
  for (const item of Object.keys(a)) {
    if (!(item in b)) continue;
    for (const [figure, hash] of Object.entries(a[item])) {
      if (!(figure in b[item])) note(removed, figure, item);
      else if (b[item][figure] !== hash) note(changed, figure, item);
      else same++;
    }
    for (const figure of Object.keys(b[item])) if (!(figure in a[item])) note(added, figure, item);
  }
  return {
    items: Object.keys(a).filter((i) => i in b).length,
    same,
    added,
    removed,
    changed,
    onlyInFirst: Object.keys(a).filter((i) => !(i in b)),
    onlyInSecond: Object.keys(b).filter((i) => !(i in a)),
  };
}

/** True when everything the first had is still there, byte for byte (figures or items may be added). */
export const keepsEverything = (cmp) => cmp.removed.size === 0 && cmp.changed.size === 0 && cmp.onlyInFirst.length === 0;

const LISTED = 40;

/** The comparison as lines for a terminal: changed, removed, then added figures, each with how many items and one example. */
export function comparisonText(cmp) {
  const lines = [`${cmp.items} items in both; ${cmp.same} figures byte-identical.`];
  const section = (title, map) => {
    if (map.size === 0) return;
    lines.push(`${title}: ${map.size} figure${map.size === 1 ? '' : 's'}`);
    const figures = [...map].sort(([x], [y]) => x.localeCompare(y));
    for (const [figure, items] of figures.slice(0, LISTED)) lines.push(`  ${figure}  in ${items.length} of ${cmp.items} (e.g. ${items[0]})`);
    if (figures.length > LISTED) lines.push(`  ... and ${figures.length - LISTED} more`);
  };
  section('changed', cmp.changed);
  section('removed', cmp.removed);
  section('added', cmp.added);
  const list = (title, items) => items.length && lines.push(`${title}: ${items.length} (${items.slice(0, 5).join('; ')}${items.length > 5 ? '; ...' : ''})`);
  list('items only in the first', cmp.onlyInFirst);
  list('items only in the second', cmp.onlyInSecond);
  lines.push(
    keepsEverything(cmp)
      ? `Same outputs: every figure of the first is byte-identical in the second${cmp.added.size || cmp.onlyInSecond.length ? ' (the second only adds)' : ''}.`
      : 'Different outputs: figures the first had changed or are missing in the second.',
  );
  return lines.join('\n') + '\n';
}
