import { validatePlain, validateText, type LoadOptions, type Outcome } from './pipeline.js';
import { ScenarioError } from './problem.js';
import type { Scenario } from './schema/index.js';
import type { SourceFs } from './source.js';

/**
 * Scenario files held in memory, by path: how a browser (which has no disk) or a test gives
 * `extends` its parent files. A path not in the map reads as missing (ENOENT).
 */
export function memoryFs(files: Readonly<Record<string, string>>): SourceFs {
  const bytes = (file: string): Uint8Array => {
    if (!Object.hasOwn(files, file)) throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
    return new TextEncoder().encode(files[file]);
  };
  return { size: (file) => bytes(file).length, read: bytes };
}

/** The scenario, or ScenarioError with every problem; warnings about a valid one go to opts.warn. */
export function unwrapOutcome(o: Outcome, opts: LoadOptions = {}): Scenario {
  if (!o.ok) throw new ScenarioError(o.problems);
  for (const w of o.warnings) opts.warn?.(w);
  return o.scenario;
}

/**
 * Parse, merge (`extends`, read through `fs`) and validate scenario text that did not come from a
 * file of its own: a browser's preset, a link, an editor buffer. `name` stands for the file in
 * problems and is where `extends` paths resolve from. Throws ScenarioError with every problem.
 */
export function parseScenario(text: string, name = '<scenario>', fs: SourceFs = memoryFs({}), opts: LoadOptions = {}): Scenario {
  return unwrapOutcome(validateText(text, name, fs, opts), opts);
}

/** Validate already-parsed scenario data (defaults filled); problems point at `file` line 1. */
export function validateScenarioData(data: unknown, file = '<scenario>'): Scenario {
  return unwrapOutcome(validatePlain({ data, origins: new Map() }, file));
}
