/** A problem with an experiment the user can fix (folders, shards, options); printed as one line. */
export class ExperimentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExperimentError';
  }
}
