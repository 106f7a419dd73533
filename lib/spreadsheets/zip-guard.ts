// An .xlsx is a zip; exceljs inflates all of it into memory. Every entry is inflated here first,
// counting the bytes actually produced: the declared sizes only refuse early (over the limit) and
// cap each entry, so one that inflates past its claim stops there, a chunk later, as corrupt.
import { inflateRawSync } from 'node:zlib';
import type { ZipEntry } from './zip-write';

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const STORE = 0;
const DEFLATE = 8;
/** zlib's output chunk: how far past the limit the inflater may get before it stops. */
export const INFLATE_CHUNK = 64 * 1024;

export type ZipRead =
  { ok: true; entries: ZipEntry[]; uncompressedBytes: number } | { ok: false; reason: 'corrupt' | 'too-large' };
export type ZipCheck = { ok: true; uncompressedBytes: number } | { ok: false; reason: 'corrupt' | 'too-large' };

/** Every entry of the zip, inflated, or a refusal once the bytes produced pass `maxUncompressedBytes`. */
export function inflateZip(buf: Buffer, maxUncompressedBytes: number): ZipRead {
  const corrupt = { ok: false, reason: 'corrupt' } as const;
  // The end-of-directory record is 22 bytes plus a comment of up to 65 535 bytes.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65_535); i--) {
    if (buf.readUInt32LE(i) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return corrupt;
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  let total = 0;
  let declaredTotal = 0;
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== CENTRAL_SIGNATURE) return corrupt;
    const flags = buf.readUInt16LE(at + 8);
    const method = buf.readUInt16LE(at + 10);
    const compressed = buf.readUInt32LE(at + 20);
    const declared = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.subarray(at + 46, at + 46 + nameLength).toString(flags & 0x0800 ? 'utf8' : 'latin1');
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
    // Encrypted entries and ZIP64 sizes (0xFFFFFFFF) are not participant lists.
    if (flags & 0x0001 || compressed === 0xffffffff || local === 0xffffffff) return corrupt;
    declaredTotal += declared;
    if (declaredTotal > maxUncompressedBytes) return { ok: false, reason: 'too-large' };
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== LOCAL_SIGNATURE) return corrupt;
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    if (start + compressed > buf.length) return corrupt;
    const raw = buf.subarray(start, start + compressed);
    // Never more than the entry claims (nor than the limit left): a lie is found a chunk after it starts.
    const budget = Math.min(declared, maxUncompressedBytes - total);
    let data: Buffer;
    if (method === STORE) data = Buffer.from(raw);
    else if (method === DEFLATE) {
      try {
        // zlib stops with ERR_BUFFER_TOO_LARGE as soon as its output passes the budget.
        data = inflateRawSync(raw, { maxOutputLength: Math.max(1, budget), chunkSize: INFLATE_CHUNK });
      } catch {
        return corrupt;
      }
    } else return corrupt;
    if (data.length !== declared) return corrupt;
    total += data.length;
    entries.push({ name, data });
  }
  return { ok: true, entries, uncompressedBytes: total };
}

/** Whether the zip inflates within `maxUncompressedBytes` (counted while inflating, entry by entry). */
export function checkZip(buf: Buffer, maxUncompressedBytes: number): ZipCheck {
  const read = inflateZip(buf, maxUncompressedBytes);
  return read.ok ? { ok: true, uncompressedBytes: read.uncompressedBytes } : read;
}
