import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { MAX_MESSAGE_BYTES, parseMessage, StudentMessage, TeacherMessage } from './messages.js';
import { AddressBook, type AddressLimits, type AddressRates } from './address-limits.js';
import { RateLimit } from './rate-limit.js';
import { Refused, type Session, type SessionEvent } from './session.js';
import type { SessionLog } from './log.js';
import { studentView, teacherView, type Links } from './views.js';

/** Refused messages after which a connection is closed as hostile (a phone never gets near). */
const MAX_REFUSED = 40;
/** Open sockets at most: a class and its teacher, several times over; a connection flood stops here. */
export const MAX_CONNECTIONS = 500;

interface Conn {
  ws: WebSocket;
  role: 'student' | 'teacher';
  token: string | null;
  limit: RateLimit;
  /** The limits of the network address the socket came from (shared by its sockets; none for the teacher). */
  address: AddressLimits | null;
}

export interface ServerOptions {
  session: Session;
  log: SessionLog;
  key: string;
  host: string;
  port: number;
  /** The two pages (student, teacher), already filled with their strings. */
  pages: { student: string; teacher: string };
  /** Open sockets at most (MAX_CONNECTIONS unless said). */
  maxConnections?: number;
  /** Joins and messages per network address (ADDRESS_RATES unless said); null: no per-address limit. */
  addressRates?: AddressRates | null;
  /** Called after the session ends (the export is written there). */
  onEnd?: (session: Session) => void;
}

/** What a phone is told when its network address is over its limits (shown on the phone as it is). */
export const ADDRESS_JOINS_REFUSED = 'too many joins from this network address: wait a minute and join again (if the whole class shares one address, the teacher restarts with --no-address-limit)';
export const ADDRESS_MESSAGES_REFUSED = 'too many messages from this network address; slow down';

/** Same length, constant time: a key guessed a character at a time learns nothing from timing. */
function sameKey(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

const CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; img-src data:; font-src data:";
/** The teacher's charts are vega's, which compiles its expressions with Function (as on the teachers' page). */
const TEACHER_CSP = CSP.replace("script-src 'unsafe-inline'", "script-src 'unsafe-inline' 'unsafe-eval'");
const SECURITY_HEADERS = {
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

/**
 * The classroom server: the two pages over HTTP and one WebSocket per phone or projector. Every
 * message is size-capped (by the socket), rate-limited, parsed and validated; a student's socket acts
 * only for the token it joined or rejoined with; only a socket that showed the teacher's key steers
 * the session. Each accepted event is written to the log before it takes effect.
 */
export class ClassroomServer {
  private readonly http: Server;
  private readonly wss: WebSocketServer;
  private readonly conns = new Set<Conn>();
  private readonly addresses: AddressBook | null;
  private paceTimer: NodeJS.Timeout | null = null;
  pace = 0;
  links: Links = { student: '', teacher: '' };

  constructor(private readonly o: ServerOptions) {
    this.addresses = o.addressRates === null ? null : new AddressBook(o.addressRates);
    this.http = createServer((req, res) => this.page(req, res));
    this.wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
    this.http.on('upgrade', (req, socket, head) => {
      const url = new URL(req.url ?? '/', 'http://x');
      if (url.pathname !== '/ws') {
        socket.destroy();
        return;
      }
      if (this.conns.size >= (this.o.maxConnections ?? MAX_CONNECTIONS)) {
        socket.write('HTTP/1.1 503 Service Unavailable\r\n\r\n');
        socket.destroy();
        return;
      }
      const role = url.searchParams.get('role');
      const teacher = role === 'teacher' && sameKey(url.searchParams.get('key') ?? '', this.o.key);
      if (role !== 'student' && !teacher) {
        socket.write('HTTP/1.1 403 Forbidden\r\n\r\n');
        socket.destroy();
        return;
      }
      // The teacher (who showed the key) is not held to the students' per-address limits.
      const address = teacher ? null : this.addresses?.of(req.socket.remoteAddress) ?? null;
      this.wss.handleUpgrade(req, socket, head, (ws) => this.connect(ws, teacher ? 'teacher' : 'student', address));
    });
  }

  /** Listen; a taken port or an address not on this machine is one clear line. */
  listen(): Promise<AddressInfo> {
    return new Promise((resolve, reject) => {
      const onError = (e: NodeJS.ErrnoException) => {
        if (e.code === 'EADDRINUSE') reject(new ListenError(`port ${this.o.port} on ${this.o.host} is taken (another classroom or program?); choose another with --port`));
        else if (e.code === 'EADDRNOTAVAIL') reject(new ListenError(`${this.o.host} is not an address of this machine; leave out --host or give one of its addresses`));
        else if (e.code === 'EACCES') reject(new ListenError(`port ${this.o.port} needs administrator rights; choose one above 1023 with --port`));
        else reject(e);
      };
      this.http.once('error', onError);
      this.http.listen(this.o.port, this.o.host, () => {
        this.http.off('error', onError);
        resolve(this.http.address() as AddressInfo);
      });
    });
  }

  close(): Promise<void> {
    this.setPace(0);
    for (const c of this.conns) c.ws.terminate();
    this.wss.close();
    return new Promise((resolve) => this.http.close(() => resolve()));
  }

  private page(req: IncomingMessage, res: ServerResponse): void {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const body = path === '/' ? this.o.pages.student : path === '/teacher' ? this.o.pages.teacher : null;
    if (req.method !== 'GET' || body === null) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS });
      res.end('not found\n');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...SECURITY_HEADERS, ...(path === '/teacher' ? { 'content-security-policy': TEACHER_CSP } : {}) });
    res.end(body);
  }

  private connect(ws: WebSocket, role: 'student' | 'teacher', address: AddressLimits | null): void {
    const conn: Conn = { ws, role, token: null, limit: new RateLimit(), address };
    this.conns.add(conn);
    ws.on('close', () => this.conns.delete(conn));
    ws.on('error', () => ws.terminate());
    ws.on('message', (data: RawData, isBinary: boolean) => this.receive(conn, data, isBinary));
    if (role === 'teacher') this.send(conn, teacherView(this.o.session, this.links, this.pace));
  }

  private receive(conn: Conn, data: RawData, isBinary: boolean): void {
    if (!conn.limit.take()) {
      if (conn.limit.refused > MAX_REFUSED) conn.ws.close(1008, 'too many messages');
      else if (conn.limit.refused === 1) this.send(conn, { t: 'error', reason: 'too many messages; slow down' });
      return;
    }
    // Many sockets (and tokens) from one address share its bucket: a hostile laptop cannot multiply
    // a phone's allowance by opening more sockets. Refusals count towards closing the socket.
    if (conn.address && !conn.address.messages.take()) return this.refuse(conn, ADDRESS_MESSAGES_REFUSED, 'addressMessages');
    if (isBinary) return this.refuse(conn, 'text messages only');
    const raw = data.toString();
    try {
      if (conn.role === 'teacher') this.teacher(conn, raw);
      else this.student(conn, raw);
    } catch (e) {
      if (e instanceof Refused) this.refuse(conn, e.message);
      else throw e;
    }
  }

  /** Refuse a message with its reason; `code` names the phone's own words for it (CLASSROOM_TEXT), in the phone's language. */
  private refuse(conn: Conn, reason: string, code?: 'addressJoins' | 'addressMessages'): void {
    conn.limit.refused++;
    this.send(conn, code ? { t: 'error', reason, code } : { t: 'error', reason });
    if (conn.limit.refused > MAX_REFUSED) conn.ws.close(1008, 'too many refused messages');
  }

  /** Log, then apply: an event the log does not hold never happened. */
  private commit(ev: SessionEvent): void {
    this.o.session.check(ev);
    this.o.log.append(ev);
    this.o.session.apply(ev);
  }

  private student(conn: Conn, raw: string): void {
    const p = parseMessage(StudentMessage, raw);
    if (!p.ok) return this.refuse(conn, p.reason);
    const s = this.o.session;
    const m = p.msg;
    if (m.t === 'join') {
      if (conn.token) return this.refuse(conn, 'already joined');
      if (conn.address && !conn.address.joins.take()) return this.refuse(conn, ADDRESS_JOINS_REFUSED, 'addressJoins');
      const token = randomBytes(16).toString('hex');
      this.commit({ e: 'join', token, name: m.name, department: s.nextDepartment() });
      conn.token = token;
      this.send(conn, studentView(s, token));
      this.teachers();
      return;
    }
    if (m.t === 'rejoin') {
      if (!s.students.has(m.token)) return this.refuse(conn, 'unknown token: join again');
      conn.token = m.token;
      this.send(conn, studentView(s, m.token));
      return;
    }
    if (!conn.token) return this.refuse(conn, 'join first');
    this.commit({ e: 'choose', token: conn.token, week: m.week, choice: m.choice });
    const st = s.students.get(conn.token)!;
    this.send(conn, { t: 'chosen', week: m.week });
    const decided = [...s.students.values()].filter((x) => x.chosenWeek === s.county.week).length;
    this.broadcast('teacher', () => ({ t: 'decided', token: st.token, week: m.week, department: st.department, name: st.name, decided, students: s.students.size }));
  }

  private teacher(conn: Conn, raw: string): void {
    const p = parseMessage(TeacherMessage, raw);
    if (!p.ok) return this.refuse(conn, p.reason);
    const m = p.msg;
    if (m.t === 'pace') {
      this.setPace(m.seconds);
      this.teachers();
      return;
    }
    if (m.t === 'kick') {
      this.commit({ e: 'kick', token: m.token });
      for (const c of this.conns) if (c.token === m.token) c.ws.close(4001, 'removed by the teacher');
    } else if (m.t === 'move') this.commit({ e: 'move', token: m.token, department: m.department });
    else this.commit({ e: m.t });
    if (m.t === 'end') {
      this.setPace(0);
      this.o.onEnd?.(this.o.session);
    }
    this.everyone();
  }

  /** Step a week every `seconds` while the session runs (0: the teacher steps by hand). */
  setPace(seconds: number): void {
    this.pace = seconds;
    if (this.paceTimer) clearInterval(this.paceTimer);
    this.paceTimer = null;
    if (seconds > 0) {
      this.paceTimer = setInterval(() => {
        const s = this.o.session;
        if (s.status !== 'running') return;
        if (s.county.done) return this.setPace(0);
        this.commit({ e: 'step' });
        this.everyone();
      }, seconds * 1000);
      this.paceTimer.unref();
    }
  }

  private send(conn: Conn, msg: unknown): void {
    if (conn.ws.readyState === conn.ws.OPEN) conn.ws.send(JSON.stringify(msg));
  }

  private broadcast(role: Conn['role'], make: (c: Conn) => unknown): void {
    for (const c of this.conns) if (c.role === role) this.send(c, make(c));
  }

  private teachers(): void {
    const view = teacherView(this.o.session, this.links, this.pace);
    this.broadcast('teacher', () => view);
  }

  /** Everyone's screen after the county moved. */
  private everyone(): void {
    this.teachers();
    const s = this.o.session;
    for (const c of this.conns) if (c.role === 'student' && c.token && s.students.has(c.token)) this.send(c, studentView(s, c.token));
  }
}

export class ListenError extends Error {}
