// The library for a browser: sim/index.ts with mathjs's two builds imported here (a browser has
// no require to load them lazily, see sim/engine/mathjs.ts).
import mathFull from 'mathjs/lib/browser/math.js';
import * as mathNumber from 'mathjs/number';
import { provideMathjs } from '../sim/index.js';

provideMathjs({ full: () => mathFull, number: () => mathNumber });

export * from '../sim/index.js';
export { applySettings, LEVERS, LEVER_BY_ID, type Lever, type LeverValue, type Settings } from '../sim/runner/levers.js';
export { linkFragment, parseLink, scenarioYaml, linkScenario, type PageLink } from '../sim/runner/link.js';
