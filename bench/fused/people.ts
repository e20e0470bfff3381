import { STREAM, type Scenario, type Streams } from './interface.js';

/**
 * The county's people and where they sit. People are numbered department by department; what a pass
 * sums per unit it sums over runs of people sitting in one unit (a department's people, broken where
 * some are seconded to the campaign headquarters). A run's sum is added to its unit's row at the run's
 * end, so the runs, and the order of the additions, must be those the model makes: the same numbering
 * and the same cut into runs.
 */
export class People {
  readonly n: number;
  /** Departments 0..D-1, then the headquarters (index D) when the scenario has campaigns. */
  readonly departments: number;
  readonly hq: number;
  readonly units: number;
  readonly headcount: Int32Array;
  readonly home: Int32Array;
  readonly skill: Float64Array;
  readonly motivationBase: Float64Array;
  /** Where each sits today. */
  readonly unit: Int32Array;
  /** Run r is people runStart[r] .. runStart[r + 1] - 1, sitting in runUnit[r]. */
  readonly runStart: Int32Array;
  readonly runUnit: Int32Array;
  runs = 0;

  constructor(private readonly s: Scenario, streams: Streams) {
    const D = s.departments.length;
    this.departments = D;
    this.hq = s.campaigns.length > 0 ? D : -1;
    this.units = this.hq >= 0 ? D + 1 : D;
    this.headcount = Int32Array.from(s.departments, (d) => d.headcount);
    const n = this.headcount.reduce((a, b) => a + b, 0);
    this.n = n;
    this.home = new Int32Array(n);
    this.skill = new Float64Array(n);
    this.motivationBase = new Float64Array(n);
    // Skill, then starting motivation, person by person, from the population stream.
    const draw = streams.get(STREAM.population);
    const { skillSd, motivation } = s.staff;
    for (let d = 0, i = 0; d < D; d++) {
      for (let k = 0; k < this.headcount[d]; k++, i++) {
        this.home[i] = d;
        this.skill[i] = Math.max(0.3, 1 + skillSd * draw.normal());
        const m = motivation.mean + motivation.sd * draw.normal();
        this.motivationBase[i] = m < 0 ? 0 : m > 1 ? 1 : m;
      }
    }
    this.unit = Int32Array.from(this.home);
    this.runStart = new Int32Array(n + 1);
    this.runUnit = new Int32Array(n);
    this.cutRuns();
  }

  /** Seat everyone for campaign `ci` (-1: none): at home, then each department's quota at the headquarters. */
  seatFor(ci: number): void {
    this.unit.set(this.home);
    if (ci >= 0 && this.s.mechanisms.secondment) {
      const quota = this.quota(ci);
      const D = this.departments;
      const byDepartment: number[][] = Array.from({ length: D }, () => []);
      for (let i = 0; i < this.n; i++) byDepartment[this.home[i]].push(i);
      for (let d = 0; d < D; d++) {
        // The most skilled go (the lower number first among equals); never the whole department.
        const list = byDepartment[d].sort((a, b) => this.skill[b] - this.skill[a] || a - b);
        const sent = Math.min(quota[d], Math.max(quota[d], this.headcount[d] - 1));
        for (let k = 0; k < sent; k++) this.unit[list[k]] = this.hq;
      }
    }
    this.cutRuns();
  }

  /** People each department sends to campaign ci's headquarters. */
  private quota(ci: number): Int32Array {
    const rule = this.s.campaigns[ci].secondment;
    const D = this.departments;
    const quota = new Int32Array(D);
    if (rule.total === 0 && rule.perDepartment === 0 && rule.minPerDepartment === 0) return quota;
    if (rule.rule === 'skilled') {
      // The most skilled of the county, wherever they sit.
      const everyone = Array.from({ length: this.n }, (_, i) => i).sort((a, b) => this.skill[b] - this.skill[a] || a - b);
      for (const i of everyone.slice(0, rule.total)) quota[this.home[i]]++;
    } else {
      // Shares of the total by rule, rounded down, the rest to the largest remainders (the earlier department first).
      const n = this.n;
      const share = Array.from(this.headcount, (h) => (rule.rule === 'equal' ? rule.total / D : (rule.total * h) / n));
      let given = 0;
      for (let d = 0; d < D; d++) {
        quota[d] = Math.floor(share[d]);
        given += quota[d];
      }
      const byRemainder = share.map((x, d) => d).sort((a, b) => share[b] - Math.floor(share[b]) - (share[a] - Math.floor(share[a])) || a - b);
      for (let k = 0; given < rule.total && k < D; k++, given++) quota[byRemainder[k]]++;
    }
    for (let d = 0; d < D; d++) {
      const most = Math.floor(rule.maxShareOfDepartment * this.headcount[d]);
      quota[d] = Math.min(most, Math.max(quota[d], rule.minPerDepartment) + rule.perDepartment);
    }
    return quota;
  }

  private cutRuns(): void {
    let r = 0;
    for (let i = 0; i < this.n; i++) {
      if (i > 0 && this.unit[i] === this.unit[i - 1]) continue;
      this.runStart[r] = i;
      this.runUnit[r] = this.unit[i];
      r++;
    }
    this.runStart[r] = this.n;
    this.runs = r;
  }
}
