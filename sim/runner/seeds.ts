/**
 * Seed keys. A single run uses the seed itself ("7"); replicate r (0-based) of any experiment uses
 * `${seed}/rep:${r}` ("7/rep:0", "7/rep:1", ...). The key does not depend on the sweep point, the
 * arm, the worker or the shard, so every point and arm sees the same random numbers replicate by
 * replicate (common random numbers), and any single replicate can be rerun on its own. The model
 * derives each random stream from the key and the stream's name (sim/engine/rng.ts).
 */
export const SEED_RULE = 'replicate r (0-based) of every point and arm uses seed key `${seed}/rep:${r}`; a single run without --replicates uses `${seed}`';

export function replicateSeedKey(seed: number, replicate: number): string {
  return `${seed}/rep:${replicate}`;
}

export function singleRunSeedKey(seed: number): string {
  return String(seed);
}
