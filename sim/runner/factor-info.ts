import { parameterInfo, unitText } from '../scenario/field-info.js';
import type { Factor } from './factors.js';

export interface FactorInfo {
  /** "Inspection penalty", "Headcount, every department". */
  label: string;
  /** "hours' pay/catch"; for a scale, "× own value". */
  unit: string;
  /** Label with unit, for an axis or a table: "Headcount, every department (× own value)". */
  title: string;
}

/**
 * A factor in words, from the schema's label and unit (sim/scenario/field-info.ts): a field of a
 * list is named for every entry ("Headcount, every department"), and a scale factor's unit is the
 * multiplier of each entry's own value.
 */
export function factorInfo(f: Factor): FactorInfo {
  const info = parameterInfo(f.targets[0] ?? f.id);
  const label = f.id.includes('[]') ? info.label.replace(/, ([a-z ]+?) \d+$/, ', every $1') : info.label;
  const unit = f.kind === 'scale' ? '× own value' : info.unit ? unitText(info.unit) : '';
  return { label, unit, title: unit ? `${label} (${unit})` : label };
}
