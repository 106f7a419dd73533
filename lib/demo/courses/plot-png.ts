// A small real PNG for the demo maths test: the graph of y = x + 1 on a grid, drawn pixel by pixel
// (no image library needed: a PNG is a zlib stream of rows plus three CRC-checked chunks).
import { deflateSync } from 'node:zlib';

const SIZE = 161;
const UNIT = 16; // pixels per unit; the origin is in the middle

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** The graph of y = slope·x + intercept for −5 ≤ x ≤ 5, with axes and a unit grid. */
export function linePlotPng(slope = 1, intercept = 1): Buffer {
  const mid = (SIZE - 1) / 2;
  const px = Buffer.alloc(SIZE * SIZE * 3, 0xff);
  const set = (x: number, y: number, [r, g, b]: [number, number, number]) => {
    if (x < 0 || y < 0 || x >= SIZE || y >= SIZE) return;
    const i = (y * SIZE + x) * 3;
    px[i] = r;
    px[i + 1] = g;
    px[i + 2] = b;
  };
  for (let i = 0; i < SIZE; i++) {
    for (let j = 0; j < SIZE; j++) {
      if ((i - mid) % UNIT === 0 || (j - mid) % UNIT === 0) set(i, j, [220, 226, 235]);
    }
  }
  for (let i = 0; i < SIZE; i++) {
    set(mid, i, [30, 41, 59]);
    set(i, mid, [30, 41, 59]);
  }
  // Unit ticks on both axes.
  for (let k = -5; k <= 5; k++) {
    for (let d = -2; d <= 2; d++) {
      set(mid + k * UNIT, mid + d, [30, 41, 59]);
      set(mid + d, mid + k * UNIT, [30, 41, 59]);
    }
  }
  // The line, 3 px thick, sampled finely so it has no gaps.
  for (let s = -mid; s <= mid; s += 0.25) {
    const x = mid + s;
    const y = mid - (slope * (s / UNIT) + intercept) * UNIT;
    for (let d = -1; d <= 1; d++) set(Math.round(x), Math.round(y) + d, [37, 99, 235]);
  }
  const rows = Buffer.alloc(SIZE * (SIZE * 3 + 1));
  for (let y = 0; y < SIZE; y++) {
    rows[y * (SIZE * 3 + 1)] = 0; // filter: none
    px.copy(rows, y * (SIZE * 3 + 1) + 1, y * SIZE * 3, (y + 1) * SIZE * 3);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
