import { describe, expect, it } from 'vitest';
import { paymentEventText } from '@/lib/panel/history-labels';

describe('payment history rows', () => {
  it('show a known kind, status and note through the catalogue', () => {
    expect(paymentEventText({ kind: 'created', status: 'NEW', detail: { payMethod: 'blik' } })).toBe(
      'Utworzenie płatności (utworzona)',
    );
    expect(paymentEventText({ kind: 'notification', status: 'COMPLETED', detail: { result: 'order paid' } })).toBe(
      'Powiadomienie PayU (zakończona): zamówienie opłacone',
    );
    expect(
      paymentEventText({
        kind: 'status-check',
        status: 'COMPLETED',
        detail: { result: 'order already settled — refund this payment' },
      }),
    ).toBe('Sprawdzenie stanu w PayU (zakończona): zamówienie było już rozliczone — zwróć tę płatność');
  });

  it("read a refund row's status as the refund's", () => {
    expect(paymentEventText({ kind: 'refund', status: 'PENDING', detail: { amount: 100 } })).toBe('Zwrot (w toku)');
    expect(paymentEventText({ kind: 'refund', status: 'FINALIZED', detail: null })).toBe('Zwrot (zakończony)');
  });

  it('leave out what is not stored', () => {
    expect(paymentEventText({ kind: 'create-failed', status: null, detail: { error: 'timeout' } })).toBe(
      'Błąd tworzenia płatności',
    );
  });

  it('show unknown codes and notes as stored', () => {
    expect(paymentEventText({ kind: 'audit', status: 'ODD', detail: { result: 'something new' } })).toBe(
      'audit (ODD): something new',
    );
    expect(paymentEventText({ kind: 'notification', status: 'COMPLETED', detail: { result: 42 } })).toBe(
      'Powiadomienie PayU (zakończona): 42',
    );
  });
});
