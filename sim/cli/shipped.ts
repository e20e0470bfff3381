import { wrapLines } from '../report/text.js';
import { displayWidth } from './text-width.js';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { packageRoot } from '../runner/version.js';
import { UsageError } from './fail.js';

/** The scenarios that come with deptsim (the field cases, the teaching presets, the benchmark). */
export const shippedDir = (): string => join(packageRoot(), 'scenarios');

/** The shipped folder of calibration targets files (`deptsim calibrate`), named `calibration/<name>`. */
export const CALIBRATION_FOLDER = 'calibration';

/** Names of the shipped YAML files in `folder` of the scenarios folder (its top by default), sorted. */
function yamlNames(folder?: string): string[] {
  const dir = folder ? join(shippedDir(), folder) : shippedDir();
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => (folder ? `${folder}/` : '') + f.slice(0, -'.yaml'.length))
    .sort();
}

/** Names of the shipped scenarios, sorted. */
export const shippedNames = (): string[] => yamlNames();

/** Names of the shipped calibration targets files, as `calibration/case-a`, sorted. */
export const shippedTargetsNames = (): string[] => yamlNames(CALIBRATION_FOLDER);

/**
 * The file a scenario or targets argument names: a file that exists wins (so a user's own
 * three-campaigns.yaml is never shadowed); otherwise a shipped file by name, written as
 * `three-campaigns`, `three-campaigns.yaml` or `scenarios/three-campaigns.yaml` (and
 * `calibration/case-a` for the calibration targets), so the commands work from any folder once
 * deptsim is installed. A bare word that is neither is one clear line pointing at `deptsim list`.
 */
export function scenarioFile(arg: string): string {
  if (existsSync(arg)) return arg;
  const name = arg.replace(/^(\.\/)?scenarios[\\/]/, '').replace(/\.ya?ml$/i, '');
  // One folder level at most, each part starting with a letter or digit: never `..` or an absolute path.
  if (/^([a-z0-9][a-z0-9._-]*[\\/])?[a-z0-9][a-z0-9._-]*$/i.test(name)) {
    const shipped = join(shippedDir(), `${name.replace(/\\/g, '/')}.yaml`);
    if (existsSync(shipped)) return shipped;
    if (!/[\\/]/.test(arg)) throw new UsageError(`${arg}: no such file, and no shipped scenario of that name; \`deptsim list\` shows them`);
  }
  return arg;
}

/**
 * A description's opening, in whole sentences (a first sentence as short as "Case A." says too
 * little, so the next one comes too), wrapped to lines of at most `width` columns: never cut short.
 */
export function openingLines(description: string, width: number): string[] {
  const text = description.replace(/\s+/g, ' ').trim();
  let opening = '';
  for (const sentence of text.split(/(?<=[.!?。])\s*/)) {
    opening = opening ? `${opening} ${sentence}` : sentence;
    if (opening.length >= 40) break;
  }
  return wrapLines(opening, width, displayWidth);
}

/**
 * Every shipped scenario, then every shipped calibration targets file, with its description (a
 * scenario that extends another without one of its own inherits it). Read as plain YAML: validating
 * all of them would pull in the formula engine and triple the command's start-up; the tests
 * validate every shipped file.
 */
export function shippedList(): { name: string; description: string; kind: 'scenario' | 'targets' }[] {
  const descriptionOf = (file: string, depth = 0): string => {
    const data = parse(readFileSync(file, 'utf8')) as { description?: unknown; extends?: unknown } | null;
    if (typeof data?.description === 'string') return data.description;
    return typeof data?.extends === 'string' && depth < 20 ? descriptionOf(join(dirname(file), data.extends), depth + 1) : '';
  };
  const item = (kind: 'scenario' | 'targets') => (name: string) => ({ name, kind, description: descriptionOf(join(shippedDir(), `${name}.yaml`)) });
  return [...shippedNames().map(item('scenario')), ...shippedTargetsNames().map(item('targets'))];
}
