import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, truncateSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { SessionEvent } from './session.js';

/** The first line of a session log: everything needed to rebuild the session with its events. */
export interface SessionHeader {
  e: 'open';
  format: 1;
  /** The scenario as the session runs it (resolved, defaults filled, as YAML), without decisions. */
  scenario: string;
  seed: number;
  /** Where the scenario came from (shown only). */
  source: string;
  /** The teacher's secret key (the log lives in the teacher's own folder). */
  key: string;
}

export const LOG_FILE = 'session.jsonl';

/**
 * The session's append-only log, one JSON line per event, written before the event takes effect so a
 * killed server loses nothing it acknowledged. A line cut short by a kill mid-write is the only
 * line a resume may drop, and only as the last line.
 */
export class SessionLog {
  private constructor(private readonly fd: number) {}

  static create(dir: string, header: SessionHeader): SessionLog {
    mkdirSync(dir, { recursive: true });
    const file = join(dir, LOG_FILE);
    if (existsSync(file)) throw new Error(`${dir} already holds a session; continue it with --resume ${dir}, or choose another --dir`);
    const fd = openSync(file, 'wx');
    const log = new SessionLog(fd);
    log.append(header);
    fsyncSync(fd);
    return log;
  }

  static reopen(dir: string): SessionLog {
    return new SessionLog(openSync(join(dir, LOG_FILE), 'a'));
  }

  append(record: SessionHeader | SessionEvent): void {
    writeSync(this.fd, `${JSON.stringify(record)}\n`);
  }

  close(): void {
    closeSync(this.fd);
  }
}

export class LogError extends Error {}

/** Read a session log: its header and events, dropping only a final line cut short. */
export function readSessionLog(dir: string): { header: SessionHeader; events: SessionEvent[] } {
  const file = join(dir, LOG_FILE);
  if (!existsSync(file)) throw new LogError(`${dir} holds no session (no ${LOG_FILE}); start one with deptsim classroom`);
  const text = readFileSync(file, 'utf8');
  const lines = text.split('\n');
  // The last piece is '' (the log ends with a newline) or a line cut short: never an event.
  const complete = lines.slice(0, -1);
  const records = complete.map((line, i) => {
    try {
      return JSON.parse(line) as SessionHeader | SessionEvent;
    } catch {
      throw new LogError(`${file}:${i + 1}: not a log line; the log was edited or damaged`);
    }
  });
  const header = records[0] as SessionHeader | undefined;
  if (!header || header.e !== 'open' || header.format !== 1) throw new LogError(`${file}: not a deptsim classroom log`);
  return { header, events: records.slice(1) as SessionEvent[] };
}

/** Cut a line a kill left half-written, so the resumed log goes on from a whole line. */
export function repairTail(dir: string): void {
  const file = join(dir, LOG_FILE);
  const bytes = readFileSync(file);
  if (bytes.length > 0 && bytes[bytes.length - 1] !== 0x0a) truncateSync(file, bytes.lastIndexOf(0x0a) + 1);
}
