import embed from 'vega-embed';
import { changeset, Error as VEGA_ERROR, type View } from 'vega';
import type { CompareResult, LiveResult, Side } from './protocol.js';

/** Okabe-Ito colours: told apart by colour-blind viewers, and A/B also differ by line dash. */
export const COLOURS = { a: '#0072B2', b: '#E69F00', cursor: '#000000', zero: '#555555' };

export interface DayChart {
  view: View;
  metric: string;
}

/**
 * A daily line chart of one county series for A and B, with a cursor on the day slider's day. The
 * data and the cursor are vega signals/datasets, so a rerun or a slider move redraws in place
 * instead of re-embedding.
 */
export async function dayChart(el: HTMLElement, title: string, dayTitle: string, metric: string, fontSize: number): Promise<DayChart> {
  const spec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 'container',
    height: 180,
    title: { text: title, fontSize: fontSize + 2, anchor: 'start' },
    params: [{ name: 'cursor', value: 0 }, { name: 'xmax', value: 1 }],
    data: { name: 'table' },
    config: { font: 'DejaVu Sans, sans-serif', axis: { labelFontSize: fontSize, titleFontSize: fontSize }, legend: { labelFontSize: fontSize, titleFontSize: fontSize } },
    layer: [
      {
        mark: { type: 'line', strokeWidth: 2 },
        encoding: {
          x: { field: 'day', type: 'quantitative', title: dayTitle, scale: { domainMin: 0, domainMax: { expr: 'xmax' } } },
          y: { field: 'value', type: 'quantitative', title: null },
          color: { field: 'side', type: 'nominal', scale: { domain: ['A', 'B'], range: [COLOURS.a, COLOURS.b] }, title: null },
          strokeDash: { field: 'side', type: 'nominal', scale: { domain: ['A', 'B'], range: [[1, 0], [6, 3]] }, legend: null },
        },
      },
      { mark: { type: 'rule', color: COLOURS.cursor, strokeWidth: 1.5 }, encoding: { x: { datum: { expr: 'cursor' }, type: 'quantitative' } } },
    ],
  };
  // Errors only: the empty dataset before the first run would warn about infinite extents.
  // Canvas: these charts are redrawn many times a second while a run comes in, and an SVG redraw
  // rebuilds axis and line elements in the page (a browser profile showed most of the page's time in
  // setAttribute, createElementNS and removeChild); a canvas redraw is a few draw calls.
  const r = await embed(el, spec as never, { actions: false, renderer: 'canvas', logLevel: VEGA_ERROR });
  // A canvas says nothing to a screen reader: the container names the chart.
  el.setAttribute('role', 'img');
  el.setAttribute('aria-label', title);
  return { view: r.view, metric };
}

/**
 * Draw one side's series as far as its run has gone (the other side's line stays). The x axis spans
 * the whole horizon from the first chunk on, so a run in progress grows along a still axis.
 */
export async function setDayData(c: DayChart, side: Side, r: LiveResult, cursor: number): Promise<void> {
  const label = side.toUpperCase();
  const s = r.series[c.metric];
  const rows = Array.from(s, (value, day) => ({ day, value, side: label }));
  // The cursor in the same dataflow run: one redraw, not two.
  c.view.signal('xmax', Math.max(1, r.days - 1)).signal('cursor', cursor);
  await c.view.change('table', changeset().remove((x: { side: string }) => x.side === label).insert(rows)).runAsync();
}

export async function setCursor(c: DayChart, day: number): Promise<void> {
  await c.view.signal('cursor', day).runAsync();
}

/** The paired differences B - A of every measure, each with its 95% interval. */
export async function diffChart(el: HTMLElement, title: string, res: CompareResult, label: (m: string) => string, fontSize: number): Promise<void> {
  const rows = res.measures
    .filter((m) => m.diff.mean !== null)
    .map((m) => {
      // Scaled by A's mean so measures in hours, days and shares fit one axis: a change in per cent.
      const base = Math.abs(m.a.mean ?? 0) || 1;
      return { measure: label(m.measure), mean: (100 * (m.diff.mean ?? 0)) / base, lo: (100 * (m.diff.ci_low ?? m.diff.mean ?? 0)) / base, hi: (100 * (m.diff.ci_high ?? m.diff.mean ?? 0)) / base };
    });
  const spec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    // A fixed width: 'container' with a height per measure makes vega-lite warn (fit-y dropped).
    width: 560,
    height: { step: fontSize * 2 },
    title: { text: title, fontSize: fontSize + 2, anchor: 'start' },
    data: { values: rows },
    config: { font: 'DejaVu Sans, sans-serif', axis: { labelFontSize: fontSize, titleFontSize: fontSize, labelLimit: 320 } },
    encoding: { y: { field: 'measure', type: 'nominal', title: null, sort: null } },
    layer: [
      { mark: { type: 'rule', color: COLOURS.zero, strokeDash: [2, 2] }, encoding: { x: { datum: 0, type: 'quantitative' } } },
      { mark: { type: 'rule', color: COLOURS.b, strokeWidth: 3 }, encoding: { x: { field: 'lo', type: 'quantitative', title: '% of A' }, x2: { field: 'hi' } } },
      { mark: { type: 'point', filled: true, color: COLOURS.b, size: 80 }, encoding: { x: { field: 'mean', type: 'quantitative' } } },
    ],
  };
  await embed(el, spec as never, { actions: false, renderer: 'svg' });
}
