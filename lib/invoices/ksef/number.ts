// The KSeF number (faktury/numer-ksef.md): seller NIP, acceptance date, 12 hex digits and a
// CRC-8 of the 32 characters before it. The client checks what KSeF answers; the simulator mints them.
import { warsawDateKey } from '@/lib/format/time';

const KSEF_NUMBER = /^([1-9](\d[1-9]|[1-9]\d)\d{7})-(\d{8})-([0-9A-F]{12})-([0-9A-F]{2})$/;

/** CRC-8 as KSeF computes it: polynomial 0x07, initial value 0x00, no reflection, no final XOR. */
export function crc8(data: string | Uint8Array): number {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let crc = 0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 0x80 ? ((crc << 1) ^ 0x07) & 0xff : (crc << 1) & 0xff;
  }
  return crc;
}

export const crc8Hex = (data: string) => crc8(data).toString(16).toUpperCase().padStart(2, '0');

/** True for a 35-character KSeF 2.0 number whose checksum matches its first 32 characters. */
export function isKsefNumber(s: string): boolean {
  const m = KSEF_NUMBER.exec(s);
  if (!m) return false;
  const date = m[3];
  const month = Number(date.slice(4, 6));
  const day = Number(date.slice(6, 8));
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  return crc8Hex(s.slice(0, 32)) === m[5];
}

/**
 * The number KSeF gives an invoice of seller `nip` accepted at `date` (its Warsaw calendar day);
 * `random` is the 12-digit technical part, as 6 bytes or 12 hex digits.
 */
export function makeKsefNumber(nip: string, date: Date, random: Uint8Array | string): string {
  const technical = (typeof random === 'string' ? random : Buffer.from(random).toString('hex')).toUpperCase();
  if (!/^[0-9A-F]{12}$/.test(technical)) throw new Error(`KSeF number: technical part must be 12 hex digits`);
  if (!/^\d{10}$/.test(nip)) throw new Error(`KSeF number: NIP must be 10 digits`);
  const data = `${nip}-${warsawDateKey(date).replaceAll('-', '')}-${technical}`;
  return `${data}-${crc8Hex(data)}`;
}
