// npm run demo: serve web/dist on localhost (after build:web) and print the address.
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = join(dirname(fileURLToPath(import.meta.url)), 'dist');
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };
const files = new Map(['index.html', 'deptsim.js'].map((f) => [`/${f}`, f]));
files.set('/', 'index.html');
const port = Number(process.env.PORT ?? 8737);
createServer((req, res) => {
  const f = files.get((req.url ?? '/').split(/[?#]/)[0]);
  if (!f || !existsSync(join(dist, f))) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
    return;
  }
  res.writeHead(200, { 'content-type': types[f.slice(f.lastIndexOf('.'))] });
  res.end(readFileSync(join(dist, f)));
})
  .listen(port, '127.0.0.1', () => process.stdout.write(`deptsim teachers' page: http://127.0.0.1:${port}/ (Ctrl-C to stop)\n`))
  .on('error', (e) => {
    process.stderr.write(`deptsim demo: cannot listen on port ${port}: ${e.message}; set PORT to another port\n`);
    process.exit(2);
  });
