import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deptsimIn, FIX } from '../runner/cli-harness.js';

/** A report written elsewhere by `report --out` says where its results are, not "this folder". */
let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'deptsim-footer-'));
  copyFileSync(join(FIX, 'small.yaml'), join(dir, 'small.yaml'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the footer of a report written with report --out', () => {
  it('names the results folder it was built from, in English and in Chinese; the results folder\'s own report keeps "this folder"', async () => {
    const deptsim = (args: string[]) => deptsimIn(dir, args);
    expect((await deptsim(['compare', 'small.yaml', 'small.yaml', '--replicates', '2', '--no-png', '--out', 'cmp'])).code).toBe(0);
    const own = readFileSync(join(dir, 'cmp', 'report.md'), 'utf8');
    expect(own).toContain('from the results files in this folder');
    const en = await deptsim(['report', 'cmp', '--style', 'slides', '--no-png', '--out', 'talk']);
    expect(en.code, en.stderr).toBe(0);
    // Markdown escapes the backticks: read the text as a reader sees it.
    const md = readFileSync(join(dir, 'talk', 'report.md'), 'utf8').replace(/\\/g, '');
    expect(md).not.toContain('in this folder');
    expect(md).toContain('from the results files in cmp; rebuild with `deptsim report cmp --out`');
    expect(readFileSync(join(dir, 'talk', 'report.html'), 'utf8')).toContain('from the results files in cmp;');
    expect((await deptsim(['report', 'cmp', '--lang', 'zh-CN', '--no-png', '--out', 'zh'])).code).toBe(0);
    expect(readFileSync(join(dir, 'zh', 'report.md'), 'utf8')).toContain('根据 cmp 中的结果文件生成');
    // The results folder's report is untouched.
    expect(readFileSync(join(dir, 'cmp', 'report.md'), 'utf8')).toBe(own);
  });
});
