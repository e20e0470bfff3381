/**
 * A copy of `fields` built by adding its fields one by one to an empty object, for objects that a
 * run creates once and hot code reads every day (the model's state, the calendar).
 *
 * Why not the literal itself: V8 builds an object literal's template (its "boilerplate") the second
 * time the literal runs, and in doing so widens the types it had recorded for the literal's fields.
 * Optimized code that relied on those types is thrown away: the second run in a process (a worker's
 * second replicate, the teaching page's rerun) paid the first run's JIT warm-up again, about 0.3 s
 * on the benchmark county (issue 15). An empty literal has no boilerplate, and fields added to it
 * keep their recorded types. The values are the same: only the object's hidden layout differs.
 */
export function fieldByField<T extends object>(fields: T): T {
  return Object.assign({}, fields);
}
