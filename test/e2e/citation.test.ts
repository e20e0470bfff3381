import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string; license: string };

describe('citing and licensing', () => {
  it('CITATION.cff carries the version and licence of package.json', () => {
    const cff = parse(readFileSync('CITATION.cff', 'utf8')) as Record<string, unknown>;
    expect(cff['cff-version']).toBe('1.2.0');
    expect(String(cff.version)).toBe(pkg.version);
    expect(cff.license).toBe(pkg.license);
    for (const k of ['message', 'title', 'authors']) expect(cff[k], k).toBeTruthy();
  });

  it('LICENSE is the licence package.json names, and the changelog has the version', () => {
    expect(readFileSync('LICENSE', 'utf8').split('\n')[0]).toBe(`${pkg.license} License`);
    expect(readFileSync('CHANGELOG.md', 'utf8')).toMatch(new RegExp(`^## ${pkg.version.replace(/\./g, '\\.')} `, 'm'));
  });
});
