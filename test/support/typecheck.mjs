// `npm test`'s first step: compile the project to dist/ (bundled next by sim/cli/build.mjs; the CLI
// tests run it) and type-check the teachers' page, side by side. The two tsc runs are independent and each keeps one core busy for
// 10-15 s, so on two cores this takes the longer one's time instead of the sum. Output is printed
// per project after it finishes, so the two never interleave; exit 1 if either fails.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const projects = ['tsconfig.json', 'web/tsconfig.json'];

const codes = await Promise.all(
  projects.map(
    (p) =>
      new Promise((done) => {
        const child = spawn(process.execPath, [tsc, '-p', p], { stdio: ['ignore', 'pipe', 'pipe'] });
        let out = '';
        child.stdout.on('data', (d) => (out += d));
        child.stderr.on('data', (d) => (out += d));
        child.on('close', (code) => {
          if (out) process.stdout.write(`tsc -p ${p}:\n${out}`);
          done(code ?? 1);
        });
      }),
  ),
);
process.exitCode = codes.every((c) => c === 0) ? 0 : 1;
