import { z } from 'zod';
import { SUMMARY_MEASURE_NAMES, unknownMeasure } from '../../measures/measures.js';

/**
 * `report:` what the scenario is about, for the reports and terminal summaries of experiments that
 * run it: the focus measures are shown first, before the measures the evidence picks.
 */
export const Report = z
  .object({
    focus: z
      .array(
        z.enum(SUMMARY_MEASURE_NAMES as [string, ...string[]], {
          error: (iss) => unknownMeasure(String(iss.input), 'report.focus:'),
        }),
      )
      .default([])
      .meta({ description: 'Measures the scenario is about (names from docs/OUTPUTS.md, e.g. shared_wait_days_mean): compare, sweep and report show them first.' }),
  })
  .strict();
