import type { Results } from '../read/results.js';
import { calibrationPlot } from './calibration.js';
import { differencesPlot } from './differences.js';
import { fatiguePlot } from './fatigue.js';
import { hoursPlot } from './hours.js';
import { lossPlot } from './loss.js';
import { periodsPlot } from './periods.js';
import type { Plot } from './plot.js';
import { sensitivityPlot } from './sensitivity.js';
import { shirkingPlot } from './shirking.js';
import { sweepPlot } from './sweep.js';
import { throughputPlot } from './throughput.js';
import type { Locale } from '../locale.js';
import { vegaLocale } from './vega-locale.js';

/** Every figure the results support, in reading order; a figure without its data is left out. */
export function plotsFor(results: Results, locale: Locale = 'en'): Plot[] {
  const makers: ((r: Results, locale: Locale) => Plot | null)[] = [calibrationPlot, periodsPlot, differencesPlot, sweepPlot, sensitivityPlot, throughputPlot, hoursPlot, shirkingPlot, fatiguePlot, lossPlot];
  const plots = makers.map((f) => f(results, locale)).filter((p): p is Plot => p !== null);
  const formats = vegaLocale(locale);
  return formats ? plots.map((p) => ({ ...p, spec: { ...p.spec, config: { locale: formats } } })) : plots;
}
