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

/** Every figure the results support, in reading order; a figure without its data is left out. */
export function plotsFor(results: Results): Plot[] {
  const makers = [calibrationPlot, periodsPlot, differencesPlot, sweepPlot, sensitivityPlot, throughputPlot, hoursPlot, shirkingPlot, fatiguePlot, lossPlot];
  return makers.map((f) => f(results)).filter((p): p is Plot => p !== null);
}
