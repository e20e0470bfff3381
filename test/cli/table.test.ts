import { describe, expect, it } from 'vitest';
import { textTable } from '../../sim/cli/table.js';
import { displayWidth } from '../../sim/cli/text-width.js';

describe('terminal tables', () => {
  it('count a Chinese character as two columns and a combining accent as none', () => {
    expect(displayWidth('扶贫办')).toBe(6);
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('e\u0301')).toBe(1);
  });

  it('line up columns whatever script the names are in', () => {
    const t = textTable(['unit', 'staff'], [['扶贫办', '12'], ['education', '8'], ['教育局 (county)', '100']]);
    const lines = t.split('\n');
    // Every line ends at the same terminal column, so the right-aligned numbers line up.
    const widths = lines.map(displayWidth);
    expect(new Set(widths).size, t).toBe(1);
    expect(lines[2]).toBe(`扶贫办${' '.repeat(9 + 2 + 3)}12`);
  });
});
