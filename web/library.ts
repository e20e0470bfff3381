// The library for a browser: sim/index.ts with mathjs imported here (a browser has no require to load
// it lazily, see sim/engine/mathjs.ts).
import type * as MathJs from 'mathjs';
import * as mathNumber from 'mathjs/number';
import { provideMathjs } from '../sim/index.js';

// Only the numbers-only build (about a third of the full one): the page parses scenario formulas
// (numbers in, numbers out) and calls `describe`, whose mean and sd of a plain sample of numbers use
// the same number functions in both builds (the browser test checks it against Node's full build).
// The full build's one extra use, summaries along a matrix dimension (describeColumns, for the
// CLI's tables), is not on the page.
provideMathjs({ full: () => mathNumber as unknown as typeof MathJs, number: () => mathNumber });

export * from '../sim/index.js';
export { applySettings, LEVERS, LEVER_BY_ID, type Lever, type LeverValue, type Settings } from '../sim/runner/levers.js';
export { linkFragment, parseLink, scenarioYaml, linkScenario, type PageLink } from '../sim/runner/link.js';
