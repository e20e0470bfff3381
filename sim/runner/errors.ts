/** A problem with an experiment the user can fix (folders, shards, options); printed as one line. */
export class ExperimentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExperimentError';
  }
}

/**
 * Run a write to `file`, making sure a failure names it: a full disk's write error (ENOSPC from
 * write(2)) carries no path of its own, and "no space left on device" alone does not say where.
 */
export function namingFile<T>(file: string, write: () => T): T {
  try {
    return write();
  } catch (e) {
    // Typed by hand: the teachers' page compiles this file without Node's types.
    const err = e as { code?: unknown; path?: unknown } | null;
    if (err && typeof err === 'object' && typeof err.code === 'string' && !err.path) err.path = file;
    throw e;
  }
}
