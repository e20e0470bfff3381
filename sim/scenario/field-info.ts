import { fieldRows, type FieldRow } from './field-table.js';
import { scenarioJsonSchema } from './json-schema.js';

/**
 * What the schema says about a parameter named by a value path (`coordination.office.strength`,
 * `campaigns.0.inspectionRate`, `departments.audit.headcount`): a short label in words, its unit and
 * its description, for axis titles and sentences. Read from the same rows as docs/SCENARIOS.md's
 * field table, so an axis and the docs cannot disagree.
 */
export interface ParameterInfo {
  path: string;
  /** The schema's field the path names, lists as `[]` ("campaigns[].inspectionRate"); the path itself when unknown. */
  field: string;
  /** "Office strength", "Inspection rate, campaign 1", "Headcount, audit". */
  label: string;
  /** As the schema writes it ("share", "items/day"); "" when the schema gives none. */
  unit: string;
  description: string;
  /** "Office strength (share, 0–1)": label with unit, for an axis. */
  title: string;
}

let rows: Map<string, FieldRow> | null = null;
const rowsByPath = () => (rows ??= new Map(fieldRows(scenarioJsonSchema()).map((r) => [r.path, r])));

const words = (camel: string) => camel.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').toLowerCase();
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** "campaigns" -> "campaign": a list's element in words. */
const singular = (s: string) => words(s).replace(/ies$/, 'y').replace(/s$/, '');

/** Units as a reader sees them on an axis: a share says its range, since sweeps give it as 0-1. */
export const unitText = (unit: string) => (unit === 'share' ? 'share, 0–1' : unit);

/** The schema's row for a value path, and the element names met on the way (list positions and ids). */
function resolve(path: string): { row: FieldRow; elements: string[] } | null {
  const byPath = rowsByPath();
  let at = '';
  const elements: string[] = [];
  for (const seg of path.split('.')) {
    const field = at ? `${at}.${seg}` : seg;
    if (byPath.has(field)) at = field;
    else if (byPath.has(`${at}[]`) || [...byPath.keys()].some((k) => k.startsWith(`${at}[].`))) {
      const list = at.slice(at.lastIndexOf('.') + 1);
      elements.push(/^\d+$/.test(seg) ? `${singular(list)} ${Number(seg) + 1}` : seg);
      at = `${at}[]`;
    } else return null;
  }
  const row = byPath.get(at);
  return row ? { row, elements } : null;
}

/** The parameter's label, unit and meaning; a path the schema does not know keeps its own name. */
export function parameterInfo(path: string): ParameterInfo {
  const found = resolve(path);
  if (!found) return { path, field: path, label: path, unit: '', description: '', title: path };
  const fields = found.row.path.split('.').filter((s) => s !== '' && !s.endsWith('[]'));
  const last = fields.at(-1) ?? path;
  // The parent's name says which strength or rate it is ("office strength"), unless it is a list element.
  const parentSeg = found.row.path.split('.').at(-2);
  const parent = parentSeg && !parentSeg.endsWith('[]') ? `${words(parentSeg)} ` : '';
  const label = capital(`${parent}${words(last)}`) + (found.elements.length ? `, ${found.elements.join(', ')}` : '');
  const unit = found.row.unit;
  return { path, field: found.row.path, label, unit, description: found.row.description, title: unit ? `${label} (${unitText(unit)})` : label };
}
