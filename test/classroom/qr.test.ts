import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { qrModules, terminalQr } from '../../sim/classroom/qr.js';

/** Dark modules (true) as black pixels, `scale` pixels a module, with a white quiet zone of 4 modules. */
function raster(dark: boolean[][], scale = 6): { data: Uint8ClampedArray; width: number; height: number } {
  const q = 4;
  const n = dark[0].length;
  const rows = dark.length;
  const width = (n + 2 * q) * scale;
  const height = (rows + 2 * q) * scale;
  const data = new Uint8ClampedArray(width * height * 4).fill(255);
  for (let y = 0; y < rows; y++)
    for (let x = 0; x < n; x++) {
      if (!dark[y][x]) continue;
      for (let dy = 0; dy < scale; dy++)
        for (let dx = 0; dx < scale; dx++) {
          const i = (((y + q) * scale + dy) * width + (x + q) * scale + dx) * 4;
          data[i] = data[i + 1] = data[i + 2] = 0;
        }
    }
  return { data, width, height };
}

const decode = (dark: boolean[][]) => {
  const { data, width, height } = raster(dark);
  return jsQR(data, width, height, { inversionAttempts: 'dontInvert' })?.data;
};

const ADDRESSES = ['http://192.168.1.20:8765/', 'http://10.0.0.7:9000/', 'http://[fe80::1]:8765/'];

describe('the join address as a QR code, decoded by a real decoder (jsQR)', () => {
  it('the modules the teacher\'s screen draws decode to the student address', () => {
    for (const a of ADDRESSES) expect(decode(qrModules(a).map((row) => [...row].map((b) => b === '1')))).toBe(a);
  });

  it('the terminal\'s block drawing decodes to the student address', () => {
    for (const a of ADDRESSES) {
      // Each character is one module wide and two tall; the blocks are the light modules (the code
      // is drawn for a dark terminal: its border is blocks).
      const lines = terminalQr(a).split('\n').filter((l) => l.length);
      const light: boolean[][] = [];
      for (const line of lines) {
        const chars = [...line];
        light.push(chars.map((c) => c === '█' || c === '▀'));
        light.push(chars.map((c) => c === '█' || c === '▄'));
      }
      expect(decode(light.map((row) => row.map((l) => !l)))).toBe(a);
    }
  });

  it('a different address does not decode to this one (the check can fail)', () => {
    expect(decode(qrModules(ADDRESSES[1]).map((row) => [...row].map((b) => b === '1')))).not.toBe(ADDRESSES[0]);
  });
});
