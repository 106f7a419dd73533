// The sibling-discount line on the cancellation page: amounts and reason in the reader's language.
import { describe, expect, it } from 'vitest';
import { describeSiblingAdjustment } from '@/lib/settlement/family-cancellations';
import { formatMoney } from '@/lib/format/money';

describe('describeSiblingAdjustment', () => {
  it('nothing to say when the discount does not change', () => {
    expect(describeSiblingAdjustment('RESIGNATION', 100000, 0, 'PLN', 'en')).toBeNull();
  });

  it('Polish by default, English for an English reader', () => {
    const pl = describeSiblingAdjustment('WITHDRAWAL', 69900, 23000, 'EUR')!;
    expect(pl.sum).toContain(formatMoney(69900, 'EUR'));
    const en = describeSiblingAdjustment('WITHDRAWAL', 69900, 23000, 'EUR', 'en')!;
    expect(en.sum).toContain(formatMoney(69900, 'EUR', 'en'));
    expect(en.sum).toContain(formatMoney(46900, 'EUR', 'en'));
    expect(en.reason).not.toBe(pl.reason);
    expect(en.reason).not.toMatch(/rodzeństw|pakiet/);
  });
});
