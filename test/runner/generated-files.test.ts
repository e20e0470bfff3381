import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OUTPUTS_START } from '../../sim/runner/outputs-doc.js';
import { GENERATE_COMMAND, GENERATED_FILES, regenerate } from '../../sim/runner/generated-files.js';

const read = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : null);

/** The first line where two texts differ, to show what is stale without printing a whole document. */
function firstDifference(a: string, b: string): string {
  const x = a.split('\n');
  const y = b.split('\n');
  const i = x.findIndex((line, k) => line !== y[k]);
  const n = i < 0 ? x.length : i;
  return `line ${n + 1}: committed ${JSON.stringify(y[n] ?? '(end of file)')}, generated ${JSON.stringify(x[n] ?? '(end of file)')}`;
}

describe(`every generated file is up to date (run \`${GENERATE_COMMAND}\` if not)`, () => {
  const all = regenerate(read);

  it('lists the schemas and every document with generated blocks', () => {
    expect(GENERATED_FILES.map((f) => f.path)).toEqual(['schema/scenario.schema.json', 'schema/targets.schema.json', 'docs/SCENARIOS.md', 'docs/ODD.md', 'docs/OUTPUTS.md']);
  });

  // One check per file, so the message names the file and the command that fixes it.
  for (const { file, current, wanted } of all) {
    it(`${file.path} matches ${file.from}`, () => {
      const stale = current === wanted ? [] : [`${file.path} is stale: run \`${GENERATE_COMMAND}\` (${current === null ? 'missing' : firstDifference(wanted, current)})`];
      expect(stale).toEqual([]);
    });
  }

  it('finds a stale file (the check itself can fail)', () => {
    // A hand edit inside the generated block of docs/OUTPUTS.md.
    const edited = (path: string) => (path === 'docs/OUTPUTS.md' ? read(path)!.replace(`${OUTPUTS_START}\n`, `${OUTPUTS_START}\nedited by hand\n`) : read(path));
    const stale = regenerate(edited).filter((r) => r.current !== r.wanted);
    expect(stale.map((r) => r.file.path)).toEqual(['docs/OUTPUTS.md']);
    expect(firstDifference(stale[0].wanted, stale[0].current!)).toMatch(/^line \d+: committed "edited by hand", generated ""$/);
  });

  it('refuses to invent a missing hand-written document', () => {
    expect(() => regenerate((path) => (path === 'docs/ODD.md' ? null : read(path)))).toThrow('docs/ODD.md is missing');
  });
});
