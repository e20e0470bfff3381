import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface QRCodeModel {
  addData(s: string): void;
  make(): void;
  getModuleCount(): number;
  modules: boolean[][];
}

/** The join address as QR modules, one string of 0 and 1 per row (drawn as squares on the teacher's screen). */
export function qrModules(text: string): string[] {
  // qrcode-terminal's own encoder (no network, no canvas); error correction L, as in its terminal drawing.
  const QRCode = require('qrcode-terminal/vendor/QRCode') as new (type: number, level: number) => QRCodeModel;
  const level = require('qrcode-terminal/vendor/QRCode/QRErrorCorrectLevel') as { L: number };
  const qr = new QRCode(-1, level.L);
  qr.addData(text);
  qr.make();
  return qr.modules.map((row) => row.map((dark) => (dark ? '1' : '0')).join(''));
}

/** The same code drawn with block characters for the terminal. */
export function terminalQr(text: string): string {
  const qrcode = require('qrcode-terminal') as { generate(t: string, o: { small: boolean }, cb: (s: string) => void): void };
  let out = '';
  qrcode.generate(text, { small: true }, (s) => (out = s));
  return out;
}
