// Byte-identity check for speed work: the model must give exactly the same numbers before and after.
//
//   node bench/same-outputs.mjs <dist folder> > a.json     (e.g. a build of main elsewhere)
//   node bench/same-outputs.mjs dist > b.json && cmp a.json b.json
//
// For every shipped scenario (and, for a few, each mechanism switched off in turn) and several seed
// keys, it hashes every byte of every day's record (all rows, all metrics, as float64) and the run's
// summary JSON, through the given build's library. Plain JavaScript so it can load any build.
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const dist = resolve(process.argv[2] ?? 'dist');
const root = resolve(new URL('..', import.meta.url).pathname);
const lib = await import(pathToFileURL(join(dist, 'sim/index.js')).href);
const { loadScenario } = await import(pathToFileURL(join(dist, 'sim/scenario/load.js')).href);

const files = readdirSync(join(root, 'scenarios')).filter((f) => f.endsWith('.yaml')).map((f) => join('scenarios', f));
const { syntheticCounty } = await import(pathToFileURL(join(dist, 'bench/scenario.js')).href);
const MECHANISMS = ['fatigue', 'shirking', 'inspection', 'sickness', 'rework', 'secondment', 'reversals'];
const VARIED = new Set(['scenarios/three-campaigns.yaml', 'scenarios/case-d-command-centre.yaml', 'scenarios/teach-county.yaml']);
const seedKeys = ['1/rep:0', '1/rep:1', '7/rep:3'];

const out = {};
for (const file of [...files, 'synthetic']) {
  const base = file === 'synthetic' ? syntheticCounty(6, 40, 400) : loadScenario(join(root, file));
  const variants = [['', base]];
  if (VARIED.has(file)) for (const m of MECHANISMS) variants.push([`-no-${m}`, { ...base, mechanisms: { ...base.mechanisms, [m]: false } }]);
  for (const [tag, scenario] of variants) {
    for (const key of seedKeys) {
      const daily = createHash('sha256');
      const sim = lib.build(scenario, key);
      const { summary } = lib.collect(sim, {
        summary: lib.summaryCollector,
        hash: () => ({ onDay: (_day, rec) => daily.update(new Uint8Array(rec.buffer, rec.byteOffset, rec.byteLength)), finish: () => null }),
      });
      out[`${file}${tag} ${key}`] = { records: daily.digest('hex'), summary: createHash('sha256').update(JSON.stringify(summary)).digest('hex') };
    }
  }
  process.stderr.write('.');
}
process.stderr.write('\n');
process.stdout.write(JSON.stringify(out, null, 1) + '\n');
