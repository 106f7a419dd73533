// A minimal ZIP writer (STORE, no compression) for handing out several files at once, such as a
// group's certificates: PDFs are compressed already, so deflating them again would gain nothing.
// UTF-8 names (flag bit 11), CRC-32 from zlib, no ZIP64 (refused above 4 GB or 65 535 entries).
import { crc32 } from 'node:zlib';

export type ZipEntry = { name: string; data: Buffer };

/** MS-DOS date and time fields of `d` as local wall-clock parts (the caller passes Warsaw time). */
function dosDateTime(d: { year: number; month: number; day: number; hour: number; minute: number; second: number }) {
  const time = (d.hour << 11) | (d.minute << 5) | Math.floor(d.second / 2);
  const date = ((Math.max(1980, d.year) - 1980) << 9) | (d.month << 5) | d.day;
  return { time, date };
}

export type ZipTime = Parameters<typeof dosDateTime>[0];

export function zipStore(entries: readonly ZipEntry[], at: ZipTime): Buffer {
  if (entries.length > 0xffff) throw new Error('Too many zip entries');
  const { time, date } = dosDateTime(at);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const crc = crc32(e.data) >>> 0;
    const size = e.data.length;
    if (offset + size > 0xfffffff0) throw new Error('Zip too large');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(0, 8); // STORE
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(size, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(0, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(date, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(size, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += 30 + name.length + size;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
