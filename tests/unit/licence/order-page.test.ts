import { describe, expect, it } from 'vitest';
import { orderPageOf } from '@/lib/licence/order-page';

describe('the order page (A2)', () => {
  it('shows 500 zł gross as 406,50 net + 93,50 VAT and offers the coming exam year first', () => {
    const page = orderPageOf(50_000, 23, new Date('2026-12-02T10:00:00Z'), null);
    expect(page.price.replace(/\s/g, ' ')).toBe('500,00 zł brutto (406,50 zł netto + 93,50 zł VAT 23%)');
    expect(page.years.map((y) => y.value)).toEqual(['2027', '2028']);
    expect(page.commissions).toHaveLength(8);
  });
});
