// What the order page polls for while its invoice is numbered and sent to KSeF: the key changes
// at every step the buyer sees, and polling stops once nothing more is coming soon.
import { describe, expect, it } from 'vitest';
import { invoiceKey, invoicePending } from '@/lib/orders/queries';

const inv = (
  number: string | null,
  ksef: { status: string; offline?: boolean; ksefNumber?: string | null } | null,
) => ({
  number,
  kind: 'INVOICE',
  ksef: ksef ? { offline: false, ksefNumber: null, ...ksef } : null,
});

describe('invoiceKey and invoicePending', () => {
  it.each([
    ['no invoice yet', null, null, false],
    ['a receipt', { number: null, kind: 'RECEIPT', ksef: null }, 'RECEIPT', false],
    ['being numbered', inv(null, null), 'INVOICE', true],
    ['numbered, no XML yet', inv('FV/2026/000001', null), 'FV/2026/000001', true],
    ['waiting to be sent', inv('FV/2026/000001', { status: 'PENDING' }), 'FV/2026/000001/PENDING/', true],
    ['sent', inv('FV/2026/000001', { status: 'SENT' }), 'FV/2026/000001/SENT/', true],
    [
      'offline until KSeF is back',
      inv('FV/2026/000001', { status: 'PENDING', offline: true }),
      'FV/2026/000001/PENDING/offline',
      false,
    ],
    [
      'accepted',
      inv('FV/2026/000001', { status: 'ACCEPTED', ksefNumber: '5265877635-20250826-0100001AF629-AF' }),
      'FV/2026/000001/ACCEPTED/5265877635-20250826-0100001AF629-AF',
      false,
    ],
    ['rejected', inv('FV/2026/000001', { status: 'REJECTED' }), 'FV/2026/000001/REJECTED/', false],
  ])('%s', (_why, invoice, key, pending) => {
    expect(invoiceKey(invoice)).toBe(key);
    expect(invoicePending(invoice)).toBe(pending);
  });
});
