/** The limit reference of `npm run bench` (see run.ts, and interface.ts for what it shares with the model). */
export { fusedRun, FusedDay, type FusedRun, type Step } from './run.js';
export { fusedFits } from './fits.js';
export { FIGURES, NOT_MODELLED, WIDTH } from './figures.js';
export type { RunSums, Stretch } from './sums.js';
