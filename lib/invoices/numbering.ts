// Invoice numbers "FV/2026/000123": one gap-free series per Warsaw calendar year. The counter
// itself lives in the database (one row per year, bumped inside the purchase transaction);
// these helpers only name and read numbers.
import { warsawParts } from '@/lib/format/time';

export type InvoiceNumber = { year: number; seq: number };

const PATTERN = /^FV\/(\d{4})\/(\d{6,})$/;

/** (123, 2026) → "FV/2026/000123"; sequences past 999 999 simply grow wider. */
export function formatInvoiceNumber(seq: number, year: number): string {
  if (!Number.isSafeInteger(seq) || seq < 1) throw new Error(`Invalid invoice sequence number: ${seq}`);
  if (!Number.isInteger(year) || year < 2000 || year > 9999) throw new Error(`Invalid invoice year: ${year}`);
  return `FV/${year}/${String(seq).padStart(6, '0')}`;
}

/** "FV/2026/000123" → { year: 2026, seq: 123 }; anything else → null. */
export function parseInvoiceNumber(value: string): InvoiceNumber | null {
  const m = PATTERN.exec(value.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const seq = Number(m[2]);
  if (seq < 1 || year < 2000 || !Number.isSafeInteger(seq)) return null;
  return { year, seq };
}

/** The series of an invoice issued at `issuedAt`: the year on Warsaw's calendar, not UTC's
 *  (00:30 on 1 January in Warsaw is still 31 December in UTC, but the invoice opens the new series). */
export function invoiceSeriesYear(issuedAt: Date): number {
  return warsawParts(issuedAt).year;
}
