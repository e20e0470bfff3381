/**
 * The daily record as the model's phases write it. Its definition (RECORD: every figure's label,
 * unit, meaning and phase) sits in sim/measures/record.ts, below the scenario, so that the scenario
 * schema and the measure registries can name its figures without importing the model (which is
 * built from a scenario). The phases import it from here.
 */
export * from '../measures/record.js';
