// The billing pages' services on a real database: sign-up for oneself or one's own child (someone
// else's child refused, a refused code leaving nothing written), the payer's notice limited to
// their own contract, staff's reminder sent once per minute with its history row, and the staff
// and payer read queries (overdue filter, days overdue, "not yours" is not found).
process.env.TEST_CLOCK = '1';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { NotFoundError, UserError } from '@/lib/errors';
import { fromWarsaw } from '@/lib/format/time';
import { advanceClock, currentTime, resetClock } from '@/lib/clock/clock';
import { signUp } from '@/lib/billing/signup/sign-up';
import { signupPage } from '@/lib/billing/signup/signup-page';
import { payerNotice } from '@/lib/billing/account/notice';
import { sendReminderNow } from '@/lib/billing/staff/remind';
import { overdueCharges, staffContracts } from '@/lib/billing/queries/staff';
import { myContract } from '@/lib/billing/queries/payer';
import { daysBetween, warsawDay } from '@/lib/billing/queries/charge-state';
import { makeUser } from './live-fixtures';

vi.mock('@/lib/jobs/queues', () => ({
  dispatchEmails: async () => {},
  enqueueMany: async () => {},
  enqueue: async () => {},
}));

afterEach(() => resetClock());

let admin: Awaited<ReturnType<typeof makeUser>>;
let slug: string;
let licence: string;
beforeAll(async () => {
  admin = await makeUser(['ADMINISTRATOR']);
  slug = `razem-${Date.now()}`;
  licence = `licencja-${Date.now()}`;
  await db().billingOffer.create({
    data: { slug, title: 'Razem', product: 'razem', planKind: 'MONTHLY', planCode: 'razem-monthly', amount: 19_900 },
  });
  await db().billingOffer.create({
    data: {
      slug: licence,
      title: 'Licencja',
      product: 'licence',
      planKind: 'PROFORMA',
      planCode: 'licence-proforma',
      amount: 50_000,
    },
  });
});

async function parentWithChild() {
  const parent = await makeUser(['PARENT'], 'Rodzic');
  const childUser = await makeUser(['CHILD'], 'Zosia');
  const child = await db().child.create({
    data: { parentId: parent.id, userId: childUser.id, fullName: 'Zosia Nowak', birthYear: 2016 },
  });
  return { parent, child, childUser };
}

const sign = (payerId: string, extra: Partial<Parameters<typeof signUp>[1]> = {}) =>
  signUp(payerId, { slug, who: 'me', immediateStart: true, continuation: false, payMethod: 'LINK', ...extra });

describe('sign-up', () => {
  it('signs for the payer’s own child, and refuses someone else’s child beside the field', async () => {
    const { parent, child, childUser } = await parentWithChild();
    const other = await parentWithChild();
    const signed = await sign(parent.id, { who: child.id });
    if (signed.fieldErrors) throw new Error('refused');
    const contract = await db().contract.findUniqueOrThrow({ where: { number: signed.number } });
    expect(contract).toMatchObject({ payerId: parent.id, beneficiaryId: childUser.id, payMethod: 'LINK' });
    expect(signed.transfer).toBe(false);

    const refused = await sign(parent.id, { who: other.child.id }).catch((e) => e);
    expect(refused).toBeInstanceOf(UserError);
    expect((refused as UserError).fieldCodes).toEqual({ who: 'billingAccount.signup.whoInvalid' });
  });

  it('a refused code is reported beside its field and nothing is written', async () => {
    const payer = await makeUser();
    const result = await sign(payer.id, { code: 'NIEMATAKIEGO' });
    expect(result.fieldErrors?.code).toMatch(/\S/);
    expect(await db().contract.count({ where: { payerId: payer.id } })).toBe(0);
  });

  it('an offer signed on its product’s own page (the language school, Live) is neither shown nor signed here', async () => {
    const own = `jezyk-${Date.now()}`;
    await db().billingOffer.create({
      data: {
        slug: own,
        title: 'Polski',
        product: 'language',
        planKind: 'MONTHLY',
        planCode: 'razem-monthly',
        amount: 24_900,
      },
    });
    const payer = await makeUser(['LEARNER']);
    expect(await signupPage(own, null)).toMatchObject({ ownPage: { slug: own, product: 'language' } });
    await expect(sign(payer.id, { slug: own })).rejects.toBeInstanceOf(NotFoundError);
    expect(await db().contract.count({ where: { payerId: payer.id } })).toBe(0);
  });

  it('does not sign the school licence: its order (school, OKE code, exam year) is /planer/zamowienie', async () => {
    const payer = await makeUser();
    await expect(
      signUp(payer.id, { slug: licence, who: 'me', immediateStart: false, continuation: false }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await db().contract.count({ where: { payerId: payer.id } })).toBe(0);
  });
});

describe('the payer’s notice', () => {
  it('is refused as not found on someone else’s contract', async () => {
    const payer = await makeUser();
    const stranger = await makeUser();
    const signed = await sign(payer.id);
    if (signed.fieldErrors) throw new Error('refused');
    const { id } = await db().contract.findUniqueOrThrow({ where: { number: signed.number } });
    await expect(payerNotice(stranger.id, id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await myContract(stranger.id, signed.number)).toBeNull();
    expect((await myContract(payer.id, signed.number))?.number).toBe(signed.number);
  });
});

describe('staff', () => {
  it('send a reminder once per minute, each one in the history; a learner may not', async () => {
    const payer = await makeUser();
    const signed = await sign(payer.id);
    if (signed.fieldErrors) throw new Error('refused');
    const { id } = await db().contract.findUniqueOrThrow({ where: { number: signed.number } });
    const now = fromWarsaw(2026, 12, 1, 10, 0, 15);
    await sendReminderNow(admin.id, id, now);
    await sendReminderNow(admin.id, id, new Date(now.getTime() + 20_000)); // a double click
    await sendReminderNow(admin.id, id, new Date(now.getTime() + 60_000)); // deliberately again
    const mails = await db().emailMessage.count({
      where: { onceKey: { startsWith: `billing:${id}:` }, template: 'billing-reminder' },
    });
    expect(mails).toBe(2);
    expect(await db().contractEvent.count({ where: { contractId: id, kind: 'reminder-manual' } })).toBe(2);
    await expect(sendReminderNow(payer.id, id, now)).rejects.toBeInstanceOf(UserError);
  });

  it('see overdue contracts and the days overdue', async () => {
    const payer = await makeUser();
    const signed = await sign(payer.id);
    if (signed.fieldErrors) throw new Error('refused');
    advanceClock(5 * 86_400_000);
    const today = warsawDay(currentTime());
    const listed = await staffContracts({ overdue: true, product: 'razem', q: signed.number }, today);
    expect(listed.map((c) => c.number)).toEqual([signed.number]);
    const row = (await overdueCharges(today)).find((c) => c.contract.number === signed.number);
    expect(row && daysBetween(row.dueDate, today)).toBe(5);
    expect(await staffContracts({ status: 'ACTIVE', q: signed.number }, today)).toEqual([]);
  });
});
