import { describe, expect, it } from 'vitest';
import { enrolledNext } from '@/lib/centres/enrol/next';
import type { Enrolled } from '@/lib/centres/enrol/enrol';

const enrolled = (over: Partial<Enrolled>): Enrolled => ({
  contractId: 'k1',
  number: 'UM/2026/ABCDEF',
  firstChargeId: 'ch1',
  payerId: 'p1',
  payMethod: 'LINK',
  newAccount: false,
  proformaNumber: null,
  firstDue: { amount: 50900, dueDate: new Date('2026-09-04T00:00:00Z'), currency: 'PLN' },
  ...over,
});

describe('where a parent goes once enrolled', () => {
  it('LINK: the first charge in PayU, for a guest too', () => {
    expect(enrolledNext(enrolled({}))).toEqual({ pay: expect.stringMatching(/^\/platnosc\/umowa\/ch1\./) });
    expect(enrolledNext(enrolled({ newAccount: true }))).toHaveProperty('pay');
  });

  it('signed in: the pro-forma for a transfer, the centre page for the desk', () => {
    expect(enrolledNext(enrolled({ payMethod: 'TRANSFER' }))).toEqual({ path: '/api/proforma/ch1' });
    expect(enrolledNext(enrolled({ payMethod: 'DESK' }))).toEqual({ path: '/rodzina/centrum' });
  });

  it('a guest not signed in yet reads what to pay by when', () => {
    const desk = enrolledNext(enrolled({ payMethod: 'DESK', newAccount: true }));
    expect(desk).toEqual({ message: expect.stringContaining('509,00') });
    expect((desk as { message: string }).message).toContain('4 września 2026');
    const transfer = enrolledNext(
      enrolled({ payMethod: 'TRANSFER', newAccount: true, proformaNumber: 'PF/2026/000001' }),
    );
    expect((transfer as { message: string }).message).toContain('PF/2026/000001');
  });
});
