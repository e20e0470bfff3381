import { describe, expect, it } from 'vitest';
import { readShards, resolveShard } from '../../sim/runner/shard.js';

describe('the shard a job array task runs', () => {
  it('--shard K/N as written', () => {
    expect(resolveShard('2/4', undefined, {})).toEqual({ index: 2, count: 4 });
    expect(() => resolveShard('5/4', undefined, {})).toThrow(/outside 1..4/);
  });

  it('Slurm: SLURM_ARRAY_TASK_ID from 0 against the fixed count, whatever MIN and COUNT say', () => {
    const all = { SLURM_ARRAY_TASK_MIN: '0', SLURM_ARRAY_TASK_MAX: '3', SLURM_ARRAY_TASK_COUNT: '4' };
    expect([0, 1, 2, 3].map((id) => resolveShard(undefined, 4, { ...all, SLURM_ARRAY_TASK_ID: String(id) })?.index)).toEqual([1, 2, 3, 4]);
    // `sbatch --array=2` to rerun one failed task: MIN=2, COUNT=1, and it is still shard 3 of 4.
    expect(resolveShard(undefined, 4, { SLURM_ARRAY_TASK_ID: '2', SLURM_ARRAY_TASK_MIN: '2', SLURM_ARRAY_TASK_MAX: '2', SLURM_ARRAY_TASK_COUNT: '1' })).toEqual({ index: 3, count: 4 });
  });

  it('an index past the count says how to write the array', () => {
    expect(() => resolveShard(undefined, 4, { SLURM_ARRAY_TASK_ID: '4' })).toThrow(/SLURM_ARRAY_TASK_ID=4 is outside 0..3; indices count from 0, so write the array as --array=0-3/);
    expect(() => resolveShard(undefined, 4, { SLURM_ARRAY_TASK_ID: 'x' })).toThrow(/not a whole number/);
  });

  it('Kubernetes: JOB_COMPLETION_INDEX from 0', () => {
    expect(resolveShard(undefined, 16, { JOB_COMPLETION_INDEX: '15' })).toEqual({ index: 16, count: 16 });
    expect(() => resolveShard(undefined, 16, { JOB_COMPLETION_INDEX: '16' })).toThrow(/set completions: 16/);
    expect(() => resolveShard(undefined, 16, {})).toThrow(/neither SLURM_ARRAY_TASK_ID nor JOB_COMPLETION_INDEX/);
  });
});

describe('merging shards', () => {
  it('a named shard folder that does not exist is a shard not finished, and says so', () => {
    expect(() => readShards(['/nonexistent/out.shard-3-of-4'])).toThrow(
      /merge: \/nonexistent\/out\.shard-3-of-4 does not exist: shard 3 of 4 has not finished; rerun its task \(with --resume/,
    );
  });
});
