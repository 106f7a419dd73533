import { describe, expect, it } from 'vitest';
import { quoteTermination, type QuoteCharge, type QuoteContract } from '@/lib/billing/rules/termination';
import { fromWarsaw } from '@/lib/format/time';
import { messages } from '@/lib/i18n';

const signed = (y: number, m: number, d: number) => fromWarsaw(y, m, d, 12, 0);
const charge = (id: string, over: Partial<QuoteCharge>): QuoteCharge => ({
  id,
  kind: 'INSTALMENT',
  label: id,
  amount: 0,
  discount: 0,
  status: 'PAID',
  dueDate: '2026-09-01',
  periodStart: null,
  periodEnd: null,
  refundable: true,
  ...over,
});
const contract = (over: Partial<QuoteContract>): QuoteContract => ({
  termination: 'END_OF_PAID_MONTH',
  planCode: 'razem-monthly',
  signedAt: signed(2026, 9, 1),
  immediateStartConsent: true,
  paidThrough: null,
  ...over,
});

describe('quoteTermination', () => {
  it('razem: ends when the paid month ends, the next month is cancelled, nothing refunded (B7)', () => {
    const q = quoteTermination({
      contract: contract({ paidThrough: '2026-11-30' }),
      charges: [
        charge('nov', { kind: 'PERIOD', amount: 29900, periodStart: '2026-11-01', periodEnd: '2026-11-30' }),
        charge('dec', { kind: 'PERIOD', amount: 29900, status: 'OPEN', dueDate: '2026-12-01' }),
      ],
      today: '2026-11-10',
    });
    expect(q).toMatchObject({ kind: 'notice', endsOn: '2026-11-30', refund: 0, owed: 0, keep: [], cancel: ['dec'] });
  });

  it('within 14 days of signing: withdrawal, paying only the days used at the consumer’s request (art. 35)', () => {
    const c = contract({ signedAt: signed(2026, 11, 1), paidThrough: '2026-11-30' });
    const charges = [
      charge('nov', { kind: 'PERIOD', amount: 20000, discount: 0, periodStart: '2026-11-01', periodEnd: '2026-11-30' }),
      // The next month, not paid yet, is cancelled and does not dilute the days used.
      charge('dec', {
        kind: 'PERIOD',
        amount: 20000,
        status: 'OPEN',
        periodStart: '2026-12-01',
        periodEnd: '2026-12-31',
      }),
    ];
    const q = quoteTermination({ contract: c, charges, today: '2026-11-10' });
    // 10 of 30 days: 6666.67 → 6667 grosze, rounded once.
    expect(q).toMatchObject({ kind: 'withdrawal', endsOn: '2026-11-10', refund: 13333, owed: 0, cancel: ['dec'] });
    const noConsent = quoteTermination({
      contract: { ...c, immediateStartConsent: false },
      charges,
      today: '2026-11-15',
    });
    expect(noConsent.refund).toBe(20000);
    // Day 15 after signing is past the 14 days.
    expect(quoteTermination({ contract: c, charges, today: '2026-11-16' }).kind).toBe('notice');
  });

  it('labels the lines in the language asked for (a payer’s preview), Polish when none is (what is stored)', () => {
    const c = contract({ signedAt: signed(2026, 11, 1), paidThrough: '2026-11-30' });
    const charges = [
      charge('nov', { kind: 'PERIOD', amount: 20000, periodStart: '2026-11-01', periodEnd: '2026-11-30' }),
    ];
    const labels = (locale?: string) =>
      quoteTermination({ contract: c, charges, today: '2026-11-10', locale }).lines.map((l) => l.label);
    const uk = messages('uk').billing.quote;
    const pl = messages('pl').billing.quote;
    expect(labels('uk')).toEqual([uk.paid, uk.performed, uk.refund]);
    expect(labels()).toEqual([pl.paid, pl.performed, pl.refund]);
    expect(uk.paid).not.toBe(pl.paid);
  });

  it('centre: one month’s notice ends at the end of the next month, settled pro-rata by days (S10, S13)', () => {
    const q = quoteTermination({
      contract: contract({ termination: 'MONTH_NOTICE', planCode: 'centre-annual', signedAt: signed(2026, 9, 2) }),
      charges: [
        charge('year', { amount: 320000, periodStart: '2026-09-02', periodEnd: '2027-06-30' }),
        charge('pack', { kind: 'FEE', amount: 16900, refundable: false }),
      ],
      today: '2026-11-15',
    });
    // Used 2 Sep – 31 Dec: 121 of 302 days → 128 211.92 → 128 212.
    expect(q).toMatchObject({ endsOn: '2026-12-31', refund: 320000 - 128212, owed: 0, shortfall: 0 });
    expect(q.lines.map((l) => l.amount)).toEqual([320000, 128212, 191788]);
  });

  it('centre ten: instalments due by the end stay, later ones go; by sessions delivered when known', () => {
    const dates = ['2026-09-09', '2026-10-10', '2026-11-10', '2026-12-10', '2027-01-10', '2027-02-10'];
    const charges = dates.map((d, i) =>
      charge(`i${i + 1}`, {
        amount: 30000,
        dueDate: d,
        status: d < '2026-11-15' ? 'PAID' : 'OPEN',
        periodStart: '2026-09-02',
        periodEnd: '2027-06-30',
      }),
    );
    const q = quoteTermination({
      contract: contract({ termination: 'MONTH_NOTICE', planCode: 'centre-ten', signedAt: signed(2026, 9, 2) }),
      charges,
      today: '2026-11-15',
      delivered: 16,
      total: 48,
    });
    expect(q.endsOn).toBe('2026-12-31');
    expect(q.keep).toEqual(['i4']);
    expect(q.cancel).toEqual(['i5', 'i6']);
    // Value 180 000 × 16/48 = 60 000; paid 90 000 + 30 000 still due → 60 000 back, at most what was paid.
    expect(q).toMatchObject({ refund: 60000, owed: 30000, shortfall: 0 });
  });

  it('centre: full refund but the starter pack up to the day after the 2nd class (S11)', () => {
    const q = quoteTermination({
      contract: contract({ termination: 'MONTH_NOTICE', planCode: 'centre-half', signedAt: signed(2026, 8, 20) }),
      charges: [
        charge('h1', { amount: 160000, periodStart: '2026-09-01', periodEnd: '2027-06-30' }),
        charge('pack', { kind: 'FEE', amount: 16900, refundable: false, status: 'OPEN' }),
        charge('h2', { amount: 160000, status: 'OPEN', dueDate: '2027-02-10' }),
      ],
      today: '2026-09-16',
      sessionDays: ['2026-09-08', '2026-09-15', '2026-09-22'],
    });
    expect(q).toMatchObject({
      kind: 'full-refund',
      endsOn: '2026-09-16',
      refund: 160000,
      owed: 16900,
      keep: ['pack'],
      cancel: ['h2'],
    });
  });

  it('licence: pro-rata by days to 30 June, a school has no consumer withdrawal (A16)', () => {
    const q = quoteTermination({
      contract: contract({ termination: 'PRO_RATA', planCode: 'licence-proforma', signedAt: signed(2026, 9, 1) }),
      charges: [charge('lic', { amount: 50000, periodStart: '2026-09-01', periodEnd: '2027-06-30' })],
      today: '2026-09-10',
    });
    // 10 of 303 days used: 1650.16 → 1650.
    expect(q).toMatchObject({ kind: 'notice', endsOn: '2026-09-10', refund: 48350, owed: 0 });
  });

  it('pro-rata with more used than paid: the shortfall is owed (S13)', () => {
    const q = quoteTermination({
      contract: contract({ termination: 'PRO_RATA', planCode: 'licence-proforma', signedAt: signed(2026, 9, 1) }),
      charges: [
        charge('a', { amount: 25000, periodStart: '2026-09-01', periodEnd: '2027-06-30' }),
        charge('b', {
          amount: 25000,
          status: 'OPEN',
          dueDate: '2027-01-10',
          periodStart: '2026-09-01',
          periodEnd: '2027-06-30',
        }),
      ],
      today: '2027-03-31',
    });
    // 1 Sep – 31 Mar = 212 of 303 days of 50 000 → 34 983.498 → 34 983; paid 25 000.
    expect(q).toMatchObject({ refund: 0, owed: 9983, shortfall: 9983, cancel: ['b'] });
  });

  it('Live: the paid period runs out, the next one is cancelled, nothing refunded (L10)', () => {
    const q = quoteTermination({
      contract: contract({
        termination: 'NO_REFUND',
        planCode: 'live-4',
        signedAt: signed(2026, 10, 1),
        paidThrough: '2026-10-27',
      }),
      charges: [
        charge('p1', {
          kind: 'PERIOD',
          amount: 24000,
          refundable: false,
          periodStart: '2026-10-06',
          periodEnd: '2026-10-27',
        }),
        charge('p2', { kind: 'PERIOD', amount: 24000, refundable: false, status: 'OPEN', dueDate: '2026-11-03' }),
      ],
      today: '2026-10-20',
    });
    expect(q).toMatchObject({ endsOn: '2026-10-27', refund: 0, owed: 0, cancel: ['p2'] });
  });

  it('family instalments: no refund, the instalment due within the paid year stays owed (polonijka §7.6)', () => {
    const q = quoteTermination({
      contract: contract({
        termination: 'NO_REFUND',
        planCode: 'family-instalments',
        signedAt: signed(2026, 9, 1),
        paidThrough: '2027-06-30',
      }),
      charges: [
        charge('r1', { amount: 149900, periodStart: '2026-09-01', periodEnd: '2027-06-30' }),
        charge('r2', { amount: 149900, status: 'OPEN', dueDate: '2027-02-10' }),
      ],
      today: '2026-12-01',
    });
    expect(q).toMatchObject({ endsOn: '2027-06-30', refund: 0, owed: 149900, keep: ['r2'], cancel: [] });
  });
  it('measured in classes when the group’s class days are known (L1, S13)', () => {
    // Weekly classes 8 Sep 2026 – 29 Jun 2027 (43 Tuesdays); notice on 15 Nov ends 31 Dec: 17 of them by then.
    const days = Array.from({ length: 43 }, (_, i) =>
      new Date(Date.UTC(2026, 8, 8 + 7 * i)).toISOString().slice(0, 10),
    );
    const q = quoteTermination({
      contract: contract({ termination: 'MONTH_NOTICE', planCode: 'centre-annual', signedAt: signed(2026, 9, 2) }),
      charges: [charge('year', { amount: 320000, periodStart: '2026-09-02', periodEnd: '2027-06-30' })],
      today: '2026-11-15',
      sessionDays: days,
    });
    expect(days.filter((d) => d <= '2026-12-31')).toHaveLength(17);
    // 320 000 × 17/43 = 126 511.63 → 126 512 used.
    expect(q.refund).toBe(320000 - 126512);
  });

  it('Live withdrawal within 14 days: the classes held at the consumer’s request are paid (art. 35)', () => {
    const q = quoteTermination({
      contract: contract({
        termination: 'NO_REFUND',
        planCode: 'live-4',
        signedAt: signed(2026, 10, 1),
        paidThrough: '2026-10-27',
      }),
      charges: [
        charge('p1', {
          kind: 'PERIOD',
          amount: 24000,
          refundable: false,
          periodStart: '2026-10-06',
          periodEnd: '2026-10-27',
        }),
      ],
      today: '2026-10-14',
      sessionDays: ['2026-10-06', '2026-10-13', '2026-10-20', '2026-10-27'],
    });
    expect(q).toMatchObject({ kind: 'withdrawal', refund: 12000 });
  });
  it('ended by staff today: pro-rata where the plan settles, else just stopped (S12, S13)', () => {
    const centre = quoteTermination({
      contract: contract({ termination: 'MONTH_NOTICE', planCode: 'centre-annual', signedAt: signed(2026, 9, 2) }),
      charges: [charge('year', { amount: 320000, periodStart: '2026-09-02', periodEnd: '2027-06-30' })],
      today: '2026-11-15',
      endNow: true,
    });
    // 2 Sep – 15 Nov: 75 of 302 days → 79 470.20 → 79 470 used.
    expect(centre).toMatchObject({ endsOn: '2026-11-15', refund: 320000 - 79470 });
    const razem = quoteTermination({
      contract: contract({ signedAt: signed(2026, 11, 1), paidThrough: '2026-11-30' }),
      charges: [charge('dec', { kind: 'PERIOD', amount: 29900, status: 'OPEN', dueDate: '2026-12-01' })],
      today: '2026-11-05',
      endNow: true,
    });
    // Within 14 days, but the provider ending it is no consumer withdrawal.
    expect(razem).toMatchObject({ kind: 'notice', endsOn: '2026-11-05', refund: 0, cancel: ['dec'] });
  });
});
