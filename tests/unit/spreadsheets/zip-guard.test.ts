// The zip guard counts the bytes it inflates: a zip that lies about its sizes is refused having
// produced no more than it claimed plus one chunk, and exceljs never sees the original file.
import { createDeflateRaw, crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkZip, inflateZip } from '@/lib/spreadsheets/zip-guard';
import { readXlsxRows, ZipRefused } from '@/lib/spreadsheets/xlsx-read';
import { xlsxFile } from '@/tests/unit/groups/fixtures';

/** Raw deflate of `size` zero bytes, streamed so the test itself never holds them. */
async function deflatedZeros(size: number): Promise<Buffer> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (c: Buffer) => out.push(c));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  const block = Buffer.alloc(1024 * 1024);
  for (let sent = 0; sent < size; sent += block.length) {
    if (!deflate.write(block)) await new Promise((r) => deflate.once('drain', r));
  }
  deflate.end();
  await done;
  return Buffer.concat(out);
}

/** A one-entry zip (DEFLATE) whose directory claims `declared` bytes whatever the data inflates to. */
function zipOf(name: string, compressed: Buffer, declared: number): Buffer {
  const n = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc32(Buffer.alloc(0)), 14);
  local.writeUInt32LE(compressed.length, 18);
  local.writeUInt32LE(declared, 22);
  local.writeUInt16LE(n.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(compressed.length, 20);
  central.writeUInt32LE(declared, 24);
  central.writeUInt16LE(n.length, 28);
  central.writeUInt32LE(0, 42);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + n.length, 12);
  end.writeUInt32LE(30 + n.length + compressed.length, 16);
  return Buffer.concat([local, n, compressed, central, n, end]);
}

const MB = 1024 * 1024;

describe('zip guard', () => {
  it('refuses a zip claiming 4 KB that inflates to 256 MB, with memory flat', { timeout: 60_000 }, async () => {
    const bomb = zipOf('xl/worksheets/sheet1.xml', await deflatedZeros(256 * MB), 4096);
    expect(bomb.length).toBeLessThan(MB);
    const before = process.memoryUsage().rss;
    expect(checkZip(bomb, 100 * MB)).toEqual({ ok: false, reason: 'corrupt' });
    await expect(readXlsxRows(bomb, 100 * MB)).rejects.toBeInstanceOf(ZipRefused);
    // Inflating the whole entry would add 256 MB (or the 100 MB limit); the guard stops a chunk in.
    expect(process.memoryUsage().rss - before).toBeLessThan(48 * MB);
  });

  it('refuses a zip whose real content passes the limit even when it claims it fits', { timeout: 60_000 }, async () => {
    const zeros = await deflatedZeros(8 * MB);
    expect(checkZip(zipOf('a.xml', zeros, 8 * MB), 4 * MB)).toEqual({ ok: false, reason: 'too-large' });
    expect(checkZip(zipOf('a.xml', zeros, 2 * MB), 4 * MB)).toEqual({ ok: false, reason: 'corrupt' });
  });

  it('inflates an honest workbook and hands exceljs the counted entries', async () => {
    const file = await xlsxFile([
      ['Imię', 'Nazwisko'],
      ['Łucja', 'Żółć'],
    ]);
    const read = inflateZip(file, MB);
    expect(read.ok && read.entries.some((e) => e.name === 'xl/workbook.xml')).toBe(true);
    const sheets = await readXlsxRows(file);
    expect(sheets[0]!.rows.map((r) => r.cells)).toEqual([
      ['Imię', 'Nazwisko'],
      ['Łucja', 'Żółć'],
    ]);
  });

  it('refuses a truncated file as corrupt', async () => {
    const file = await xlsxFile([['a']]);
    expect(checkZip(file.subarray(0, file.length - 40), MB)).toEqual({ ok: false, reason: 'corrupt' });
  });
});
