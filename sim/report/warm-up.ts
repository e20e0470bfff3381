import { DEFAULT_STYLE, styleSpec } from './plots/style.js';
import { dateX, shadingLayer } from './plots/time.js';
import { topLevel } from './plots/plot.js';
import { availableParallelism, loadavg } from 'node:os';
import { toSvg, toVega } from './render.js';
import { tr } from './locale.js';
import { LOCALES } from '../i18n/index.js';

/**
 * What a run's report thread does while the model runs, so that its report does not wait on it: a
 * first pass of vega-lite's compiler and vega's dataflow through the JIT, and ICU's number and
 * plural data loaded for the sentences (the figure thread warms up on its own: figure-worker.ts). Nothing of it is kept: a figure nobody
 * sees, drawn the way the report's are (a faceted time chart with campaign shading, styled as a
 * paper figure). A failure here (fonts missing) is the report's own to tell, so it is ignored.
 * Only with a core to spare (below): on a busy machine the warm-up would take its time from the
 * model's and cost the run more than it saves (measured: 0.15 s of CPU, about 0.1 s less drawing).
 */
export async function warmDrawing(): Promise<void> {
  if (!coreToSpare()) return;
  try {
    const days = ['2017-01-02', '2017-01-09', '2017-01-16', '2017-01-23', '2017-01-30', '2017-02-06'];
    const values = [
      ...['a (2 staff)', 'b (1 staff)', 'c (1 staff)'].flatMap((unit, u) => days.map((d, i) => ({ layer: 'series', unit, headcount: 3 - u, week_start: d, value: (i * (u + 1)) % 5 }))),
      ...['a (2 staff)', 'b (1 staff)', 'c (1 staff)'].map((unit, u) => ({ layer: 'campaign', unit, headcount: 3 - u, campaign: 'x', start: days[1], end: days[3] })),
    ];
    const spec = topLevel('Warm-up', ['Not a figure of any report.'], {
      data: { values },
      facet: { field: 'unit', type: 'nominal', title: null, sort: { field: 'headcount', op: 'max', order: 'descending' } },
      columns: 2,
      spec: {
        width: 120,
        height: 40,
        layer: [
          shadingLayer("datum.layer === 'campaign'"),
          { transform: [{ filter: "datum.layer === 'series'" }], mark: { type: 'line' }, encoding: { x: dateX('week_start'), y: { field: 'value', type: 'quantitative', title: 'Value' } } },
        ],
      },
    });
    for (const locale of LOCALES) tr('footer', locale, { generator: 'deptsim' });
    await toSvg(toVega(styleSpec(spec, DEFAULT_STYLE, null, { wide: 1 })));
  } catch {
    // The report says what is wrong.
  }
}

/**
 * Whether a core is likely idle besides the one the model runs on: the machine's load over the last
 * minute leaves more than half a core free. (Where the system reports no load, e.g. Windows: yes.)
 */
function coreToSpare(): boolean {
  return loadavg()[0] < availableParallelism() - 1.5;
}
