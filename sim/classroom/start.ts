import { existsSync, readdirSync, rmdirSync, rmSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import type { Scenario } from '../scenario/schema/index.js';
import { writeExport, EXPORT_FOLDER } from './export.js';
import { LOG_FILE } from './log.js';
import { resumeSession, startSession, type OpenSession } from './open.js';
import { classroomPages } from './pages.js';
import { qrModules } from './qr.js';
import { ClassroomServer } from './server.js';
import { setDebrief, type Links } from './views.js';

export interface ClassroomOptions {
  host: string;
  port: number;
  dir: string;
  /** A new session's scenario (absent when resuming). */
  scenario?: Scenario;
  source?: string;
  resume: boolean;
  pace: number;
  maxConnections?: number;
  /** Limit joins and messages per network address (default); false when the class shares one address. */
  addressLimit?: boolean;
}

/** The address phones can reach: the host asked for, or the first IPv4 address on the network. */
export function reachableHost(host: string): string {
  if (host !== '0.0.0.0' && host !== '::') return host;
  for (const list of Object.values(networkInterfaces())) for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  return '127.0.0.1';
}

export interface RunningClassroom {
  server: ClassroomServer;
  open: OpenSession;
  links: Links;
  port: number;
  stop(): Promise<void>;
}

/** Open (or resume) the session and serve it; the export is written when the teacher ends it. */
export async function startClassroom(o: ClassroomOptions, qr: (text: string) => string = () => ''): Promise<RunningClassroom> {
  if (o.resume && !existsSync(join(o.dir, LOG_FILE))) throw new Error(`${o.dir} holds no session to resume (no ${LOG_FILE})`);
  const open = o.resume ? resumeSession(o.dir) : startSession(o.scenario!, o.source ?? '', o.dir);
  const server = new ClassroomServer({
    session: open.session,
    log: open.log,
    key: open.header.key,
    host: o.host,
    port: o.port,
    pages: await classroomPages(open.session.scenario),
    maxConnections: o.maxConnections,
    addressRates: o.addressLimit === false ? null : undefined,
    onEnd: (s) => setDebrief(s, writeExport(s, o.dir)),
  });
  // A session resumed after its end shows its debrief again.
  if (open.session.status === 'ended') setDebrief(open.session, writeExport(open.session, o.dir));
  let addr;
  try {
    addr = await server.listen();
  } catch (e) {
    open.log.close();
    // A new session that never served leaves nothing behind (its log holds only the header).
    if (!o.resume) {
      rmSync(join(o.dir, LOG_FILE));
      if (readdirSync(o.dir).length === 0) rmdirSync(o.dir);
    }
    throw e;
  }
  const base = `http://${reachableHost(o.host)}:${addr.port}`;
  const links: Links = { student: `${base}/`, teacher: `${base}/teacher#key=${open.header.key}` };
  links.qr = qr(links.student);
  links.qrModules = qrModules(links.student);
  server.links = links;
  if (o.pace > 0) server.setPace(o.pace);
  return {
    server,
    open,
    links,
    port: addr.port,
    async stop() {
      await server.close();
      open.log.close();
    },
  };
}

export { EXPORT_FOLDER };
export { terminalQr } from './qr.js';
export { ListenError } from './server.js';
export { LogError } from './log.js';
