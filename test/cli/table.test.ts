import { describe, expect, it } from 'vitest';
import { textTable } from '../../sim/cli/table.js';
import stringWidth from 'string-width';
import { displayWidth, NARROW_ONLY } from '../../sim/cli/text-width.js';

describe('terminal tables', () => {
  it('count a Chinese character as two columns and a combining accent as none', () => {
    expect(displayWidth('扶贫办')).toBe(6);
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('e\u0301')).toBe(1);
  });

  it('the fast path for one-column characters agrees with string-width on every character it takes', () => {
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (NARROW_ONLY.test(ch) && stringWidth(ch) !== 1) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
    expect(NARROW_ONLY.test('\u00ad')).toBe(false);
    expect(displayWidth('fatigue 0–1, −3.2 μ* σ')).toBe(22);
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
