import { z } from 'zod';
import { reachesPrototype } from '../value-path.js';

/** A scalar a swept parameter may take (validated again by the scenario schema at each point). */
const SweepValue = z.union([z.number(), z.string(), z.boolean()]);

/**
 * Values of one swept parameter: a list, or a numeric range. A grid needs `count` evenly spaced
 * values from `from` to `to` (both included); a Latin hypercube or Morris design samples the range.
 */
export const SweepValues = z.union([
  z.array(SweepValue).min(1),
  z
    .object({
      from: z.number(),
      to: z.number(),
      count: z.number().int().min(1).max(100_000).optional(),
      /** Round sampled values to whole numbers (headcounts, days). */
      integer: z.boolean().default(false),
    })
    .strict(),
]);
export type SweepValues = z.infer<typeof SweepValues>;

/** A dotted path; never one whose segments would walk into an object's prototype. */
const SweptPath = z
  .string()
  .min(1)
  .max(200)
  .refine((p) => !p.split('.').some(reachesPrototype), {
    message: 'a path of field names, list positions or ids ("__proto__", "constructor" and "prototype" are not fields)',
  });

/**
 * `sweep:` runs the scenario at many parameter points (`deptsim sweep`). Keys of `parameters` are
 * paths into the scenario, dots between fields, numbers for list entries or an entry's id:
 * `inspection.penalty`, `campaigns.0.inspectionRate`, `departments.health.headcount`.
 */
export const Sweep = z
  .object({
    /** `grid`: every combination; `lhs`: a Latin hypercube of `samples` points. */
    design: z.enum(['grid', 'lhs']).default('grid'),
    samples: z.number().int().min(1).max(100_000).optional(),
    parameters: z.record(SweptPath, SweepValues),
  })
  .strict();
export type Sweep = z.infer<typeof Sweep>;
