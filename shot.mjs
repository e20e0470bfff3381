import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const [w, h, hash, out, ...acts] = process.argv.slice(2);
const p = await b.newPage({ viewport: { width: +w, height: +h } });
p.on('console', (m) => console.log('console', m.type(), m.text()));
p.on('pageerror', (e) => console.log('pageerror', e.message));
const t0 = Date.now();
await p.goto('file://' + process.cwd() + '/web/dist/index.html' + (hash || ''));
await p.waitForFunction(() => document.body.dataset.status === 'ready', null, { timeout: 120000 });
console.log('ready after', Date.now() - t0);
for (const a of acts) { await p.click(a); await p.waitForTimeout(300); await p.waitForFunction(() => document.body.dataset.status === 'ready', null, { timeout: 120000 }); }
console.log('status', await p.textContent('#status'), 'error', await p.textContent('#error'));
await p.screenshot({ path: out });
await b.close();
