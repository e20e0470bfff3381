/**
 * A report that cannot be made: results it cannot read, fonts missing; the message says which file
 * and what is wrong. A module of its own, so that the figure thread (figure-worker.ts), which reports
 * missing fonts, does not load the results' readers and vega with it.
 */
export class ReportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReportError';
  }
}
