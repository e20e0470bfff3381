import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The compiled CLI's help, as a user reads it in a terminal of the default 80 columns or pasted into a README. */
const BIN = resolve('dist/sim/cli/main.js');
const help = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args, '--help'], { encoding: 'utf8', env: { ...process.env, COLUMNS: '' } });
const COMMANDS = ['', 'run', 'compare', 'sweep', 'sensitivity', 'merge', 'validate', 'init', 'report', 'calibrate', 'list'];

describe('--help', () => {
  it.each(COMMANDS.map((c) => [c || '(top level)', c]))('%s fits 80 columns and shows examples', (_name, command) => {
    const r = help(...(command ? [command] : []));
    expect(r.status, r.stderr).toBe(0);
    for (const line of r.stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
    expect(r.stdout).toMatch(/^Examples:$/m);
  });

  it('at the top level, every example is a whole command (a long one continued with a backslash)', () => {
    const out = help().stdout;
    const examples = out.slice(out.indexOf('Examples:'), out.indexOf('Limits:')).split('\n').filter((l) => /^ {2}deptsim /.test(l));
    expect(examples).toContain('  deptsim run three-campaigns');
    expect(examples).toContain('  deptsim compare case-b-weak-office case-b-strong-office --replicates 20');
    const sweep = help('sweep').stdout;
    // Broken only before an option, with a shell continuation, never mid-word.
    expect(sweep).toMatch(/^ {2}deptsim sweep my\.yaml --set inspection\.penalty=10,20,40 \\\n {4}--set campaigns\.0\.inspectionRate=0:0\.1:5 --replicates 10$/m);
  });
});
