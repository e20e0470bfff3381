import WebSocket from 'ws';

/** A test client over a real WebSocket: every message it got, and a wait for the next that matches. */
export class Client {
  readonly got: any[] = [];
  private waiters: { pred: (m: any) => boolean; resolve: (m: any) => void }[] = [];
  closed: { code: number; reason: string } | null = null;
  private closeWaiters: ((c: { code: number; reason: string }) => void)[] = [];

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const m = JSON.parse(data.toString());
      this.got.push(m);
      this.waiters = this.waiters.filter((w) => {
        if (!w.pred(m)) return true;
        this.cursor = this.got.length;
        w.resolve(m);
        return false;
      });
    });
    ws.on('close', (code, reason) => {
      this.closed = { code, reason: reason.toString() };
      for (const f of this.closeWaiters) f(this.closed);
    });
    ws.on('error', () => {});
  }

  /** Open a socket, from `localAddress` when given (a loopback address of its own: phoneAddress). */
  static open(url: string, localAddress?: string): Promise<Client> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url, localAddress ? { localAddress } : {});
      const c = new Client(ws);
      ws.once('open', () => resolve(c));
      ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
      ws.once('error', reject);
    });
  }

  send(x: unknown): void {
    this.ws.send(typeof x === 'string' ? x : JSON.stringify(x));
  }

  /** Messages before this index were matched by an earlier `next` (or skipped over by it). */
  private cursor = 0;

  /** The first message after the last one matched that matches, whether it came already or comes within `ms`. */
  next(pred: (m: any) => boolean, ms = 5000): Promise<any> {
    for (let i = this.cursor; i < this.got.length; i++) {
      if (pred(this.got[i])) {
        this.cursor = i + 1;
        return Promise.resolve(this.got[i]);
      }
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching message in ${ms} ms; got ${JSON.stringify(this.got.slice(-3))}`)), ms);
      this.waiters.push({ pred, resolve: (m) => (clearTimeout(timer), resolve(m)) });
    });
  }

  whenClosed(ms = 5000): Promise<{ code: number; reason: string }> {
    if (this.closed) return Promise.resolve(this.closed);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('not closed')), ms);
      this.closeWaiters.push((c) => (clearTimeout(timer), resolve(c)));
    });
  }

  close(): void {
    this.ws.close();
  }
}

/**
 * A loopback address of phone i's own (127.1.x.y; Linux answers on all of 127.0.0.0/8), so simulated
 * phones reach the server from different addresses, as a class's phones do on Wi-Fi, and the
 * per-address limits treat them as a class, not as one client.
 */
export const phoneAddress = (i: number) => `127.1.${Math.floor(i / 250)}.${(i % 250) + 1}`;

export const CHOICE = { campaignWeight: 2, extraSecondment: 1, shared: 'own', tolerateSlack: false } as const;

/** The p-quantile of a sample (nearest rank). */
export function quantile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))];
}
