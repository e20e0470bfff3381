/**
 * An error as it crosses between the report's threads (thread.ts and worker.ts, figure-thread.ts
 * and figure-worker.ts): structured cloning keeps only plain data, so it goes as its name (a
 * ReportError says fonts are missing or a file cannot be read), message and stack, and is made an
 * Error of that name again on the other side.
 */
export interface ThreadError {
  name: string;
  message: string;
  stack?: string;
}

/** What the thread that failed sends. */
export function toThreadError(e: unknown): ThreadError {
  const err = e instanceof Error ? e : new Error(String(e));
  return { name: err.name, message: err.message, stack: err.stack };
}

/** The error as the thread had it, by name, on the thread that receives it. */
export function fromThreadError(t: ThreadError): Error {
  const e = new Error(t.message);
  e.name = t.name;
  if (t.stack) e.stack = t.stack;
  return e;
}
