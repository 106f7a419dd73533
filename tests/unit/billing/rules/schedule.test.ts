import { describe, expect, it } from 'vitest';
import { fromWarsaw } from '@/lib/format/time';
import { buildSchedule, nextPeriodCharge, starterPackAmount } from '@/lib/billing/rules/schedule';
import { PLANS, planPolicy } from '@/lib/billing/rules/plans';

const brief = (d: { kind: string; amount: number; dueDate: string; periodStart?: string; periodEnd?: string }) =>
  [d.kind, d.amount, d.dueDate, d.periodStart ?? null, d.periodEnd ?? null] as const;

/** Weekly Tuesday classes at 17:00 Warsaw, 90 minutes, from 6 October 2026. */
const tuesdays = (n: number, skip: number[] = []) =>
  Array.from({ length: n }, (_, i) => i)
    .filter((i) => !skip.includes(i))
    .map((i) => {
      const startsAt = fromWarsaw(2026, 10, 6 + 7 * i, 17, 0);
      return { startsAt, endsAt: new Date(startsAt.getTime() + 90 * 60_000) };
    });

describe('plans', () => {
  it('copies the dunning offsets of the seeds', () => {
    expect(planPolicy('razem-monthly')).toMatchObject({
      reminderOffsets: [-3, -1, 0, 3, 7, 12],
      suspendOffset: 1,
      terminateOffset: 14,
    });
    expect(planPolicy('centre-ten')).toMatchObject({
      demandOffset: 7,
      noticeOffset: 14,
      terminateOffset: 21,
      termination: 'MONTH_NOTICE',
    });
    expect(planPolicy('live-4')).toMatchObject({ reminderOffsets: [-1], terminateOffset: 0, termination: 'NO_REFUND' });
    expect(planPolicy('licence-proforma')).toMatchObject({ payMethod: 'TRANSFER', voidOffset: 1, consumer: false });
    expect(Object.keys(PLANS)).toHaveLength(8);
    expect(() => planPolicy('nope')).toThrow();
  });
});

describe('buildSchedule', () => {
  it('razem monthly: the first month from signing, 31 January → 27 February', () => {
    const [c, ...rest] = buildSchedule({
      planCode: 'razem-monthly',
      amount: 29900,
      currency: 'PLN',
      signedDay: '2027-01-31',
    });
    expect(rest).toEqual([]);
    expect(brief(c)).toEqual(['PERIOD', 29900, '2027-01-31', '2027-01-31', '2027-02-27']);
    expect(c.label).toContain('31 stycznia 2027');
  });

  it('razem monthly: the next months are counted from the anchor, never drifting after February', () => {
    const contract = {
      planKind: 'MONTHLY',
      planCode: 'razem-monthly',
      amount: 29900,
      anchorDate: '2027-01-31',
      periodSessions: null,
    };
    const feb = nextPeriodCharge(contract, { seq: 1, periodStart: '2027-01-31', periodEnd: '2027-02-27' })!;
    expect(brief(feb)).toEqual(['PERIOD', 29900, '2027-02-28', '2027-02-28', '2027-03-30']);
    const mar = nextPeriodCharge(contract, { seq: 2, periodStart: feb.periodStart!, periodEnd: feb.periodEnd! })!;
    expect(brief(mar)).toEqual(['PERIOD', 29900, '2027-03-31', '2027-03-31', '2027-04-29']);
    expect(mar.seq).toBe(3);
  });

  it('razem full: one payment for the course months', () => {
    const s = buildSchedule({
      planCode: 'razem-full',
      amount: 249000,
      currency: 'PLN',
      signedDay: '2026-10-05',
      termMonths: 10,
    });
    expect(s.map(brief)).toEqual([['PERIOD', 249000, '2026-10-05', '2026-10-05', '2027-08-04']]);
  });

  it('centre annual: within 5 business days (11 November skipped) plus the starter pack', () => {
    const s = buildSchedule({ planCode: 'centre-annual', amount: 320000, currency: 'PLN', signedDay: '2026-11-04' });
    expect(s.map(brief)).toEqual([
      ['INSTALMENT', 320000, '2026-11-12', '2026-11-04', '2027-06-30'],
      ['FEE', 16900, '2026-11-12', null, null],
    ]);
    expect(s[1].refundable).toBe(false);
  });

  it.each([
    ['2027-01-31', 16900],
    ['2027-02-01', 10000],
    ['2026-09-01', 16900],
    ['2027-06-15', 10000],
  ])('the starter pack signed on %s costs %i', (day, want) => {
    expect(starterPackAmount(day)).toBe(want);
  });

  it('centre half: the second half by 10 February', () => {
    const s = buildSchedule({ planCode: 'centre-half', amount: 320001, currency: 'PLN', signedDay: '2026-09-02' });
    expect(s.map(brief)).toEqual([
      ['INSTALMENT', 160000, '2026-09-09', '2026-09-02', '2027-06-30'],
      ['FEE', 16900, '2026-09-09', null, null],
      ['INSTALMENT', 160001, '2027-02-10', '2026-09-02', '2027-06-30'],
    ]);
  });

  it('centre half signed after 10 February: one payment, the late starter pack', () => {
    const s = buildSchedule({ planCode: 'centre-half', amount: 320000, currency: 'PLN', signedDay: '2027-02-08' });
    expect(s.map(brief)).toEqual([
      ['INSTALMENT', 320000, '2027-02-15', '2027-02-08', '2027-06-30'],
      ['FEE', 10000, '2027-02-15', null, null],
    ]);
  });

  it('centre ten: the first within 5 business days, then the 10th of October … June', () => {
    const s = buildSchedule({ planCode: 'centre-ten', amount: 300005, currency: 'PLN', signedDay: '2026-09-02' });
    const parts = s.filter((c) => c.kind === 'INSTALMENT');
    expect(parts.map((c) => c.dueDate)).toEqual([
      '2026-09-09',
      '2026-10-12', // the 10th is a Saturday: the next business day (art. 115 k.c.)
      '2026-11-10',
      '2026-12-10',
      '2027-01-11', // a Sunday
      '2027-02-10',
      '2027-03-10',
      '2027-04-12', // a Saturday
      '2027-05-10',
      '2027-06-10',
    ]);
    expect(parts.map((c) => c.amount)).toEqual([...Array(9).fill(30000), 30005]);
    expect(s.map((c) => c.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(s[1].kind).toBe('FEE');
    expect(parts[9].label).toBe('Rata 10 z 10');
  });

  it('centre ten signed in November: the passed parts are paid with the first', () => {
    const s = buildSchedule({ planCode: 'centre-ten', amount: 300000, currency: 'PLN', signedDay: '2026-11-13' });
    const parts = s.filter((c) => c.kind === 'INSTALMENT');
    expect(parts[0]).toMatchObject({ dueDate: '2026-11-20', amount: 90000 });
    expect(parts).toHaveLength(8);
    expect(parts.reduce((a, c) => a + c.amount, 0)).toBe(300000);
  });

  it('family instalments: half at signing, the rest by 10 February, no fee', () => {
    const s = buildSchedule({
      planCode: 'family-instalments',
      amount: 299800,
      currency: 'PLN',
      signedDay: '2026-10-01',
    });
    expect(s.map((c) => [c.kind, c.amount, c.dueDate])).toEqual([
      ['INSTALMENT', 149900, '2026-10-01'],
      ['INSTALMENT', 149900, '2027-02-10'],
    ]);
  });

  it('licence pro-forma: due in 14 days, the licence to 30 June; bought in summer it starts 1 September', () => {
    const [a] = buildSchedule({
      planCode: 'licence-proforma',
      amount: 50000,
      currency: 'PLN',
      signedDay: '2026-09-10',
    });
    expect(brief(a)).toEqual(['INSTALMENT', 50000, '2026-09-24', '2026-09-10', '2027-06-30']);
    const [b] = buildSchedule({
      planCode: 'licence-proforma',
      amount: 50000,
      currency: 'PLN',
      signedDay: '2026-07-15',
    });
    expect(brief(b)).toEqual(['INSTALMENT', 50000, '2026-07-29', '2026-09-01', '2027-06-30']);
  });

  it('live-4: the first period is the next 4 classes, paid at sign-up and not refundable', () => {
    const s = buildSchedule({
      planCode: 'live-4',
      amount: 24000,
      currency: 'PLN',
      signedDay: '2026-10-01',
      sessions: tuesdays(10),
    });
    expect(s.map(brief)).toEqual([['PERIOD', 24000, '2026-10-01', '2026-10-06', '2026-10-27']]);
    expect(s[0].refundable).toBe(false);
    expect(
      buildSchedule({ planCode: 'live-4', amount: 24000, currency: 'PLN', signedDay: '2026-10-01', sessions: [] }),
    ).toEqual([]);
  });

  it('live-4: the next period is due at its first class, its link goes out when the 3rd class ends', () => {
    const sessions = tuesdays(10);
    const contract = { planKind: 'SESSIONS', planCode: 'live-4', amount: 24000, anchorDate: null, periodSessions: 4 };
    const next = nextPeriodCharge(contract, { seq: 1, periodStart: '2026-10-06', periodEnd: '2026-10-27' }, sessions)!;
    expect(brief(next)).toEqual(['PERIOD', 24000, '2026-11-03', '2026-11-03', '2026-11-24']);
    expect(next.notifyAt).toEqual(sessions[2].endsAt);
    // The group's last two classes: half the price.
    const last = nextPeriodCharge(contract, { seq: 2, periodStart: '2026-11-03', periodEnd: '2026-11-24' }, sessions)!;
    expect(brief(last)).toEqual(['PERIOD', 12000, '2026-12-01', '2026-12-01', '2026-12-08']);
    expect(
      nextPeriodCharge(contract, { seq: 3, periodStart: '2026-12-01', periodEnd: '2026-12-08' }, sessions),
    ).toBeNull();
  });

  it('live-4: a cancelled class moves the period end (L1)', () => {
    const s = buildSchedule({
      planCode: 'live-4',
      amount: 24000,
      currency: 'PLN',
      signedDay: '2026-10-01',
      sessions: tuesdays(10, [1]),
    });
    expect(s[0].periodEnd).toBe('2026-11-03');
  });
});
