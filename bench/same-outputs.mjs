// Byte-identity check for speed work and additive changes: the numbers that existed before must be
// exactly the same after.
//
//   node bench/same-outputs.mjs <dist folder> > a.json      fingerprints of runs through a build (e.g. main's, built elsewhere)
//   node bench/same-outputs.mjs dist > b.json
//   node bench/same-outputs.mjs dist --off study > b.json   the same with a mechanism switched off in every run (a new
//                                                            mechanism, off, must leave every old figure as it was)
//   node bench/same-outputs.mjs --compare a.json b.json      added, removed and changed figures; exit 1 if any existing one changed or went
//   node bench/same-outputs.mjs --folder <output folder>     fingerprints of a written folder (CSV columns, JSON keys), for --compare
//
// For every shipped scenario (and, for a few, each of its mechanisms switched off in turn) and several seed
// keys, it hashes each column of every day's record (all rows, as float64) and each measure of the
// run's summary (every window and unit), through the given build's library, by name (bench/output-fingerprint.mjs). A change that
// only adds a measure or a column shows as "added" with every old figure byte-identical. `cmp a.json
// b.json` still says whether anything at all differs. Plain JavaScript so it can load any build.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compareFingerprints, comparisonText, folderFingerprint, jsonFigures, keepsEverything, recordFingerprinter } from './output-fingerprint.mjs';

const USAGE = 'usage: node bench/same-outputs.mjs <dist folder> [--off <mechanism>[,...]] | --folder <output folder> | --compare <a.json> <b.json>';

function fail(message) {
  process.stderr.write(`same-outputs: ${message}\n`);
  process.exit(2);
}

function readFingerprint(file) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    fail(`cannot read ${file}: ${e.code ?? e.message}`);
  }
  try {
    return JSON.parse(text);
  } catch {
    fail(`${file} is not a fingerprint (JSON) written by this script`);
  }
}

/**
 * Fingerprints of every shipped scenario's runs through the build in `dist`, with the mechanisms in
 * `off` switched off in every run (the run keys stay the same, so they compare with a build that
 * lacks those mechanisms).
 */
async function runsFingerprint(dist, off) {
  const root = resolve(new URL('..', import.meta.url).pathname);
  const load = (path) => import(pathToFileURL(join(dist, path)).href).catch(() => fail(`${dist} has no ${path}: build it first (npm run build)`));
  const lib = await load('sim/index.js');
  const { loadScenario } = await load('sim/scenario/load.js');
  const { syntheticCounty } = await load('bench/scenario.js');
  const files = readdirSync(join(root, 'scenarios')).filter((f) => f.endsWith('.yaml')).map((f) => join('scenarios', f));
  const VARIED = new Set(['scenarios/three-campaigns.yaml', 'scenarios/case-d-command-centre.yaml', 'scenarios/teach-county.yaml']);
  const seedKeys = ['1/rep:0', '1/rep:1', '7/rep:3'];
  const out = {};
  for (const file of [...files, 'synthetic']) {
    const loaded = file === 'synthetic' ? syntheticCounty(6, 40, 400) : loadScenario(join(root, file));
    for (const m of off) if (!(m in loaded.mechanisms)) fail(`--off ${m}: this build has no mechanism switch of that name (it has ${Object.keys(loaded.mechanisms).join(', ')})`);
    const base = { ...loaded, mechanisms: { ...loaded.mechanisms, ...Object.fromEntries(off.map((m) => [m, false])) } };
    const variants = [['', base]];
    // Each switch the build's schema has (a mechanism added later adds runs, which --compare lists apart).
    if (VARIED.has(file)) for (const m of Object.keys(loaded.mechanisms)) if (!off.includes(m)) variants.push([`-no-${m}`, { ...base, mechanisms: { ...base.mechanisms, [m]: false } }]);
    for (const [tag, scenario] of variants) {
      for (const key of seedKeys) {
        const daily = recordFingerprinter(lib.METRICS);
        const sim = lib.build(scenario, key);
        const { summary } = lib.collect(sim, { summary: lib.summaryCollector, hash: () => ({ onDay: (_day, rec) => daily.onDay(rec), finish: () => null }) });
        out[`${file}${tag} ${key}`] = { ...daily.figures(), ...jsonFigures(summary, 'summary', { byLastKey: true }) };
      }
    }
    process.stderr.write('.');
  }
  process.stderr.write('\n');
  return out;
}

const args = process.argv.slice(2);
if (args[0] === '--compare') {
  if (args.length !== 3) fail(USAGE);
  const cmp = compareFingerprints(readFingerprint(args[1]), readFingerprint(args[2]));
  process.stdout.write(comparisonText(cmp));
  process.exitCode = keepsEverything(cmp) ? 0 : 1;
} else if (args[0] === '--folder') {
  if (args.length !== 2) fail(USAGE);
  let fp;
  try {
    fp = folderFingerprint(resolve(args[1]));
  } catch (e) {
    fail(`${args[1]}: ${e.code === 'ENOENT' ? 'no such folder' : e.message}`);
  }
  process.stdout.write(JSON.stringify(fp, null, 1) + '\n');
} else {
  const at = args.indexOf('--off');
  const off = at >= 0 ? (args[at + 1] ?? '').split(',').filter(Boolean) : [];
  const rest = at >= 0 ? [...args.slice(0, at), ...args.slice(at + 2)] : args;
  if ((at >= 0 && off.length === 0) || rest.length > 1 || rest[0]?.startsWith('-')) fail(USAGE);
  process.stdout.write(JSON.stringify(await runsFingerprint(resolve(rest[0] ?? 'dist'), off), null, 1) + '\n');
}
