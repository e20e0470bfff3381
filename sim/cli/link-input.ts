import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenario, type LoadOptions } from '../scenario/load.js';
import type { Scenario } from '../scenario/schema/index.js';
import { parseScenario } from '../scenario/text.js';
import { SetError } from '../runner/set.js';
import { LinkError, linkScenario, looksLikeLink, parseLink, scenarioYaml } from '../runner/link.js';
import { deptsimVersion } from '../runner/version.js';
import { UsageError } from './fail.js';
import { scenarioFile, shippedDir } from './shipped.js';
import { printError } from './terminal-text.js';

/** A shipped scenario by preset name, or undefined (what a link's p= and b= may name). */
function shippedPreset(name: string): Scenario | undefined {
  const file = join(shippedDir(), `${name}.yaml`);
  if (!loaded.has(file)) loaded.set(file, existsSync(file) ? loadScenario(file) : undefined);
  return loaded.get(file);
}
const loaded = new Map<string, Scenario | undefined>();

/**
 * The YAML text a teachers' page link stands for: the same file the page's download button saves
 * (its preset with the link's settings and seed, self-contained). The link is checked by the page's
 * own reader (sim/runner/link.ts); anything the page would ignore and name is refused here.
 */
export function linkToScenarioText(url: string): string {
  try {
    const version = deptsimVersion();
    const { link, warnings } = parseLink(url, { version, preset: shippedPreset });
    for (const w of warnings) printError(`deptsim: warning: ${w}\n`);
    return scenarioYaml(linkScenario(link, loadScenario(join(shippedDir(), `${link.preset}.yaml`))), `From a teachers' page link (deptsim ${link.version || 'unknown version'}):\n${url}`);
  } catch (e) {
    if (e instanceof LinkError || e instanceof SetError) throw new UsageError(e.message);
    throw e;
  }
}

/** `run`'s positional: a scenario file, a shipped name, or a page link (turned into scenario text first). */
export function scenarioFromArg(arg: string, opts: LoadOptions = {}): Scenario {
  return looksLikeLink(arg) ? parseScenario(linkToScenarioText(arg), '<link>', undefined, opts) : loadScenario(scenarioFile(arg), undefined, opts);
}
