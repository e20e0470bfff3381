import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { VlSpec } from './plots/plot.js';
import { measureTextWithShippedFont } from './text-metrics.js';

/**
 * vega-lite's warnings while compiling, kept rather than printed: a report's figures must compile
 * without any (a warning is a spec to fix, which the figure tests check here), and a user can do
 * nothing about one on their terminal.
 */
export const vegaLiteWarnings: string[] = [];

const logger = {
  level: (_?: number) => logger,
  warn: (...args: unknown[]) => (vegaLiteWarnings.push(args.map(String).join(' ')), logger),
  info: () => logger,
  debug: () => logger,
  error: (...args: unknown[]) => {
    throw new Error(args.map(String).join(' '));
  },
};

/** Compile a vega-lite spec to vega (the HTML report embeds these, so the page needs no vega-lite). */
export function toVega(spec: VlSpec): vega.Spec {
  return compile(spec as unknown as TopLevelSpec, { logger: logger as never }).spec as vega.Spec;
}

/** Render a vega spec to SVG headless: a View with no renderer draws straight to SVG markup. */
export async function toSvg(vegaSpec: vega.Spec): Promise<string> {
  measureTextWithShippedFont((vega as unknown as { textMetrics: Parameters<typeof measureTextWithShippedFont>[0] }).textMetrics);
  const view = new vega.View(vega.parse(vegaSpec), { renderer: 'none', logLevel: vega.Error });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
