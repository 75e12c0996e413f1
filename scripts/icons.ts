// Draws Brief's toolbar icons (public/icons/icon-{16,32,48,128}.png) without an image library:
// a blue rounded square with a headline bar and three summary lines, anti-aliased by supersampling.
// Run with `npx tsx scripts/icons.ts`; the PNGs are committed, so the build does not need this.
import { mkdirSync, writeFileSync } from 'node:fs';
import { zlibSync } from 'fflate';

type Rgb = [number, number, number];
interface Shape { x: number; y: number; w: number; h: number; r: number; color: Rgb }

const BLUE_TOP: Rgb = [76, 110, 245];
const BLUE_BOTTOM: Rgb = [54, 79, 199];
const WHITE: Rgb = [255, 255, 255];
const MUTED: Rgb = [208, 218, 255];

// Unit square coordinates; bars are pill-shaped (radius = half height).
const bars: Shape[] = [
  { x: 0.2, y: 0.2, w: 0.6, h: 0.15, r: 0.075, color: WHITE },
  { x: 0.2, y: 0.45, w: 0.6, h: 0.09, r: 0.045, color: MUTED },
  { x: 0.2, y: 0.6, w: 0.6, h: 0.09, r: 0.045, color: MUTED },
  { x: 0.2, y: 0.75, w: 0.4, h: 0.09, r: 0.045, color: MUTED },
];

function inRoundRect(px: number, py: number, s: Shape): boolean {
  const cx = Math.min(Math.max(px, s.x + s.r), s.x + s.w - s.r);
  const cy = Math.min(Math.max(py, s.y + s.r), s.y + s.h - s.r);
  return (px - cx) ** 2 + (py - cy) ** 2 <= s.r ** 2;
}

function sample(px: number, py: number): [number, number, number, number] {
  const background: Shape = { x: 0, y: 0, w: 1, h: 1, r: 0.22, color: BLUE_TOP };
  if (!inRoundRect(px, py, background)) return [0, 0, 0, 0];
  for (const bar of bars) if (inRoundRect(px, py, bar)) return [...bar.color, 255];
  const mix = (i: number) => BLUE_TOP[i]! + (BLUE_BOTTOM[i]! - BLUE_TOP[i]!) * py;
  return [mix(0), mix(1), mix(2), 255];
}

function render(size: number): Uint8Array {
  const ss = 4;
  const rows = new Uint8Array(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // PNG filter type: none
    for (let x = 0; x < size; x++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const [r, g, b, a] = sample((x + (sx + 0.5) / ss) / size, (y + (sy + 0.5) / ss) / size);
          acc[0]! += r * a; acc[1]! += g * a; acc[2]! += b * a; acc[3]! += a;
        }
      }
      const o = y * (size * 4 + 1) + 1 + x * 4;
      const alpha = acc[3]!;
      for (let c = 0; c < 3; c++) rows[o + c] = alpha ? Math.round(acc[c]! / alpha) : 0;
      rows[o + 3] = Math.round(alpha / (ss * ss));
    }
  }
  return rows;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function png(size: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', zlibSync(render(size), { level: 9 })), chunk('IEND', new Uint8Array())]);
}

mkdirSync('public/icons', { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(`public/icons/icon-${size}.png`, png(size));
console.log('Wrote public/icons/icon-{16,32,48,128}.png');
