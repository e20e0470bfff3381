import type { Assessment } from '../../scenario/schema/coordination.js';
import { KIND, M, NUM_KINDS, NUM_METRICS } from '../record.js';
import type { ModelState } from '../state.js';

/**
 * Two-way assessment (cases C and D): whoever calls a department (the street, the command centre)
 * scores it on each call, 1 when done within the limit and 0 when not, as an exponential average. The
 * score feeds the department's incentives: a poor record puts the department under pressure, raising
 * the weight it gives shared work (`incentiveGain`), and a clean record lets it relax to the weights
 * of the scenario. Mechanisms without such an assessment leave it switched off.
 */
export class TwoWayAssessment {
  readonly score: Float64Array;
  active = false;
  private readonly learning: number;
  private readonly feedback: number;

  constructor(D: number, p: Assessment) {
    this.score = new Float64Array(D).fill(p.initialScore);
    this.learning = p.learning;
    this.feedback = p.feedback;
  }

  record(u: number, inTime: boolean): void {
    this.score[u] += this.learning * ((inTime ? 1 : 0) - this.score[u]);
  }

  /** Set today's weight gains and book the scores (department rows, and their mean on the county row). */
  apply(st: ModelState): void {
    if (!this.active) return;
    let sum = 0;
    for (let u = 0; u < st.D; u++) {
      const s = this.score[u];
      st.incentiveGain[u * NUM_KINDS + KIND.shared] = 1 + this.feedback * (1 - s);
      st.rec[u * NUM_METRICS + M.assessment_score] = s;
      sum += s;
    }
    st.rec[st.total * NUM_METRICS + M.assessment_score] = sum / st.D;
  }
}
