import { describe, expect, it } from 'vitest';
import { subjectSql } from '@/lib/mail/outbox';
import { templates } from '@/emails';

describe('subjectSql', () => {
  it("puts the template's own wording around the given column", () => {
    expect(subjectSql('order-paid', { orderNumber: 'o."number"' })).toBe(
      `concat('Płatność przyjęta — zamówienie ', o."number", '')`,
    );
  });

  it('quotes apostrophes in the wording as SQL string literals', () => {
    const original = templates['order-paid'].subject;
    (templates['order-paid'] as { subject: unknown }).subject = (p: { orderNumber: string }) =>
      `It's ${p.orderNumber}'`;
    try {
      expect(subjectSql('order-paid', { orderNumber: 'x' })).toBe(`concat('It''s ', x, '''')`);
    } finally {
      (templates['order-paid'] as { subject: unknown }).subject = original;
    }
  });

  it('refuses a subject that uses a prop without a column', () => {
    expect(() => subjectSql('order-paid', {})).toThrow(/orderNumber/);
  });
});
