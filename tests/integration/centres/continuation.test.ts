// Akcja Kontynuacja on centre contracts: the effect and window are the centre's (AK1–AK2 "per
// centre"), last year is the group's previous school year, arrears and other discounts refuse it,
// and a charge more than 30 days overdue drops it and re-prices what is left (AK3).
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { declaredDiscounts } from '@/lib/billing/discounts/declare';
import { dropLapsedContinuationSql } from '@/lib/billing/discounts/continuation';
import { sqlPool } from '@/lib/db/sql';
import { runBillingDay } from '@/lib/billing/run/daily';
import { addDays } from '@/lib/billing/rules/days';
import {
  at,
  chargesOf,
  enrol,
  enrolPaid,
  makeCentre,
  makeCentreGroup,
  makeCentreSetup,
  makeFamily,
  pay,
} from './fixtures';

type Setup = Awaited<ReturnType<typeof setup>>;

async function setup(centreTerms: Parameters<typeof makeCentre>[0]) {
  const { centre, spec } = await makeCentreSetup(centreTerms);
  const thisYear = await makeCentreGroup({ ...spec, firstDay: '2026-09-02', schoolYear: 2026 });
  const nextYear = await makeCentreGroup({ ...spec, firstDay: '2027-09-01', schoolYear: 2027 });
  return { centre, thisYear, nextYear };
}

/** A family whose child attends this year's group with everything due so far paid. */
const attending = (s: Setup) => enrolPaid(s.thisYear.offers.rok);

const declare = async (s: Setup, payerId: string, day: string, extra: { sibling?: { name: string } } = {}) => {
  const offer = await db().billingOffer.findUniqueOrThrow({ where: { id: s.nextYear.offers.raty } });
  return db().$transaction((tx) =>
    declaredDiscounts(tx, { offer, payerId, continuation: true, now: at(day), ...extra }),
  );
};

describe('continuation per centre', () => {
  let pct: Setup;
  let amount: Setup;
  beforeAll(async () => {
    pct = await setup({ kind: 'PERCENT', value: 1000, from: '2027-06-01', to: '2027-06-30' });
    amount = await setup({ kind: 'AMOUNT', value: 20_000, from: '2027-05-15', to: '2027-06-15', city: 'Kraków' });
  });

  it("takes the centre's own effect in its own window", async () => {
    const a = await attending(pct);
    expect(await declare(pct, a.family.parent.id, '2027-06-10')).toMatchObject({
      drafts: [{ type: 'CONTINUATION', kind: 'PERCENT', value: 1000, declared: { contract: a.signed.number } }],
    });
    const b = await attending(amount);
    expect(await declare(amount, b.family.parent.id, '2027-05-20')).toMatchObject({
      drafts: [{ type: 'CONTINUATION', kind: 'AMOUNT', value: 20_000 }],
    });
  });

  it("refuses outside the centre's window, or when it has none", async () => {
    const a = await attending(amount);
    const late = await declare(amount, a.family.parent.id, '2027-06-20');
    expect(late).toEqual({ fieldErrors: { continuation: expect.stringContaining('15 czerwca 2027') } });
    const closed = await setup({ from: null, to: null });
    const b = await attending(closed);
    expect(await declare(closed, b.family.parent.id, '2027-06-10')).toEqual({
      fieldErrors: { continuation: expect.stringContaining('nie prowadzi') },
    });
  });

  it('refuses a payer without last year, with arrears, or with another discount', async () => {
    const newcomer = await makeFamily();
    expect(await declare(pct, newcomer.parent.id, '2027-06-10')).toEqual({
      fieldErrors: { continuation: expect.stringContaining('w tym roku szkolnym') },
    });
    // Ten instalments this year, the June one unpaid past its day.
    const family = await makeFamily();
    const signed = await enrol(pct.thisYear.offers.raty, family, at('2026-08-20'));
    const charges = await chargesOf(signed.contractId);
    for (const c of charges.filter((c) => c.dueDate < new Date('2027-06-01'))) await pay(c.id, at('2026-08-21'));
    expect(await declare(pct, family.parent.id, '2027-06-12')).toEqual({
      fieldErrors: { continuation: expect.stringContaining('zaległych') },
    });
    const a = await attending(pct);
    expect(await declare(pct, a.family.parent.id, '2027-06-10', { sibling: { name: 'Jan Kowalski' } })).toMatchObject({
      fieldErrors: { continuation: expect.stringContaining('łączyć') },
    });
  });

  it('next year on ten instalments: the discount spread, then lost and re-priced at 31 days overdue (AK3)', async () => {
    // A late-August window: the sign-up's school year is the group's (instalments Sept–June).
    const late = await setup({ kind: 'PERCENT', value: 1000, from: '2027-08-16', to: '2027-08-31' });
    const a = await attending(late);
    const declared = await declare(late, a.family.parent.id, '2027-08-20');
    if (!('drafts' in declared)) throw new Error(JSON.stringify(declared));
    const next = await enrol(late.nextYear.offers.raty, a.family, at('2027-08-20'), declared.drafts);
    const before = await chargesOf(next.contractId);
    const instalments = before.filter((c) => c.kind === 'INSTALMENT');
    const price = late.nextYear.priceAnnual + 20_000;
    expect(instalments.reduce((s, c) => s + c.discount, 0)).toBe(price / 10);
    expect(instalments.every((c) => c.discount > 0)).toBe(true);
    expect(before.filter((c) => c.kind === 'FEE').every((c) => c.discount === 0)).toBe(true);
    // The first charge(s) paid; the next instalment left unpaid.
    const firstDue = before[0].dueDate;
    for (const c of before.filter((c) => c.dueDate.getTime() === firstDue.getTime())) await pay(c.id, at('2027-08-21'));
    const unpaid = before.find((c) => c.status === 'OPEN' && c.dueDate > firstDue)!;
    const due = unpaid.dueDate.toISOString().slice(0, 10);
    const day = (n: number) => new Date(unpaid.dueDate.getTime() + n * 86_400_000).toISOString().slice(0, 10);
    const sql = await sqlPool().connect();
    try {
      expect(await dropLapsedContinuationSql(sql, day(30), at(day(30)))).not.toContain(next.contractId);
      expect(await dropLapsedContinuationSql(sql, day(31), at(day(31)))).toContain(next.contractId);
      expect(await dropLapsedContinuationSql(sql, day(32), at(day(32)))).not.toContain(next.contractId);
    } finally {
      sql.release();
    }
    const after = await chargesOf(next.contractId);
    const discount = await db().contractDiscount.findFirstOrThrow({ where: { contractId: next.contractId } });
    expect(discount.status).toBe('DROPPED');
    for (const c of after) {
      const old = before.find((b) => b.id === c.id)!;
      if (c.status === 'OPEN') expect(c.discount).toBe(0);
      else expect(c.discount).toBe(old.discount); // paid stays as paid
    }
    expect(due < day(31)).toBe(true);
    const mail = await db().emailMessage.findFirst({
      where: { template: 'discount-dropped', props: { path: ['contractNumber'], equals: next.number } },
    });
    expect(mail).not.toBeNull();
  });

  it('the daily run drops it on the 31st day overdue and re-prices what is still open', async () => {
    const late = await setup({ from: '2027-08-16', to: '2027-08-31' });
    const a = await attending(late);
    const declared = await declare(late, a.family.parent.id, '2027-08-20');
    if (!('drafts' in declared)) throw new Error(JSON.stringify(declared));
    const next = await enrol(late.nextYear.offers.raty, a.family, at('2027-08-20'), declared.drafts);
    const cs = await chargesOf(next.contractId);
    for (const c of cs.filter((c) => c.dueDate.getTime() === cs[0].dueDate.getTime()))
      await pay(c.id, at('2027-08-21'));
    const due = cs
      .find((c) => c.dueDate > cs[0].dueDate)!
      .dueDate.toISOString()
      .slice(0, 10);
    const status = async () =>
      (await db().contractDiscount.findFirstOrThrow({ where: { contractId: next.contractId } })).status;
    await runBillingDay(at(addDays(due, 30)));
    expect(await status()).toBe('PENDING');
    await runBillingDay(at(addDays(due, 31)));
    expect(await status()).toBe('DROPPED');
    const open = (await chargesOf(next.contractId)).filter((c) => c.status === 'OPEN');
    expect(open.length).toBeGreaterThan(0);
    expect(open.every((c) => c.discount === 0)).toBe(true);
  });
});
