import { describe, expect, it } from 'vitest';
import { receiptNumber } from '@/lib/centres/desk/book';

describe('receiptNumber: the yearly KP series', () => {
  it.each([
    [2026, 1, 'KP/2026/000001'],
    [2026, 42, 'KP/2026/000042'],
    [2027, 123456, 'KP/2027/123456'],
  ])('%i no. %i → %s', (year, n, expected) => {
    expect(receiptNumber(year, n)).toBe(expected);
  });
});
