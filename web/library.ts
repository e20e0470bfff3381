// The library for a browser: sim/index.ts with mathjs imported here (a browser has no require to load
// it lazily, see sim/engine/mathjs.ts).
import * as mathNumber from 'mathjs/number';
import { provideMathjs } from '../sim/index.js';

// The numbers-only build (about a third of the full one), the only one the model uses: scenario
// formulas take numbers and give numbers.
provideMathjs({ number: () => mathNumber });

export * from '../sim/index.js';
export { applySettings, LEVERS, LEVER_BY_ID, type Lever, type LeverValue, type Settings } from '../sim/runner/levers.js';
export { linkFragment, parseLink, scenarioYaml, linkScenario, type PageLink } from '../sim/runner/link.js';
export { readLink, type LinkReading } from '../sim/runner/link.js';
export { BudgetError, checkWork, DEFAULT_BUDGET } from '../sim/runner/budget.js';
