// An .xlsx is a zip; exceljs inflates all of it into memory. Reading the zip's own directory
// first lets us refuse a truncated file or a "zip bomb" before anything is inflated.

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;

export type ZipCheck = { ok: true; uncompressedBytes: number } | { ok: false; reason: 'corrupt' | 'too-large' };

export function checkZip(buf: Buffer, maxUncompressedBytes: number): ZipCheck {
  // The end-of-directory record is 22 bytes plus a comment of up to 65 535 bytes.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65_535); i--) {
    if (buf.readUInt32LE(i) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { ok: false, reason: 'corrupt' };
  const entries = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== CENTRAL_SIGNATURE) return { ok: false, reason: 'corrupt' };
    // 0xFFFFFFFF means a ZIP64 size: far beyond any participant list.
    total += buf.readUInt32LE(at + 24);
    if (total > maxUncompressedBytes) return { ok: false, reason: 'too-large' };
    at += 46 + buf.readUInt16LE(at + 28) + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return { ok: true, uncompressedBytes: total };
}
