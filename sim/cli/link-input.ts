import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadScenario, type LoadOptions } from '../scenario/load.js';
import type { Scenario } from '../scenario/schema/index.js';
import { parseScenario } from '../scenario/text.js';
import { SetError } from '../runner/set.js';
import { LinkError, linkScenario, looksLikeLink, parseLink, scenarioYaml } from '../runner/link.js';
import { deptsimVersion } from '../runner/version.js';
import { UsageError } from './fail.js';
import { scenarioFile, shippedDir } from './shipped.js';
import { printError } from './terminal-text.js';

/**
 * The YAML text a teachers' page link stands for: the same file the page's download button saves
 * (its preset with the link's settings and seed, self-contained).
 */
export function linkToScenarioText(url: string): string {
  try {
    const link = parseLink(url);
    const file = join(shippedDir(), `${link.preset}.yaml`);
    if (!existsSync(file)) throw new UsageError(`link: no preset "${link.preset}" among the shipped scenarios (${dirname(file)})`);
    const version = deptsimVersion();
    if (link.version && link.version !== version) {
      printError(`deptsim: warning: the link was made with deptsim ${link.version}, this is ${version}; the numbers may differ\n`);
    }
    return scenarioYaml(linkScenario(link, loadScenario(file)), `From a teachers' page link (deptsim ${link.version || 'unknown version'}):\n${url}`);
  } catch (e) {
    if (e instanceof LinkError || e instanceof SetError) throw new UsageError(e.message);
    throw e;
  }
}

/** `run`'s positional: a scenario file, a shipped name, or a page link (turned into scenario text first). */
export function scenarioFromArg(arg: string, opts: LoadOptions = {}): Scenario {
  return looksLikeLink(arg) ? parseScenario(linkToScenarioText(arg), '<link>', undefined, opts) : loadScenario(scenarioFile(arg), undefined, opts);
}
