import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * CONTRIBUTING.md's recipes name exact files and commands; a renamed file or script would send the
 * next engineer nowhere. (Line numbers in its "Uses of an hour" table are a snapshot and not checked.)
 */
const doc = readFileSync('CONTRIBUTING.md', 'utf8');
const scripts = Object.keys((JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts);

describe('CONTRIBUTING.md names what exists', () => {
  const paths = [...new Set([...doc.matchAll(/`((?:sim|test|web|bench|docs|schema|scenarios|\.ci)\/[\w./<>*-]*?)(?::[\d,-]+)?`/g)].map((m) => m[1]))];

  it('finds the paths it names (a pattern that found none would pass the check below)', () => {
    expect(paths.length).toBeGreaterThan(40);
    expect(paths).toContain('sim/measures/measures.ts');
  });

  it('every file and folder it names is there', () => {
    // Placeholders (`sim/model/<mechanism>.ts`) and globs stand for files a recipe makes; dist/ is built.
    const concrete = paths.filter((p) => !/[<>*]/.test(p) && !p.includes('/dist/'));
    expect(concrete.filter((p) => !existsSync(p.replace(/:.*$/, '')))).toEqual([]);
  });

  it('every npm script it names is in package.json', () => {
    const named = [...new Set([...doc.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]))];
    expect(named).toContain('generate');
    expect(named.filter((s) => !scripts.includes(s))).toEqual([]);
  });
});
