// The daily billing run against a real database: each plan's dunning moves its contracts on the
// right day, once, with its e-mails in the outbox and its history recorded.
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { runBillingDay } from '@/lib/billing/run/daily';
import { makeGroupWithSession, makeUser } from './live-fixtures';
import {
  CENTRE,
  LICENCE,
  LIVE,
  RAZEM,
  at,
  chargesOf,
  contractRow,
  date,
  eventsOf,
  mailsOf,
  makeContract,
  makeOffer,
} from './billing-run-fixtures';
import { payCharge } from './billing-run-pay';

const templates = async (contractId: string) => (await mailsOf(contractId)).map((m) => m.template);

describe('razem monthly (B8–B10)', () => {
  it('reminds, suspends the day after the due date, resumes on payment with a new anchor, then terminates', async () => {
    const c = await makeContract({
      policy: RAZEM,
      status: 'ACTIVE',
      signedAt: at('2027-01-10', 10),
      paidThrough: '2027-02-09',
      charges: [
        { dueDate: '2027-01-10', status: 'PAID', periodStart: '2027-01-10', periodEnd: '2027-02-09' },
        { dueDate: '2027-02-10', periodStart: '2027-02-10', periodEnd: '2027-03-09' },
      ],
    });
    const [, second] = await chargesOf(c.id);

    await runBillingDay(at('2027-02-06'));
    expect(await templates(c.id)).toEqual([]);

    await runBillingDay(at('2027-02-07'));
    await runBillingDay(at('2027-02-07', 9)); // a rerun the same day
    const [reminder] = await mailsOf(c.id);
    expect(await templates(c.id)).toEqual(['billing-reminder']);
    expect(reminder.onceKey).toBe(`billing:${c.id}:${second.id}:reminder:-3`);
    expect(reminder.props).toMatchObject({ stage: 'before', days: 3, chargeId: second.id, amount: 19900 });
    expect(reminder.subject).toContain(c.number);

    await runBillingDay(at('2027-02-10'));
    expect((await contractRow(c.id)).status).toBe('ACTIVE');

    await runBillingDay(at('2027-02-11'));
    const suspended = await contractRow(c.id);
    expect(suspended.status).toBe('SUSPENDED');
    expect(suspended.suspendedAt).toEqual(at('2027-02-11'));
    // Reminders at −3 and 0 (the run did not run on the 9th, so −1 was never due on a run day).
    expect(await templates(c.id)).toEqual(['billing-reminder', 'billing-reminder', 'billing-suspended']);
    expect((await mailsOf(c.id)).at(-1)!.props).toMatchObject({ terminatesOn: '2027-02-24' });

    // Paid during the suspension: active again, the next month counted from the payment day (B10).
    await payCharge(second.id, at('2027-02-13', 12));
    const resumed = await contractRow(c.id);
    expect(resumed.status).toBe('ACTIVE');
    expect(resumed.anchorDate).toEqual(date('2027-02-13'));
    const third = (await chargesOf(c.id)).find((x) => x.seq === 3)!;
    expect(third.dueDate).toEqual(date('2027-03-13'));

    // The old charge's later offsets no longer apply: it is paid.
    await runBillingDay(at('2027-02-24'));
    expect((await contractRow(c.id)).status).toBe('ACTIVE');

    await runBillingDay(at('2027-03-14'));
    expect((await contractRow(c.id)).status).toBe('SUSPENDED');
    await runBillingDay(at('2027-03-26'));
    expect((await contractRow(c.id)).status).toBe('SUSPENDED');
    await runBillingDay(at('2027-03-27'));
    const ended = await contractRow(c.id);
    expect(ended).toMatchObject({ status: 'ENDED', endReason: 'unpaid' });
    // Suspended the whole period: the month was never delivered, so it is no longer owed.
    expect((await chargesOf(c.id)).find((x) => x.seq === 3)!.status).toBe('CANCELLED');
    const last = (await mailsOf(c.id)).at(-1)!;
    expect(last).toMatchObject({ template: 'billing-terminated' });
    expect(last.props).toMatchObject({ reason: 'unpaid', owes: false });

    const kinds = (await eventsOf(c.id)).map((e) => e.kind).filter((k) => k !== 'reminder-sent');
    expect(kinds).toEqual(expect.arrayContaining(['suspended', 'terminated']));
    expect(kinds.filter((k) => k === 'suspended')).toHaveLength(2);
    expect(kinds.filter((k) => k === 'terminated')).toHaveLength(1);
  });

  it('a run that missed days sends only the latest reminder, and none about the signing day', async () => {
    const c = await makeContract({
      policy: RAZEM,
      status: 'PENDING',
      signedAt: at('2027-04-01', 15),
      charges: [{ dueDate: '2027-04-01' }],
    });
    await runBillingDay(at('2027-04-01', 16));
    expect(await templates(c.id)).toEqual([]);
    await runBillingDay(at('2027-04-09'));
    expect((await mailsOf(c.id)).map((m) => m.onceKey!.split(':').slice(-2).join(':'))).toEqual(['reminder:7']);
    // PENDING never suspends; it voids at the termination offset (no first payment, no contract).
    await runBillingDay(at('2027-04-15'));
    expect((await contractRow(c.id)).status).toBe('VOID');
    expect((await chargesOf(c.id))[0].status).toBe('CANCELLED');
  });
});

describe('matplaneta Live (L6)', () => {
  it('e-mails the link when the third class ends, reminds the day before, ends unpaid at the first class', async () => {
    const teacher = await makeUser(['TEACHER']);
    const child = await makeUser(['LEARNER'], 'Zosia');
    const parent = await makeUser(['PARENT'], 'Anna');
    const { groupId, session } = await makeGroupWithSession(
      { teacherId: teacher.id, bookingMode: 'MEMBERS' },
      at('2027-05-12', 17),
    );
    await db().liveBooking.create({ data: { sessionId: session.id, userId: child.id, status: 'BOOKED' } });
    await db().liveSession.update({ where: { id: session.id }, data: { taken: 1 } });
    const offer = await makeOffer(LIVE, { liveGroupId: groupId });
    const c = await makeContract({
      policy: LIVE,
      offerId: offer.id,
      payerId: parent.id,
      beneficiaryId: child.id,
      status: 'ACTIVE',
      signedAt: at('2027-04-01', 12),
      paidThrough: '2027-05-04',
      charges: [
        { dueDate: '2027-04-07', status: 'PAID' },
        { dueDate: '2027-05-05', notifyAt: at('2027-04-28', 18, 30) },
      ],
    });
    await runBillingDay(at('2027-04-28', 18));
    expect(await templates(c.id)).toEqual([]);
    await runBillingDay(at('2027-04-28', 19));
    expect(await templates(c.id)).toEqual(['billing-pay-link']);
    await runBillingDay(at('2027-05-04'));
    expect(await templates(c.id)).toEqual(['billing-pay-link', 'billing-reminder']);
    expect((await mailsOf(c.id))[1].props).toMatchObject({ stage: 'before', days: 1 });

    await runBillingDay(at('2027-05-05'));
    expect(await contractRow(c.id)).toMatchObject({ status: 'ENDED', endReason: 'unpaid' });
    expect((await chargesOf(c.id))[1].status).toBe('CANCELLED');
    expect((await mailsOf(c.id)).at(-1)!.props).toMatchObject({ reason: 'unpaid', owes: false });
    // Access ended: the child's future class is cancelled.
    const booking = await db().liveBooking.findFirstOrThrow({ where: { sessionId: session.id, userId: child.id } });
    expect(booking.status).not.toBe('BOOKED');
  });
});

describe('school licence (A9)', () => {
  it('reminds three days before the pro-forma deadline and voids the day after it', async () => {
    const c = await makeContract({
      policy: LICENCE,
      status: 'PENDING',
      signedAt: at('2027-06-01', 9),
      charges: [{ dueDate: '2027-06-15' }],
    });
    await runBillingDay(at('2027-06-12'));
    expect(await templates(c.id)).toEqual(['billing-reminder']);
    await runBillingDay(at('2027-06-15'));
    expect((await contractRow(c.id)).status).toBe('PENDING');
    await runBillingDay(at('2027-06-16'));
    expect(await contractRow(c.id)).toMatchObject({ status: 'VOID', endReason: 'void-deadline' });
    expect((await chargesOf(c.id))[0].status).toBe('CANCELLED');
    expect(await templates(c.id)).toEqual(['billing-reminder', 'billing-voided']);
    expect((await eventsOf(c.id)).map((e) => e.kind)).toEqual(['reminder-sent', 'voided']);
  });
});

describe('stationary centre (S8, S12)', () => {
  it('demands at +7, gives notice 7 days after the demand, terminates 7 days after the notice — never skipping one', async () => {
    const c = await makeContract({
      policy: CENTRE,
      status: 'ACTIVE',
      signedAt: at('2027-09-01', 9),
      charges: [{ dueDate: '2027-09-08', status: 'PAID' }, { dueDate: '2027-10-10' }, { dueDate: '2027-11-10' }],
    });
    // The run was down until 25 days after the due date: only the demand goes out.
    await runBillingDay(at('2027-11-04'));
    expect(await templates(c.id)).toEqual(['billing-demand']);
    expect((await mailsOf(c.id))[0].props).toMatchObject({ payBy: '2027-11-11' });
    await runBillingDay(at('2027-11-10'));
    expect(await templates(c.id)).toEqual(['billing-demand']);
    await runBillingDay(at('2027-11-11'));
    expect(await templates(c.id)).toEqual(['billing-demand', 'billing-termination-notice']);
    expect((await mailsOf(c.id))[1].props).toMatchObject({ endsOn: '2027-11-18' });
    await runBillingDay(at('2027-11-17'));
    expect((await contractRow(c.id)).status).toBe('ACTIVE');
    await runBillingDay(at('2027-11-18'));
    expect(await contractRow(c.id)).toMatchObject({ status: 'ENDED', endReason: 'unpaid' });
    const charges = await chargesOf(c.id);
    // The October instalment's classes were given: still owed; November's is not.
    expect(charges.map((x) => x.status)).toEqual(['PAID', 'OPEN', 'CANCELLED']);
    expect((await mailsOf(c.id)).at(-1)!.props).toMatchObject({ reason: 'unpaid', owes: true });
  });
});

describe('payer notice run-out (B7, S10)', () => {
  it('ends a contract whose notice ran out and cancels what falls after its last day', async () => {
    const c = await makeContract({
      policy: CENTRE,
      status: 'ACTIVE',
      signedAt: at('2027-09-01', 9),
      endsOn: '2027-11-30',
      endReason: 'payer-notice',
      charges: [
        { dueDate: '2027-09-08', status: 'PAID' },
        { dueDate: '2027-10-10', status: 'PAID' },
        { dueDate: '2027-11-10', status: 'PAID' },
        { dueDate: '2027-12-10' },
      ],
    });
    await runBillingDay(at('2027-11-30'));
    expect((await contractRow(c.id)).status).toBe('ACTIVE');
    await runBillingDay(at('2027-12-01'));
    expect(await contractRow(c.id)).toMatchObject({ status: 'ENDED', endReason: 'payer-notice' });
    expect((await chargesOf(c.id)).map((x) => x.status)).toEqual(['PAID', 'PAID', 'PAID', 'CANCELLED']);
    await runBillingDay(at('2027-12-02'));
    expect((await mailsOf(c.id)).map((m) => m.props)).toEqual([expect.objectContaining({ reason: 'notice' })]);
  });
});

describe('Akcja Kontynuacja (AK3)', () => {
  it('the run drops the continuation discount once a charge is over 30 days overdue, and e-mails once', async () => {
    const c = await makeContract({
      policy: { ...CENTRE, demandOffset: undefined, noticeOffset: undefined, terminateOffset: undefined },
      status: 'ACTIVE',
      signedAt: at('2027-09-01', 9),
      charges: [{ dueDate: '2027-09-08', status: 'PAID' }, { dueDate: '2027-10-10' }, { dueDate: '2027-11-10' }],
    });
    await db().contractDiscount.create({
      data: { contractId: c.id, type: 'CONTINUATION', kind: 'PERCENT', value: 1000, total: 5970, status: 'ACCEPTED' },
    });
    await db().contractCharge.updateMany({ where: { contractId: c.id }, data: { discount: 1990 } });
    await runBillingDay(at('2027-11-09'));
    expect((await db().contractDiscount.findFirstOrThrow({ where: { contractId: c.id } })).status).toBe('ACCEPTED');
    const summary = await runBillingDay(at('2027-11-10'));
    expect(summary.continuationDropped).toBe(1);
    expect((await db().contractDiscount.findFirstOrThrow({ where: { contractId: c.id } })).status).toBe('DROPPED');
    expect((await chargesOf(c.id)).map((x) => x.discount)).toEqual([1990, 0, 0]);
    await runBillingDay(at('2027-11-11'));
    expect((await mailsOf(c.id)).filter((m) => m.template === 'discount-dropped')).toHaveLength(1);
  });
});

describe('stored card (razem, card tokens)', () => {
  it('asks the payments job to charge the card at the reminder offsets instead of e-mailing', async () => {
    const { boss } = await import('@/lib/jobs/boss');
    const b = await boss();
    await b.createQueue('billing.card-charge');
    const c = await makeContract({
      policy: RAZEM,
      status: 'ACTIVE',
      cardToken: 'TOKC_TEST',
      signedAt: at('2027-07-01', 10),
      charges: [{ dueDate: '2027-07-01', status: 'PAID' }, { dueDate: '2027-08-01' }],
    });
    const [, second] = await chargesOf(c.id);
    const summary = await runBillingDay(at('2027-07-29'));
    expect(summary.cardCharges).toBeGreaterThanOrEqual(1);
    await runBillingDay(at('2027-07-29', 9));
    expect(await templates(c.id)).toEqual([]);
    const steps = await db().billingStep.findMany({ where: { contractId: c.id }, select: { step: true } });
    expect(steps.map((s) => s.step)).toEqual(['card:-3']);
    const jobs = await db().$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'billing.card-charge' AND data->>'chargeId' = $1`,
      second.id,
    );
    expect(jobs[0].n).toBe(1);
  });
});

describe('a run narrowed to some payers (the e2e test route)', () => {
  it('moves only those payers’ contracts and leaves everyone else’s as they are', async () => {
    const spec = {
      policy: RAZEM,
      status: 'ACTIVE' as const,
      signedAt: at('2028-01-10', 10),
      paidThrough: '2028-02-09',
      charges: [
        { dueDate: '2028-01-10', status: 'PAID' as const, periodStart: '2028-01-10', periodEnd: '2028-02-09' },
        { dueDate: '2028-02-10', periodStart: '2028-02-10', periodEnd: '2028-03-09' },
      ],
    };
    const mine = await makeContract(spec);
    const other = await makeContract(spec);
    const { payer } = await db().contract.findUniqueOrThrow({
      where: { id: mine.id },
      select: { payer: { select: { email: true } } },
    });
    await runBillingDay(at('2028-02-11'), { payerEmails: [payer.email!] });
    expect((await contractRow(mine.id)).status).toBe('SUSPENDED');
    expect((await contractRow(other.id)).status).toBe('ACTIVE');
    expect(await templates(other.id)).toEqual([]);
  });
});
