/**
 * A Latin hypercube of n points in [0,1)^k: along every dimension each of the n equal strata holds
 * exactly one point (McKay, Beckman and Conover 1979), so n runs cover every parameter's whole range
 * however many parameters there are. `rand` gives uniforms on [0,1).
 */
export function latinHypercube(n: number, k: number, rand: () => number): number[][] {
  const pts = Array.from({ length: n }, () => new Array<number>(k));
  for (let j = 0; j < k; j++) {
    const perm = Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i > 0; i--) {
      const r = Math.floor(rand() * (i + 1));
      [perm[i], perm[r]] = [perm[r], perm[i]];
    }
    for (let i = 0; i < n; i++) pts[i][j] = (perm[i] + rand()) / n;
  }
  return pts;
}
