#!/usr/bin/env node
// Draws the application icon (build/icon.png, 512 × 512): a greyscale head in a frame with a black bar over the
// eyes, on the product's blue. Drawn from code so that the repository holds no unexplained binary; run after
// `npm run build` (it uses the engine's PNG writer) and commit the result.
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodePng } from '../dist/main/assessment/pdf/png/encodePng.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SIZE = 512;
const pixels = new Uint8Array(SIZE * SIZE * 3);
const set = (x, y, [r, g, b]) => pixels.set([r, g, b], (y * SIZE + x) * 3);

const BLUE = [0x1f, 0x4e, 0x79];
const FRAME = [0xf2, 0xf4, 0xf7];
const MASK = [0x10, 0x10, 0x10];
for (let y = 0; y < SIZE; y++) {
  for (let x = 0; x < SIZE; x++) {
    let colour = BLUE;
    const inFrame = x >= 96 && x < 416 && y >= 96 && y < 416;
    if (inFrame) {
      colour = [0x22, 0x22, 0x22];
      // A head: an ellipse whose brightness falls off towards its edge, like a CT window on soft tissue.
      const dx = (x - 256) / 104;
      const dy = (y - 262) / 134;
      const r = Math.hypot(dx, dy);
      if (r <= 1) {
        const v = Math.round(120 + 110 * (1 - r * r));
        colour = [v, v, v];
      }
      if (y >= 210 && y < 250 && x >= 130 && x < 382) colour = MASK;
    }
    const border = inFrame && (x < 104 || x >= 408 || y < 104 || y >= 408);
    set(x, y, border ? FRAME : colour);
  }
}
const out = join(root, 'build', 'icon.png');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, encodePng({ width: SIZE, height: SIZE, channels: 3, pixels }));
process.stdout.write(`wrote ${out}\n`);
