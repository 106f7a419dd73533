// Discounts on a real database: the last use of a code taken by two payers at once (one gets it),
// declarations refused beside their fields, a rejected declaration turning into the full price with a
// top-up for what was paid, a referral's benefit for the referrer, and AK3's drop at 30 days overdue.
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { sqlTransaction } from '@/lib/db/sql';
import { UserError } from '@/lib/errors';
import type { BillingPlanKind, ChargeStatus, ContractStatus } from '@/lib/db/generated/enums';
import { checkCode } from '@/lib/billing/discounts/codes';
import { declaredDiscounts } from '@/lib/billing/discounts/declare';
import { acceptDiscount, rejectDiscount } from '@/lib/billing/discounts/verify';
import { dropLapsedContinuationSql } from '@/lib/billing/discounts/continuation';
import { signContract } from '@/lib/billing/contracts/sign';
import { withdrawAfterRejection, withdrawableUntil } from '@/lib/billing/discounts/withdraw';
import { discountsPanel } from '@/lib/billing/discounts/panel';
import { NotFoundError } from '@/lib/errors';

vi.mock('@/lib/jobs/queues', () => ({
  dispatchEmails: async () => {},
  enqueueMany: async () => {},
  enqueue: async () => {},
}));

const NOW = new Date('2026-06-10T10:00:00Z');
const DAY = 86_400_000;
const day = (offsetDays: number) => new Date(Date.parse('2026-06-10T00:00:00Z') + offsetDays * DAY);
let seq = 0;
const next = () => `${process.pid}-${++seq}-${Math.floor(Math.random() * 1e6)}`;

async function user(roles: ('LEARNER' | 'ACCOUNTING')[] = ['LEARNER']) {
  const n = next();
  return db().user.create({
    data: { email: `d${n}@example.pl`, firstName: 'Ala', lastName: `K${n}`, passwordHash: 'x', roles },
    select: { id: true, email: true },
  });
}

async function offer(product = 'centre', planKind: BillingPlanKind = 'INSTALMENTS') {
  const n = next();
  return db().billingOffer.create({
    data: { slug: `o-${n}`, title: `Matematyka ${n}`, product, planKind, planCode: 'centre-ten', amount: 300000 },
  });
}

type ChargeSpec = {
  amount: number;
  discount?: number;
  status?: ChargeStatus;
  due: number;
  kind?: 'INSTALMENT' | 'FEE';
};
async function contract(o: {
  offerId: string;
  payerId: string;
  status?: ContractStatus;
  signedAt?: Date;
  charges?: ChargeSpec[];
  endReason?: string;
  endedAt?: Date;
}) {
  return db().contract.create({
    data: {
      number: `UM/2026/${next()}`,
      offerId: o.offerId,
      payerId: o.payerId,
      beneficiaryId: o.payerId,
      status: o.status ?? 'ACTIVE',
      planKind: 'INSTALMENTS',
      planCode: 'centre-ten',
      termination: 'MONTH_NOTICE',
      currency: 'PLN',
      amount: 300000,
      termsVersion: 't1',
      signedAt: o.signedAt ?? NOW,
      endReason: o.endReason,
      endedAt: o.endedAt,
      charges: {
        create: (o.charges ?? []).map((c, i) => ({
          seq: i + 1,
          kind: c.kind ?? 'INSTALMENT',
          label: `Rata ${i + 1}`,
          amount: c.amount,
          discount: c.discount ?? 0,
          currency: 'PLN',
          dueDate: day(c.due),
          status: c.status ?? 'OPEN',
          refundable: c.kind !== 'FEE',
        })),
      },
    },
    include: { charges: { orderBy: { seq: 'asc' } } },
  });
}

async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof UserError) return e.codes.map((c) => (typeof c === 'string' ? c : c.code)).join(' ');
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('the last use of a code', () => {
  it('two payers taking it at once: exactly one gets it, the other is told it is used up', async () => {
    const o = await offer();
    const code = await db().discountCode.create({
      data: { code: `LAST${seq}`, kind: 'PERCENT', value: 1000, validFrom: day(-1), validTo: day(10), maxUses: 1 },
    });
    const payers = await Promise.all([user(), user()]);
    const contracts = await Promise.all(payers.map((p) => contract({ offerId: o.id, payerId: p.id })));
    const attempt = (i: number) =>
      db().$transaction(
        async (tx) => {
          const r = await checkCode(tx, { code: code.code.toLowerCase(), offer: o, payerId: payers[i].id, now: NOW });
          // Both sign-ups are inside their transactions before either writes its use.
          await new Promise((resolve) => setTimeout(resolve, 300));
          if (r.ok)
            await tx.contractDiscount.create({
              data: {
                contractId: contracts[i].id,
                type: 'CODE',
                codeId: r.draft.codeId,
                kind: 'PERCENT',
                value: 1000,
                total: 0,
                status: 'ACCEPTED',
              },
            });
          return r;
        },
        { timeout: 10_000 },
      );
    const results = await Promise.all([attempt(0), attempt(1)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const lost = results.find((r) => !r.ok);
    expect(lost && !lost.ok && lost.message).toContain('limit użyć się wyczerpał');
    expect(await db().contractDiscount.count({ where: { codeId: code.id } })).toBe(1);
  });

  it("a rejected use no longer counts; a payer's own use counts against the per-payer limit", async () => {
    const o = await offer();
    const payer = await user();
    const c = await contract({ offerId: o.id, payerId: payer.id });
    const code = await db().discountCode.create({
      data: {
        code: `ONCE${seq}`,
        kind: 'AMOUNT',
        value: 5000,
        currency: 'PLN',
        validFrom: day(-1),
        validTo: day(10),
        maxUses: 5,
      },
    });
    const use = await db().contractDiscount.create({
      data: {
        contractId: c.id,
        type: 'CODE',
        codeId: code.id,
        kind: 'AMOUNT',
        value: 5000,
        total: 5000,
        status: 'ACCEPTED',
      },
    });
    const run = () =>
      db().$transaction((tx) => checkCode(tx, { code: code.code, offer: o, payerId: payer.id, now: NOW }));
    const first = await run();
    expect(!first.ok && first.message).toContain('przez Ciebie');
    await db().contractDiscount.update({ where: { id: use.id }, data: { status: 'REJECTED' } });
    expect((await run()).ok).toBe(true);
  });
});

describe('declared discounts at sign-up', () => {
  const declare = (input: Omit<Parameters<typeof declaredDiscounts>[1], 'now'> & { now?: Date }) =>
    db().$transaction((tx) => declaredDiscounts(tx, { now: NOW, ...input }));

  it("Akcja Kontynuacja: refused outside June, without last year's contract, with arrears; granted PENDING otherwise", async () => {
    const o = await offer('centre');
    const payer = await user();
    const may = await declare({
      offer: o,
      payerId: payer.id,
      continuation: true,
      now: new Date('2026-05-20T10:00:00Z'),
    });
    expect(may).toEqual({
      fieldErrors: { continuation: expect.stringContaining('od 1 czerwca 2026 do 30 czerwca 2026') },
    });
    expect(await declare({ offer: o, payerId: payer.id, continuation: true })).toEqual({
      fieldErrors: { continuation: expect.stringContaining('w tym roku szkolnym miały u nas umowę') },
    });
    const last = await contract({
      offerId: o.id,
      payerId: payer.id,
      signedAt: new Date('2025-09-02T10:00:00Z'),
      charges: [{ amount: 30000, status: 'OPEN', due: -3 }],
    });
    expect(await declare({ offer: o, payerId: payer.id, continuation: true })).toEqual({
      fieldErrors: { continuation: expect.stringContaining('uregulowania wszystkich zaległych opłat') },
    });
    await db().contractCharge.updateMany({ where: { contractId: last.id }, data: { status: 'PAID' } });
    expect(await declare({ offer: o, payerId: payer.id, continuation: true })).toEqual({
      drafts: [
        { type: 'CONTINUATION', kind: 'PERCENT', value: 1000, status: 'PENDING', declared: { contract: last.number } },
      ],
    });
    const combined = await declare({
      offer: o,
      payerId: payer.id,
      continuation: true,
      sibling: { name: 'Jan Kowalski' },
    });
    expect(combined).toEqual({ fieldErrors: { continuation: expect.stringContaining('nie można łączyć') } });
  });

  it('sibling: PENDING for Live and the centre, refused for the family instalments; one of sibling or referral', async () => {
    const payer = await user();
    const live = await offer('live', 'SESSIONS');
    expect(await declare({ offer: live, payerId: payer.id, sibling: { name: 'Staś Nowak' } })).toEqual({
      drafts: [
        {
          type: 'SIBLING',
          kind: 'PERCENT',
          value: 1000,
          status: 'PENDING',
          declared: { name: 'Staś Nowak', contract: null },
        },
      ],
    });
    const family = await offer('family');
    expect(await declare({ offer: family, payerId: payer.id, sibling: { name: 'Staś Nowak' } })).toEqual({
      fieldErrors: { sibling: expect.stringContaining('nie przysługuje') },
    });
    const centre = await offer('centre');
    expect(
      await declare({ offer: centre, payerId: payer.id, sibling: { name: 'S' }, referralEmail: 'x@example.pl' }),
    ).toEqual({
      fieldErrors: {
        sibling: expect.stringContaining('imię i nazwisko'),
        referralEmail: expect.stringContaining('tylko z jednego'),
      },
    });
  });

  it('referral: the referrer must have a current contract, not be the payer, and the payer must be new', async () => {
    const centre = await offer('centre');
    const payer = await user();
    const referrer = await user();
    const r = (email: string, payerId = payer.id) => declare({ offer: centre, payerId, referralEmail: email });
    expect(await r('nikt@example.pl')).toEqual({
      fieldErrors: { referralEmail: expect.stringContaining('nie ma u nas aktualnej umowy') },
    });
    expect(await r('zly-adres')).toEqual({ fieldErrors: { referralEmail: expect.stringContaining('poprawny adres') } });
    expect(await r(referrer.email!)).toEqual({
      fieldErrors: { referralEmail: expect.stringContaining('aktualnej umowy') },
    });
    const theirs = await contract({ offerId: centre.id, payerId: referrer.id });
    expect(await r(referrer.email!, referrer.id)).toEqual({
      fieldErrors: { referralEmail: expect.stringContaining('samego siebie') },
    });
    const ok = await r(referrer.email!.toUpperCase());
    expect(ok).toEqual({
      drafts: [
        {
          type: 'REFERRAL',
          kind: 'PERCENT',
          value: 1000,
          status: 'PENDING',
          declared: {
            email: referrer.email,
            referrerId: referrer.id,
            referrerContractId: theirs.id,
            referrerContract: theirs.number,
          },
        },
      ],
    });
    await contract({ offerId: centre.id, payerId: payer.id, status: 'ENDED' });
    expect(await r(referrer.email!)).toEqual({
      fieldErrors: { referralEmail: expect.stringContaining('tylko nowym klientom') },
    });
  });

  it('a code refused beside its own field while the declarations are fine', async () => {
    const o = await offer('live', 'SESSIONS');
    const payer = await user();
    await db().discountCode.create({
      data: { code: `SOLO${seq}`, kind: 'PERCENT', value: 500, validFrom: day(-5), validTo: day(5) },
    });
    expect(await declare({ offer: o, payerId: payer.id, code: `solo${seq}`, sibling: { name: 'Staś Nowak' } })).toEqual(
      {
        fieldErrors: { code: expect.stringContaining('nie można łączyć') },
      },
    );
  });
});

describe('staff verification', () => {
  it('a rejected sibling discount: the full price on OPEN charges, a top-up due in 7 days for the paid one, the payer told', async () => {
    const o = await offer('centre');
    const payer = await user();
    const staff = await user(['ACCOUNTING']);
    const c = await contract({
      offerId: o.id,
      payerId: payer.id,
      charges: [
        { amount: 16900, due: -20, status: 'PAID', kind: 'FEE' },
        { amount: 100000, discount: 10000, due: -20, status: 'PAID' },
        { amount: 100000, discount: 10000, due: 20 },
        { amount: 100000, discount: 10000, due: 50 },
      ],
    });
    const d = await db().contractDiscount.create({
      data: {
        contractId: c.id,
        type: 'SIBLING',
        kind: 'PERCENT',
        value: 1000,
        total: 30000,
        status: 'PENDING',
        declared: { name: 'Jan' },
      },
    });
    expect(
      await refusal(db().$transaction((tx) => rejectDiscount(tx, d.id, { actorId: staff.id, reason: ' ', now: NOW }))),
    ).toBe('discounts.errors.reasonRequired');
    expect(
      await refusal(
        db().$transaction((tx) => rejectDiscount(tx, d.id, { actorId: payer.id, reason: 'brak', now: NOW })),
      ),
    ).toBe('errors.forbidden');
    const r = await db().$transaction((tx) =>
      rejectDiscount(tx, d.id, { actorId: staff.id, reason: 'Rodzeństwo nie uczęszcza na zajęcia', now: NOW }),
    );
    const charges = await db().contractCharge.findMany({ where: { contractId: c.id }, orderBy: { seq: 'asc' } });
    expect(charges.map((x) => [x.kind, x.status, x.amount, x.discount])).toEqual([
      ['FEE', 'PAID', 16900, 0],
      ['INSTALMENT', 'PAID', 100000, 10000],
      ['INSTALMENT', 'OPEN', 100000, 0],
      ['INSTALMENT', 'OPEN', 100000, 0],
      ['TOP_UP', 'OPEN', 10000, 0],
    ]);
    expect(charges[4].id).toBe(r.topUpChargeId);
    expect(charges[4].dueDate.toISOString().slice(0, 10)).toBe('2026-06-17');
    expect(charges[4].label).toBe('Dopłata — Rabat za rodzeństwo nie przysługuje');
    expect(await db().contractDiscount.findUniqueOrThrow({ where: { id: d.id } })).toMatchObject({
      status: 'REJECTED',
      verifiedById: staff.id,
      reason: 'Rodzeństwo nie uczęszcza na zajęcia',
    });
    const event = await db().contractEvent.findFirstOrThrow({ where: { contractId: c.id, kind: 'discount-rejected' } });
    expect(event.detail).toMatchObject({ raised: 20000, topUp: 10000 });
    const mail = await db().emailMessage.findUniqueOrThrow({ where: { id: r.emailIds[0] } });
    expect(mail).toMatchObject({ to: payer.email, template: 'discount-rejected' });
    expect(mail.text).toContain('prawo odstąpić od umowy do 24 czerwca 2026');
    expect(mail.text).toContain('/platnosc/umowa/');
    expect(await db().auditEntry.count({ where: { objectId: d.id, action: 'discount.rejected' } })).toBe(1);
    // Decided once: a second click (or a colleague's) is refused and writes nothing.
    expect(await refusal(db().$transaction((tx) => acceptDiscount(tx, d.id, { actorId: staff.id, now: NOW })))).toBe(
      'discounts.errors.alreadyDecided',
    );
    expect(await db().contractCharge.count({ where: { contractId: c.id, kind: 'TOP_UP' } })).toBe(1);
  });

  it('an accepted referral gives the referrer the same percent off their next OPEN charge', async () => {
    const o = await offer('centre');
    const [payer, referrer, staff] = await Promise.all([user(), user(), user(['ACCOUNTING'])]);
    const theirs = await contract({
      offerId: o.id,
      payerId: referrer.id,
      charges: [
        { amount: 30000, due: -40, status: 'PAID' },
        { amount: 30000, due: 5 },
        { amount: 30000, due: 35 },
      ],
    });
    const mine = await contract({
      offerId: o.id,
      payerId: payer.id,
      charges: [{ amount: 30000, discount: 3000, due: 3 }],
    });
    const d = await db().contractDiscount.create({
      data: {
        contractId: mine.id,
        type: 'REFERRAL',
        kind: 'PERCENT',
        value: 1000,
        total: 3000,
        status: 'PENDING',
        declared: { email: referrer.email, referrerId: referrer.id, referrerContractId: theirs.id },
      },
    });
    const r = await db().$transaction((tx) => acceptDiscount(tx, d.id, { actorId: staff.id, now: NOW }));
    expect(r.emailIds).toHaveLength(2);
    const after = await db().contractCharge.findMany({ where: { contractId: theirs.id }, orderBy: { seq: 'asc' } });
    expect(after.map((x) => x.discount)).toEqual([0, 3000, 0]);
    const benefit = await db().contractDiscount.findFirstOrThrow({ where: { contractId: theirs.id } });
    expect(benefit).toMatchObject({
      type: 'REFERRAL',
      kind: 'AMOUNT',
      value: 3000,
      status: 'ACCEPTED',
      total: 3000,
      declared: { chargeId: after[1].id },
    });
    expect((await db().contractCharge.findUniqueOrThrow({ where: { id: mine.charges[0].id } })).discount).toBe(3000);
  });
});

describe('withdrawal after a rejected discount', () => {
  it('ends the contract, cancels what is open and refunds what was paid but the starter pack; only the payer, once, in time', async () => {
    const o = await offer('centre');
    const [payer, stranger] = await Promise.all([user(), user()]);
    const c = await contract({
      offerId: o.id,
      payerId: payer.id,
      charges: [
        { amount: 16900, due: -10, status: 'PAID', kind: 'FEE' },
        { amount: 100000, due: -10, status: 'PAID' },
        { amount: 100000, due: 20 },
      ],
    });
    const withdraw = (actorId: string, now = NOW) => withdrawAfterRejection(c.id, { actorId, now });
    expect(await refusal(withdraw(payer.id))).toBe('discounts.errors.withdrawNotAllowed');
    await db().contractDiscount.create({
      data: {
        contractId: c.id,
        type: 'SIBLING',
        kind: 'PERCENT',
        value: 1000,
        total: 20000,
        status: 'REJECTED',
        verifiedAt: new Date(NOW.getTime() - 3 * DAY),
        reason: 'brak',
      },
    });
    expect(await withdrawableUntil(c.id, NOW)).toEqual(new Date(NOW.getTime() + 11 * DAY));
    await expect(withdraw(stranger.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await refusal(withdraw(payer.id, new Date(NOW.getTime() + 12 * DAY)))).toBe(
      'discounts.errors.withdrawNotAllowed',
    );
    const r = await withdraw(payer.id);
    expect(r).toEqual({ refund: 100000, refunded: [] }); // paid by transfer here: no PayU order to refund through
    const after = await db().contract.findUniqueOrThrow({
      where: { id: c.id },
      include: { charges: { orderBy: { seq: 'asc' } } },
    });
    expect(after).toMatchObject({ status: 'ENDED', endReason: 'withdrawal' });
    expect(after.charges.map((x) => x.status)).toEqual(['PAID', 'PAID', 'CANCELLED']);
    const due = await db().contractEvent.findMany({ where: { contractId: c.id, kind: 'refund-due' } });
    expect(due.map((e) => [e.chargeId, (e.detail as { amount: number }).amount])).toEqual([[c.charges[1].id, 100000]]);
    expect(await db().contractEvent.count({ where: { contractId: c.id, kind: 'withdrawn-after-rejection' } })).toBe(1);
    expect(await refusal(withdraw(payer.id))).toBe('discounts.errors.withdrawNotAllowed');
    expect(await withdrawableUntil(c.id, NOW)).toBeNull();
  });
});

describe('the staff page', () => {
  it('lists each code with its uses (rejected ones not counted) and the declarations waiting, not those of void contracts', async () => {
    const o = await offer('centre');
    const payer = await user();
    const [a, b, dead] = await Promise.all([
      contract({ offerId: o.id, payerId: payer.id }),
      contract({ offerId: o.id, payerId: payer.id }),
      contract({ offerId: o.id, payerId: payer.id, status: 'VOID' }),
    ]);
    const code = await db().discountCode.create({
      data: {
        code: `PANEL${seq}`,
        kind: 'AMOUNT',
        value: 2500,
        currency: 'PLN',
        validFrom: new Date('2026-06-09T22:00:00Z'), // Warsaw midnight starting 10 June
        validTo: new Date('2026-07-10T22:00:00Z'), // … and starting 11 July: valid through 10 July
        maxUses: 3,
        products: ['centre'],
      },
    });
    const use = (contractId: string, status: 'ACCEPTED' | 'REJECTED') =>
      db().contractDiscount.create({
        data: { contractId, type: 'CODE', codeId: code.id, kind: 'AMOUNT', value: 2500, total: 2500, status },
      });
    await Promise.all([use(a.id, 'ACCEPTED'), use(b.id, 'REJECTED')]);
    const sibling = (contractId: string) =>
      db().contractDiscount.create({
        data: {
          contractId,
          type: 'SIBLING',
          kind: 'PERCENT',
          value: 1000,
          total: 0,
          status: 'PENDING',
          declared: { name: 'Staś Nowak', contract: a.number },
        },
      });
    const [waiting] = await Promise.all([sibling(b.id), sibling(dead.id)]);
    const { codes, queue } = await discountsPanel();
    expect(codes.find((c) => c.id === code.id)).toMatchObject({
      effect: '−25,00\u00a0zł',
      validity: '10 czerwca 2026 – 10 lipca 2026',
      uses: 1,
      maxUses: 3,
      products: ['centre'],
      active: true,
    });
    const mine = queue.filter((q) => q.contractNumber === b.number || q.contractNumber === dead.number);
    expect(mine).toEqual([
      expect.objectContaining({
        id: waiting.id,
        type: 'Rabat za rodzeństwo',
        effect: '−10 %',
        declared: ['rodzeństwo: Staś Nowak', `umowa rodzeństwa: ${a.number}`],
      }),
    ]);
  });
});

describe('re-pricing agrees with signing', () => {
  it('rejecting the sibling discount of a contract signed with it and a code leaves what signing with the code alone gives', async () => {
    const n = next();
    const o = await db().billingOffer.create({
      data: {
        slug: `c-${n}`,
        title: 'Centrum',
        product: 'centre',
        planKind: 'INSTALMENTS',
        planCode: 'centre-ten',
        amount: 320000,
      },
    });
    const code = `RAZEM${seq}`;
    await db().discountCode.create({
      data: { code, kind: 'PERCENT', value: 500, validFrom: day(-5), validTo: day(5), combinable: true },
    });
    const [a, b, staff] = await Promise.all([user(), user(), user(['ACCOUNTING'])]);
    const sign = (payerId: string, sibling: boolean) =>
      db().$transaction(async (tx) => {
        const declared = await declaredDiscounts(tx, {
          offer: o,
          payerId,
          code: code.toLowerCase(),
          sibling: sibling ? { name: 'Staś Nowak' } : undefined,
          now: NOW,
        });
        if (!('drafts' in declared)) throw new Error(JSON.stringify(declared));
        return signContract(tx, {
          offerId: o.id,
          payerId,
          beneficiaryId: payerId,
          termsVersion: 't1',
          immediateStartConsent: false,
          discounts: declared.drafts,
          now: NOW,
        });
      });
    const withSibling = await sign(a.id, true);
    const codeOnly = await sign(b.id, false);
    const discountsOf = async (contractId: string) =>
      (await db().contractCharge.findMany({ where: { contractId }, orderBy: { seq: 'asc' } })).map((c) => [
        c.kind,
        c.discount,
      ]);
    const before = await discountsOf(withSibling.contractId);
    const sibling = await db().contractDiscount.findFirstOrThrow({
      where: { contractId: withSibling.contractId, type: 'SIBLING' },
    });
    const r = await db().$transaction((tx) =>
      rejectDiscount(tx, sibling.id, { actorId: staff.id, reason: 'Brak rodzeństwa', now: NOW }),
    );
    expect(r.topUpChargeId).toBeNull();
    const after = await discountsOf(withSibling.contractId);
    expect(after).toEqual(await discountsOf(codeOnly.contractId));
    expect(before).not.toEqual(after);
    expect(after.filter(([kind]) => kind === 'FEE').every(([, d]) => d === 0)).toBe(true);
  });
});

describe('AK3: Akcja Kontynuacja lost after 30 days overdue', () => {
  it('drops it on contracts more than 30 days overdue, re-prices the OPEN charges, once', async () => {
    const o = await offer('centre');
    const payer = await user();
    const make = async (overdueDays: number) => {
      const c = await contract({
        offerId: o.id,
        payerId: payer.id,
        charges: [
          { amount: 30000, discount: 3000, due: -60, status: 'PAID' },
          { amount: 30000, discount: 3000, due: -overdueDays },
          { amount: 30000, discount: 3000, due: 20 },
        ],
      });
      const d = await db().contractDiscount.create({
        data: { contractId: c.id, type: 'CONTINUATION', kind: 'PERCENT', value: 1000, total: 9000, status: 'ACCEPTED' },
      });
      return { c, d };
    };
    const lapsed = await make(31);
    const fresh = await make(30);
    // A referrer's benefit pinned to the last charge survives the drop.
    const pinned = lapsed.c.charges[2];
    await db().contractDiscount.create({
      data: {
        contractId: lapsed.c.id,
        type: 'REFERRAL',
        kind: 'AMOUNT',
        value: 500,
        total: 500,
        status: 'ACCEPTED',
        declared: { role: 'referrer', chargeId: pinned.id },
      },
    });
    await db().contractCharge.update({ where: { id: pinned.id }, data: { discount: 3500 } });
    const run = () => sqlTransaction((sql) => dropLapsedContinuationSql(sql, '2026-06-10', NOW));
    const changed = await run();
    expect(changed).toContain(lapsed.c.id);
    expect(changed).not.toContain(fresh.c.id);
    expect((await db().contractDiscount.findUniqueOrThrow({ where: { id: lapsed.d.id } })).status).toBe('DROPPED');
    expect((await db().contractDiscount.findUniqueOrThrow({ where: { id: fresh.d.id } })).status).toBe('ACCEPTED');
    const charges = await db().contractCharge.findMany({ where: { contractId: lapsed.c.id }, orderBy: { seq: 'asc' } });
    expect(charges.map((x) => x.discount)).toEqual([3000, 0, 500]);
    const event = await db().contractEvent.findFirstOrThrow({
      where: { contractId: lapsed.c.id, kind: 'continuation-dropped' },
    });
    expect(event.detail).toMatchObject({ raised: 6000, discountIds: [lapsed.d.id] });
    expect(event.createdAt).toEqual(NOW);
    const mail = await db().emailMessage.findFirstOrThrow({
      where: { template: 'discount-dropped', to: payer.email! },
    });
    expect(mail.subject).toBe(`Utrata rabatu Akcji Kontynuacja — umowa ${lapsed.c.number}`);
    expect(mail.props).toMatchObject({ raised: 6000, currency: 'PLN', contractNumber: lapsed.c.number });
    // Rerun and a concurrent twin: nothing left to drop, no second event or e-mail.
    expect(await Promise.all([run(), run()])).toEqual([[], []]);
    expect(await db().contractEvent.count({ where: { contractId: lapsed.c.id, kind: 'continuation-dropped' } })).toBe(
      1,
    );
    expect(await db().emailMessage.count({ where: { template: 'discount-dropped', to: payer.email! } })).toBe(1);
  });
});
