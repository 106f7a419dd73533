import { describe, expect, it } from 'vitest';
import { formatInvoiceNumber, invoiceSeriesYear, parseInvoiceNumber } from '@/lib/invoices/numbering';

describe('invoice numbers', () => {
  it('formats FV/year/six-digit sequence', () => {
    expect(formatInvoiceNumber(123, 2026)).toBe('FV/2026/000123');
    expect(formatInvoiceNumber(1, 2027)).toBe('FV/2027/000001');
    expect(formatInvoiceNumber(1_234_567, 2026)).toBe('FV/2026/1234567');
  });

  it('refuses sequences and years that cannot be numbers of a series', () => {
    for (const seq of [0, -1, 1.5, Number.NaN]) expect(() => formatInvoiceNumber(seq, 2026)).toThrow();
    for (const year of [26, 1999, 2026.5]) expect(() => formatInvoiceNumber(1, year)).toThrow();
  });

  it('parses what it formats, and nothing else', () => {
    expect(parseInvoiceNumber(formatInvoiceNumber(123, 2026))).toEqual({ year: 2026, seq: 123 });
    expect(parseInvoiceNumber('FV/2026/1234567')).toEqual({ year: 2026, seq: 1_234_567 });
    for (const bad of ['FV/2026/123', 'FV/26/000123', 'fv/2026/000123', 'FV/2026/000000', 'FV-2026-000123', ''])
      expect(parseInvoiceNumber(bad)).toBeNull();
  });

  it('puts an invoice into the series of the Warsaw calendar year', () => {
    // 23:30 UTC on 31 Dec is 00:30 on 1 Jan in Warsaw.
    expect(invoiceSeriesYear(new Date('2025-12-31T23:30:00Z'))).toBe(2026);
    expect(invoiceSeriesYear(new Date('2025-12-31T22:59:59Z'))).toBe(2025);
  });
});
