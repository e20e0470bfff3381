import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';

/**
 * The Kubernetes recipe of docs/EXPERIMENTS.md cannot run in CI (the Slurm one does, in
 * .ci/slurm.sh), so its manifests are parsed and held to what the recipe promises.
 */
const doc = readFileSync('docs/EXPERIMENTS.md', 'utf8');
const cluster = doc.slice(doc.indexOf('## Beyond one machine'), doc.indexOf('## Benchmarks'));
const blocks = (lang: string) => [...cluster.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]);
const manifests = blocks('yaml').flatMap((b) => parseAllDocuments(b).map((d) => d.toJS() as any));
const bin = (JSON.parse(readFileSync('package.json', 'utf8')) as { bin: { deptsim: string } }).bin.deptsim;

describe('the cluster recipes in docs/EXPERIMENTS.md', () => {
  it('never go through npx or npm run (a wrapper swallows SIGTERM)', () => {
    for (const b of [...blocks('bash'), ...blocks('yaml')]) expect(b).not.toMatch(/\bnpx\b|npm run/);
  });

  it('the Indexed Job runs node itself, one retry budget per shard, and the count it shards by', () => {
    const job = manifests.find((m) => m?.kind === 'Job');
    expect(job.spec.completionMode).toBe('Indexed');
    expect(job.spec.backoffLimitPerIndex).toBeGreaterThan(0);
    expect(job.spec.backoffLimit).toBeUndefined();
    expect(job.spec.template.spec.restartPolicy).toBe('Never');
    const command: string[] = job.spec.template.spec.containers[0].command;
    expect(command[0]).toBe('node');
    expect(command[1].endsWith(`node_modules/deptsim/${bin}`)).toBe(true);
    expect(command[command.indexOf('--shards') + 1]).toBe(String(job.spec.completions));
    expect(command).toContain('--resume');
    // The merge names exactly that many shard folders.
    expect(cluster).toContain(`seq -f "/results/my-sweep.shard-%g-of-${job.spec.completions}" 1 ${job.spec.completions}`);
  });

  it('every volume the pods share is ReadWriteMany, and the shell pod mounts both', () => {
    const claims = manifests.filter((m) => m?.kind === 'PersistentVolumeClaim');
    expect(claims.map((c) => c.metadata.name).sort()).toEqual(['deptsim-project', 'deptsim-results']);
    for (const c of claims) expect(c.spec.accessModes).toEqual(['ReadWriteMany']);
    const shell = manifests.find((m) => m?.kind === 'Pod');
    expect(shell.spec.volumes.map((v: { persistentVolumeClaim: { claimName: string } }) => v.persistentVolumeClaim.claimName).sort()).toEqual(['deptsim-project', 'deptsim-results']);
  });
});
