// Pro-forma numbers and finding them in a transfer title as people and banks write them.
import { describe, expect, it } from 'vitest';
import { formatProformaNumber, proformaNumberIn } from '@/lib/billing/payments/proforma';

describe('pro-forma numbers', () => {
  it('format as PF/YYYY/NNNNNN and grow past a million', () => {
    expect(formatProformaNumber(1, 2026)).toBe('PF/2026/000001');
    expect(formatProformaNumber(1234567, 2026)).toBe('PF/2026/1234567');
    expect(() => formatProformaNumber(0, 2026)).toThrow();
  });

  it.each([
    ['PF/2026/000007', 'PF/2026/000007'],
    ['Opłata licencyjna pf/2026/000007 szkoła', 'PF/2026/000007'],
    ['PF 2026 000007', 'PF/2026/000007'],
    ['PF-2026-000007', 'PF/2026/000007'],
    ['PF / 2026 / 000007', 'PF/2026/000007'],
    ['FV/2026/000007', null],
    ['PF/2026/0007', null],
    ['zapłata za licencję', null],
  ])('%s → %s', (title, number) => expect(proformaNumberIn(title)).toBe(number));
});
