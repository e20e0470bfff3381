import { expect, it } from 'vitest';
import { groupedInteger } from '../../sim/measures/measure.js';

it('groups thousands exactly as toLocaleString(en-US) does, for every size and sign', () => {
  const values = [0, -0, 1, -1, 999, 1000, -1000, 9999, 10000, 123456, -1234567, 999999999, 1e9, 2 ** 53, -(2 ** 53) - 2, 1e20, 9.99e20, 1e21, 1e22, -1e25];
  let s = 12345;
  for (let i = 0; i < 20000; i++) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    values.push(Math.round((s / 2 ** 31 - 0.5) * 10 ** (i % 19)));
  }
  const differ = values.filter((n) => groupedInteger(n) !== n.toLocaleString('en-US'));
  expect(differ).toEqual([]);
});
