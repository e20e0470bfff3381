import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { packageRoot } from '../runner/version.js';
import { UsageError } from './fail.js';

/** The scenarios that come with deptsim (the field cases, the teaching presets, the benchmark). */
export const shippedDir = (): string => join(packageRoot(), 'scenarios');

/** Names of the shipped scenarios, sorted. */
export function shippedNames(): string[] {
  return readdirSync(shippedDir())
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -'.yaml'.length))
    .sort();
}

/**
 * The file a scenario argument names: a file that exists wins (so a user's own three-campaigns.yaml
 * is never shadowed); otherwise a shipped scenario by name, written as `three-campaigns`,
 * `three-campaigns.yaml` or `scenarios/three-campaigns.yaml`, so the commands work from any folder
 * once deptsim is installed. A bare word that is neither is one clear line pointing at `deptsim list`.
 */
export function scenarioFile(arg: string): string {
  if (existsSync(arg)) return arg;
  const name = arg.replace(/^(\.\/)?scenarios[\\/]/, '').replace(/\.ya?ml$/i, '');
  if (/^[a-z0-9][a-z0-9._-]*$/i.test(name)) {
    const shipped = join(shippedDir(), `${name}.yaml`);
    if (existsSync(shipped)) return shipped;
    if (!/[\\/]/.test(arg)) throw new UsageError(`${arg}: no such file, and no shipped scenario of that name; \`deptsim list\` shows them`);
  }
  return arg;
}

/** Collapse a description to one line of at most `width` columns: whole sentences, then whole words. */
export function oneLine(description: string, width: number): string {
  const text = description.replace(/\s+/g, ' ').trim();
  // "Case A. A county ..." : a first sentence that short says too little, so take the next one too.
  let line = '';
  for (const sentence of text.split(/(?<=[.!?。])\s*/)) {
    line = line ? `${line} ${sentence}` : sentence;
    if (line.length >= 40) break;
  }
  if (line.length <= width) return line;
  const cut = line.slice(0, width - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > width / 2 ? cut.slice(0, space) : cut).replace(/[,;:]$/, '')}…`;
}

/**
 * Every shipped scenario with its description (a scenario that extends another without one of its
 * own inherits it). Read as plain YAML: validating all of them would pull in the formula engine and
 * triple the command's start-up; the tests validate every shipped file.
 */
export function shippedList(): { name: string; description: string }[] {
  const descriptionOf = (file: string, depth = 0): string => {
    const data = parse(readFileSync(file, 'utf8')) as { description?: unknown; extends?: unknown } | null;
    if (typeof data?.description === 'string') return data.description;
    return typeof data?.extends === 'string' && depth < 20 ? descriptionOf(join(dirname(file), data.extends), depth + 1) : '';
  };
  return shippedNames().map((name) => ({ name, description: descriptionOf(join(shippedDir(), `${name}.yaml`)) }));
}
