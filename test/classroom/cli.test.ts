import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = resolve('dist/sim/cli/main.js');
const dir = mkdtempSync(join(tmpdir(), 'classroom-cli-'));
let blocker: Server;
let taken = 0;
beforeAll(async () => {
  blocker = createServer();
  await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
  taken = (blocker.address() as { port: number }).port;
});
afterAll(() => {
  blocker.close();
  rmSync(dir, { recursive: true, force: true });
});

const deptsim = (...args: string[]) => spawnSync(process.execPath, [BIN, 'classroom', ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });

describe('deptsim classroom: bad input is one clear line', () => {
  it('a taken port says so, exits 2 and leaves no session folder behind', () => {
    const r = deptsim('--host', '127.0.0.1', '--port', String(taken), '--dir', 'session');
    expect(r.stderr).toBe(`deptsim: port ${taken} on 127.0.0.1 is taken (another classroom or program?); choose another with --port\n`);
    expect(r.status).toBe(2);
    expect(existsSync(join(dir, 'session'))).toBe(false);
  });

  it('a port out of range, a folder with no session, an unknown scenario', () => {
    for (const [args, message] of [
      [['--port', '70000'], /^deptsim: --port 70000: give a port number from 1 to 65535 \(0: any free port\)\n$/],
      [['--resume', 'nowhere'], /^deptsim: nowhere holds no session to resume/],
      [['no-such-lesson'], /^deptsim: no-such-lesson: no such file, and no shipped scenario of that name/],
      // The session's three runs (the class, the model's heads, heads ignoring the assessment) go
      // through the same budget as every command, before the server starts.
      [['--max-staff-days', '1000', '--port', '0', '--dir', 'too-big'], /^deptsim: this would simulate [\d,]+ staff-days \(3 runs, .*--max-staff-days N\n$/],
    ] as const) {
      const r = deptsim(...args);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.status).toBe(2);
    }
    expect(existsSync(join(dir, 'too-big'))).toBe(false);
  });
});
