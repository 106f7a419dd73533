// The billing engine's contracts on a real database: signing, the first payment bringing the
// contract into force with its grants, a suspension lifted by a payment with a new anchor (B10),
// the payer's notice under each termination rule, access refused while suspended, Live periods
// moved by a cancelled class, and the SQL access rule pinned against the JavaScript one.
process.env.TEST_CLOCK = '1';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { db, type Tx } from '@/lib/db/client';
import { sqlTransaction } from '@/lib/db/sql';
import { UserError } from '@/lib/errors';
import { fromWarsaw } from '@/lib/format/time';
import { CONTRACT_ACCESS_SQL, contractGrantsAccess } from '@/lib/billing/access';
import { signContract, type SignInput } from '@/lib/billing/contracts/sign';
import { applyChargePaid } from '@/lib/billing/contracts/paid';
import { endContract, giveNotice, suspendContract, voidContract } from '@/lib/billing/contracts/state';
import { afterContractChange } from '@/lib/billing/contracts/after-change';
import { dateToDay } from '@/lib/billing/rules/days';
import { chargeLabel } from '@/lib/billing/rules/charge-label';
import { courseAccess } from '@/lib/learning/access';
import { listMyCourses } from '@/lib/learning/my-courses';
import { cancelSession } from '@/lib/live/sessions/cancel';
import { bookSession } from '@/lib/live/bookings/book';
import { advanceClock, currentTime, resetClock } from '@/lib/clock/clock';
import type { BillingPlanKind } from '@/lib/db/generated/enums';
import { makeCourse, makeUser } from './live-fixtures';

vi.mock('@/lib/jobs/queues', () => ({
  dispatchEmails: async () => {},
  enqueueMany: async () => {},
  enqueue: async () => {},
}));

const at = (y: number, m: number, d: number, h = 12) => fromWarsaw(y, m, d, h, 0);
const tx = <T>(fn: (tx: Tx) => Promise<T>) => db().$transaction(fn);
const day = (d: Date | null) => (d ? dateToDay(d) : null);

afterEach(() => resetClock());

let admin: Awaited<ReturnType<typeof makeUser>>;
let teacher: Awaited<ReturnType<typeof makeUser>>;
beforeAll(async () => {
  admin = await makeUser(['ADMINISTRATOR']);
  teacher = await makeUser(['TEACHER'], 'Lektor');
});

let offers = 0;
async function offer(
  planCode: string,
  planKind: BillingPlanKind,
  amount: number,
  extra: { courseId?: string; liveGroupId?: string; periodSessions?: number } = {},
) {
  offers += 1;
  return db().billingOffer.create({
    data: {
      slug: `o-${process.pid}-${offers}-${Date.now()}`,
      title: `Oferta ${planCode}`,
      product: 'test',
      planCode,
      planKind,
      amount,
      ...extra,
    },
  });
}

async function courseWithSlug() {
  const c = await makeCourse();
  return db().course.update({ where: { id: c.id }, data: { published: true }, select: { id: true, slug: true } });
}

/** A MEMBERS group of weekly Tuesday classes at 17:00 from `first`. */
async function weeklyGroup(first: Date, n: number, courseId: string | null = null) {
  const group = await db().liveGroup.create({
    data: {
      programme: 'mat',
      title: 'Matematyka Live',
      teacherId: teacher.id,
      courseId,
      bookingMode: 'MEMBERS',
      weekday: 2,
      startTime: '17:00',
      durationMinutes: 90,
      firstDay: first,
      lastDay: new Date(first.getTime() + 7 * 86_400_000 * n),
    },
  });
  const sessions = [];
  for (let i = 0; i < n; i++) {
    const startsAt = new Date(first.getTime() + i * 7 * 86_400_000);
    sessions.push(
      await db().liveSession.create({
        data: {
          groupId: group.id,
          teacherId: teacher.id,
          startsAt,
          endsAt: new Date(startsAt.getTime() + 90 * 60_000),
          capacity: 12,
        },
      }),
    );
  }
  return { group, sessions };
}

const sign = (input: Omit<SignInput, 'termsVersion' | 'immediateStartConsent' | 'discounts'> & Partial<SignInput>) =>
  tx((t) => signContract(t, { termsVersion: '2026-11', immediateStartConsent: true, discounts: [], ...input }));

const contract = (id: string) =>
  db().contract.findUniqueOrThrow({
    where: { id },
    include: { charges: { orderBy: { seq: 'asc' } }, events: { orderBy: { createdAt: 'asc' } } },
  });

/** The learner's places in the order of the classes. */
const bookingsOf = async (userId: string) =>
  (
    await db().liveBooking.findMany({
      where: { userId },
      select: { status: true },
      orderBy: { session: { startsAt: 'asc' } },
    })
  ).map((b) => b.status);

async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof UserError) return e.codes.map((c) => (typeof c === 'string' ? c : c.code)).join(' ');
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('razem monthly: sign, pay, suspend, pay again, notice', () => {
  it('goes PENDING → ACTIVE with the enrolment, is suspended, restored with a new anchor and noticed to the paid month’s end', async () => {
    const course = await courseWithSlug();
    const o = await offer('razem-monthly', 'MONTHLY', 29900, { courseId: course.id });
    const payer = await makeUser();
    const signed = await sign({ offerId: o.id, payerId: payer.id, beneficiaryId: payer.id, now: at(2027, 1, 31, 10) });
    expect(signed.number).toMatch(/^UM\/2027\/[0-9A-Z]{6}$/);
    expect(signed.emailIds).toHaveLength(1);
    let c = await contract(signed.contractId);
    expect(c).toMatchObject({
      status: 'PENDING',
      payMethod: 'CARD',
      termination: 'END_OF_PAID_MONTH',
      suspendOffset: 1,
      terminateOffset: 14,
    });
    expect(c.reminderOffsets).toEqual([-3, -1, 0, 3, 7, 12]);
    expect(c.charges.map((ch) => [ch.seq, day(ch.dueDate), ch.amount])).toEqual([[1, '2027-01-31', 29900]]);
    const mail = await db().emailMessage.findUniqueOrThrow({ where: { id: signed.emailIds[0] } });
    expect(mail.template).toBe('billing-signed');
    expect(mail.onceKey).toBe(`billing:${c.id}:${signed.firstChargeId}:signed`);
    // Not in force before the first payment (B3): no enrolment yet.
    expect((await courseAccess(payer.id, course.slug, at(2027, 1, 31, 11))).kind).toBe('none');

    // The first payment through the Prisma transaction (a booked transfer's path).
    const paid = await tx((t) =>
      applyChargePaid(t, signed.firstChargeId, {
        paidAt: at(2027, 1, 31, 11),
        via: 'CARD',
        cardToken: 'TOKC_1',
        cardLabel: '**** 4444',
      }),
    );
    expect(paid).toMatchObject({ changed: true, effect: 'activated' });
    expect(
      (await tx((t) => applyChargePaid(t, signed.firstChargeId, { paidAt: at(2027, 1, 31, 11), via: 'CARD' }))).changed,
    ).toBe(false);
    c = await contract(signed.contractId);
    expect(c).toMatchObject({ status: 'ACTIVE', cardToken: 'TOKC_1' });
    expect([day(c.anchorDate), day(c.paidThrough)]).toEqual(['2027-01-31', '2027-02-27']);
    expect(c.charges.map((ch) => [ch.seq, ch.status, day(ch.dueDate), day(ch.periodEnd)])).toEqual([
      [1, 'PAID', '2027-01-31', '2027-02-27'],
      [2, 'OPEN', '2027-02-28', '2027-03-30'],
    ]);
    // Both charges (signing's Prisma write and the next period's plain SQL) store their label as a
    // key: each reader gets it in their language, the stored Polish text stays for the invoice.
    expect(c.charges.map((ch) => [ch.label, chargeLabel(ch, 'en').text, chargeLabel(ch, 'pl').text])).toEqual([
      [
        'Opłata miesięczna: 31 stycznia 2027 – 27 lutego 2027',
        'Monthly fee: 31 January 2027 – 27 February 2027',
        'Opłata miesięczna: 31 stycznia 2027 – 27 lutego 2027',
      ],
      [
        'Opłata miesięczna: 28 lutego 2027 – 30 marca 2027',
        'Monthly fee: 28 February 2027 – 30 March 2027',
        'Opłata miesięczna: 28 lutego 2027 – 30 marca 2027',
      ],
    ]);
    expect(c.charges[1].labelKey).toEqual({ key: 'month', from: '2027-02-28', to: '2027-03-30' });
    const enrolment = await db().enrolment.findFirstOrThrow({ where: { userId: payer.id, courseId: course.id } });
    expect(enrolment.contractId).toBe(c.id);
    expect((await courseAccess(payer.id, course.slug, at(2027, 2, 10))).kind).toBe('active');
    expect(await db().emailMessage.count({ where: { onceKey: `billing:${c.id}:${signed.firstChargeId}:paid` } })).toBe(
      1,
    );

    // B8: the day after the due date the contract is suspended; access and the course tile follow.
    const suspended = await tx((t) => suspendContract(t, c.id, { actorId: null, now: at(2027, 3, 1, 6) }));
    expect(suspended.cancelBookingsOf).toEqual([payer.id]);
    const gate = await courseAccess(payer.id, course.slug, at(2027, 3, 2));
    expect(gate).toMatchObject({ kind: 'contract', contract: { status: 'SUSPENDED', number: c.number } });
    expect((await listMyCourses(payer.id, at(2027, 3, 2))).find((m) => m.slug === course.slug)?.state).toBe('contract');

    // B10: paid during the suspension (PayU's plain-SQL path): access back, the month starts on the payment day.
    const second = c.charges[1].id;
    const back = await sqlTransaction((sql) =>
      applyChargePaid(sql, second, { paidAt: at(2027, 3, 5, 9), via: 'LINK', orderId: 'o-1' }),
    );
    expect(back).toMatchObject({ changed: true, effect: 'resumed' });
    c = await contract(signed.contractId);
    expect(c.status).toBe('ACTIVE');
    expect(c.suspendedAt).toBeNull();
    expect([day(c.anchorDate), day(c.paidThrough)]).toEqual(['2027-03-05', '2027-04-04']);
    expect(c.charges.map((ch) => [ch.seq, ch.status, day(ch.periodStart), day(ch.dueDate)])).toEqual([
      [1, 'PAID', '2027-01-31', '2027-01-31'],
      [2, 'PAID', '2027-03-05', '2027-02-28'],
      [3, 'OPEN', '2027-04-05', '2027-04-05'],
    ]);
    expect(c.events.map((e) => e.kind)).toEqual([
      'signed',
      'charge-paid',
      'activated',
      'charge-created',
      'suspended',
      'charge-paid',
      'resumed',
      'charge-created',
    ]);
    expect((await courseAccess(payer.id, course.slug, at(2027, 3, 6))).kind).toBe('active');

    // B7: notice ends at the end of the paid month; the next month's charge is cancelled.
    const notice = await tx((t) => giveNotice(t, c.id, { actorId: payer.id, now: at(2027, 3, 20) }));
    expect(notice.quote).toMatchObject({ kind: 'notice', endsOn: '2027-04-04', refund: 0 });
    const confirmed = await db().emailMessage.findUniqueOrThrow({ where: { id: notice.emailIds[0] } });
    expect([confirmed.template, confirmed.subject]).toEqual([
      'billing-notice',
      `Wypowiedzenie umowy ${c.number} przyjęte`,
    ]);
    expect(confirmed.props).toMatchObject({ endsOn: '2027-04-04', refund: null });
    c = await contract(signed.contractId);
    expect([c.status, day(c.endsOn)]).toEqual(['ACTIVE', '2027-04-04']);
    expect(c.charges[2].status).toBe('CANCELLED');
    expect(await refusal(tx((t) => giveNotice(t, c.id, { actorId: payer.id, now: at(2027, 3, 21) })))).toBe(
      'billing.errors.alreadyNoticed',
    );
    // Another payer may not end it; a stranger is not staff.
    const stranger = await makeUser();
    expect(await refusal(tx((t) => suspendContract(t, c.id, { actorId: stranger.id, now: at(2027, 3, 21) })))).toBe(
      'errors.forbidden',
    );
  });

  it('within 14 days the consumer withdraws: ended at once, the unused days refunded, access gone', async () => {
    const course = await courseWithSlug();
    const o = await offer('razem-monthly', 'MONTHLY', 30000, { courseId: course.id });
    const payer = await makeUser();
    const s = await sign({ offerId: o.id, payerId: payer.id, beneficiaryId: payer.id, now: at(2026, 11, 1, 9) });
    await tx((t) => applyChargePaid(t, s.firstChargeId, { paidAt: at(2026, 11, 1, 10), via: 'LINK' }));
    const r = await tx((t) => giveNotice(t, s.contractId, { actorId: payer.id, now: at(2026, 11, 10) }));
    // 10 of 30 days used at the consumer's request: 10 000 kept, 20 000 back.
    expect(r.quote).toMatchObject({ kind: 'withdrawal', refund: 20000 });
    expect(r.refunds).toEqual([{ chargeId: s.firstChargeId, amount: 20000 }]);
    const confirmed = await db().emailMessage.findUniqueOrThrow({ where: { id: r.emailIds[0] } });
    expect(confirmed.props).toMatchObject({
      withdrawal: true,
      refund: 20000,
      currency: 'PLN',
      refundBy: '2026-11-24',
    });
    const c = await contract(s.contractId);
    expect([c.status, c.endReason, day(c.endsOn)]).toEqual(['ENDED', 'withdrawal', '2026-11-10']);
    expect(c.charges.map((ch) => ch.status)).toEqual(['PAID', 'CANCELLED']);
    expect(c.events.find((e) => e.kind === 'refund-due')?.detail).toMatchObject({ amount: 20000, dueBy: '2026-11-24' });
    expect((await courseAccess(payer.id, course.slug, at(2026, 11, 10, 13))).kind).toBe('contract');
    // Paid by no PayU order here: nothing for PayU to refund, the event stays for accounting.
    expect(await afterContractChange(r)).toEqual({ refunded: [] });
  });
});

describe('termination rules', () => {
  it('centre annual (MONTH_NOTICE): ends at the end of the next month, the overpayment due back after it', async () => {
    const o = await offer('centre-annual', 'INSTALMENTS', 320000);
    const payer = await makeUser();
    const s = await sign({ offerId: o.id, payerId: payer.id, beneficiaryId: payer.id, now: at(2026, 9, 2) });
    let c = await contract(s.contractId);
    expect(c.charges.map((ch) => [ch.kind, ch.amount, day(ch.dueDate), ch.refundable])).toEqual([
      ['INSTALMENT', 320000, '2026-09-09', true],
      ['FEE', 16900, '2026-09-09', false],
    ]);
    for (const ch of c.charges) await tx((t) => applyChargePaid(t, ch.id, { paidAt: at(2026, 9, 4), via: 'LINK' }));
    c = await contract(s.contractId);
    expect([c.status, day(c.paidThrough)]).toEqual(['ACTIVE', '2027-06-30']);
    const r = await tx((t) => giveNotice(t, c.id, { actorId: payer.id, now: at(2026, 11, 15) }));
    expect(r.quote).toMatchObject({ kind: 'notice', endsOn: '2026-12-31', refund: 320000 - 128212, owed: 0 });
    c = await contract(s.contractId);
    expect([c.status, day(c.endsOn), day(c.paidThrough)]).toEqual(['ACTIVE', '2026-12-31', '2026-12-31']);
    expect(c.events.find((e) => e.kind === 'refund-due')?.detail).toMatchObject({
      amount: 191788,
      dueBy: '2027-01-14',
      afterEnd: true,
    });
  });

  it('licence (PRO_RATA): ended today by staff, refund by days to 30 June; access through today only', async () => {
    const o = await offer('licence-proforma', 'PROFORMA', 50000);
    const school = await makeUser();
    const s = await sign({ offerId: o.id, payerId: school.id, beneficiaryId: school.id, now: at(2026, 9, 1) });
    let c = await contract(s.contractId);
    expect([c.payMethod, day(c.charges[0].dueDate)]).toEqual(['TRANSFER', '2026-09-15']);
    const mail = await db().emailMessage.findUniqueOrThrow({ where: { id: s.emailIds[0] } });
    expect(s.proformaNumber).toMatch(/^PF\/2026\/\d{6}$/);
    expect(c.charges[0].proformaNumber).toBe(s.proformaNumber);
    expect(mail.props).toMatchObject({ transfer: true, proformaNumber: s.proformaNumber });
    expect((mail.props as { link: string }).link).toContain(`/api/proforma/${s.firstChargeId}`);
    await tx((t) => applyChargePaid(t, s.firstChargeId, { paidAt: at(2026, 9, 5), via: 'TRANSFER' }));
    const r = await tx((t) => giveNotice(t, c.id, { actorId: admin.id, now: at(2026, 9, 10) }));
    expect(r.quote).toMatchObject({ kind: 'notice', endsOn: '2026-09-10', refund: 48350 });
    c = await contract(s.contractId);
    expect([c.status, c.endReason, day(c.paidThrough)]).toEqual(['ENDED', 'payer-notice', '2026-09-10']);
    expect(contractGrantsAccess(c, '2026-09-10')).toBe(true);
    expect(contractGrantsAccess(c, '2026-09-11')).toBe(false);
    expect(await db().auditEntry.count({ where: { objectId: c.id, action: 'contract.ended' } })).toBe(1);
  });

  it('a licence never paid is void; a notice before the first payment voids too', async () => {
    const o = await offer('licence-proforma', 'PROFORMA', 50000);
    const school = await makeUser();
    const a = await sign({ offerId: o.id, payerId: school.id, beneficiaryId: school.id, now: at(2026, 9, 1) });
    await tx((t) => voidContract(t, a.contractId, { actorId: null, now: at(2026, 9, 16, 6) }));
    const c = await contract(a.contractId);
    expect([c.status, c.endReason, c.charges[0].status]).toEqual(['VOID', 'void-deadline', 'CANCELLED']);
    expect(
      (await tx((t) => applyChargePaid(t, a.firstChargeId, { paidAt: at(2026, 9, 17), via: 'TRANSFER' }))).changed,
    ).toBe(false);
    const b = await sign({ offerId: o.id, payerId: school.id, beneficiaryId: school.id, now: at(2026, 9, 1) });
    await tx((t) => giveNotice(t, b.contractId, { actorId: school.id, now: at(2026, 9, 2) }));
    expect((await contract(b.contractId)).status).toBe('VOID');
  });
});

describe('Live (SESSIONS, NO_REFUND)', () => {
  it('grants the group place, bills the next 4 classes, refuses booking while suspended and moves periods when a class is cancelled', async () => {
    const { group, sessions } = await weeklyGroup(at(2026, 10, 6, 17), 10);
    const o = await offer('live-4', 'SESSIONS', 24000, { liveGroupId: group.id, periodSessions: 4 });
    const parent = await makeUser();
    const child = await makeUser(['LEARNER'], 'Zosia');
    await db().child.create({ data: { parentId: parent.id, userId: child.id, fullName: 'Zosia', birthYear: 2016 } });
    const stranger = await makeUser();
    expect(
      await refusal(sign({ offerId: o.id, payerId: parent.id, beneficiaryId: stranger.id, now: at(2026, 10, 1) })),
    ).toBe('billing.errors.beneficiaryNotYours');
    const s = await sign({ offerId: o.id, payerId: parent.id, beneficiaryId: child.id, now: at(2026, 10, 1) });
    await sqlTransaction((sql) => applyChargePaid(sql, s.firstChargeId, { paidAt: at(2026, 10, 1, 13), via: 'LINK' }));
    let c = await contract(s.contractId);
    expect(c.charges.map((ch) => [ch.seq, ch.status, day(ch.dueDate), day(ch.periodStart), day(ch.periodEnd)])).toEqual(
      [
        [1, 'PAID', '2026-10-01', '2026-10-06', '2026-10-27'],
        [2, 'OPEN', '2026-11-03', '2026-11-03', '2026-11-24'],
      ],
    );
    expect(c.charges[1].notifyAt).toEqual(sessions[2].endsAt);
    expect(day(c.paidThrough)).toBe('2026-10-27');
    const member = await db().liveGroupMember.findUniqueOrThrow({
      where: { groupId_userId: { groupId: group.id, userId: child.id } },
    });
    expect(member.contractId).toBe(c.id);
    // Activation books the child on every class of the group ahead, as staff adding a member does.
    expect(await bookingsOf(child.id)).toEqual(Array(10).fill('BOOKED'));

    // L13: the 2nd class of the paid period is cancelled — the period keeps its dates and a quarter
    // of its price is refunded; the next period's link waits for the period's 3rd class held (27 Oct).
    await cancelSession(admin, sessions[1].id, 'choroba', at(2026, 10, 8));
    c = await contract(s.contractId);
    expect(c.charges.map((ch) => [day(ch.dueDate), day(ch.periodStart), day(ch.periodEnd)])).toEqual([
      ['2026-10-01', '2026-10-06', '2026-10-27'],
      ['2026-11-03', '2026-11-03', '2026-11-24'],
    ]);
    expect(c.charges[1].notifyAt).toEqual(sessions[3].endsAt);
    expect(day(c.paidThrough)).toBe('2026-10-27');
    expect(c.events.some((e) => e.kind === 'periods-recomputed')).toBe(true);
    expect(c.events.filter((e) => e.kind === 'class-refund').map((e) => e.detail)).toEqual([
      { sessionId: sessions[1].id, amount: 6000, classesCancelled: 1 },
    ]);

    // Suspended by staff: the child's booked classes ahead go after the commit and a new booking is refused (B8).
    const suspended = await tx((t) =>
      suspendContract(t, c.id, { actorId: admin.id, now: at(2026, 10, 20), reason: 'test' }),
    );
    advanceClock(at(2026, 10, 20).getTime() - currentTime().getTime());
    await afterContractChange(suspended);
    // The 6 October class is over and kept; the cancelled 13 October one and every class from 20 October go.
    expect(await bookingsOf(child.id)).toEqual(['BOOKED', ...Array(9).fill('CANCELLED')]);
    // The live area's contract gate (lib/live/bookings/contract-gate.ts) reads the same rule as lib/billing/access.ts.
    expect(await refusal(bookSession(parent, child.id, sessions[7].id, at(2026, 10, 20)))).toBe(
      'liveEngine.contractSuspended',
    );
    // The next period paid during the suspension: access back and the classes ahead booked again.
    await tx((t) => applyChargePaid(t, c.charges[1].id, { paidAt: at(2026, 10, 21), via: 'LINK' }));
    expect((await contract(s.contractId)).status).toBe('ACTIVE');
    // (the 20 October class is over by then and stays cancelled).
    expect(await bookingsOf(child.id)).toEqual(['BOOKED', 'CANCELLED', 'CANCELLED', ...Array(7).fill('BOOKED')]);
    const ended = await tx((t) => endContract(t, c.id, { reason: 'staff', actorId: admin.id, now: at(2026, 10, 22) }));
    c = await contract(s.contractId);
    expect([c.status, c.charges[1].status, c.charges[2].status]).toEqual(['ENDED', 'PAID', 'CANCELLED']);
    expect(ended.cancelBookingsOf).toEqual([child.id]);
  });

  it('a notice lets the paid period run out and cancels the next one, nothing refunded (L10)', async () => {
    const { group } = await weeklyGroup(at(2026, 10, 6, 17), 8);
    const o = await offer('live-4', 'SESSIONS', 24000, { liveGroupId: group.id, periodSessions: 4 });
    const payer = await makeUser();
    const s = await sign({ offerId: o.id, payerId: payer.id, beneficiaryId: payer.id, now: at(2026, 10, 1) });
    await tx((t) => applyChargePaid(t, s.firstChargeId, { paidAt: at(2026, 10, 1, 13), via: 'LINK' }));
    // The group's one seat is taken now: nobody else may sign up (L4).
    await db().liveGroup.update({ where: { id: group.id }, data: { capacity: 1 } });
    const other = await makeUser();
    expect(
      await refusal(sign({ offerId: o.id, payerId: other.id, beneficiaryId: other.id, now: at(2026, 10, 2) })),
    ).toBe('liveEngine.groupFull');
    const r = await tx((t) => giveNotice(t, s.contractId, { actorId: payer.id, now: at(2026, 10, 20) }));
    expect(r.quote).toMatchObject({ endsOn: '2026-10-27', refund: 0, owed: 0 });
    const c = await contract(s.contractId);
    expect([c.status, day(c.endsOn), c.charges[1].status]).toEqual(['ACTIVE', '2026-10-27', 'CANCELLED']);
  });
});

describe('a suspension with two charges overdue', () => {
  it('lasts until both are paid', async () => {
    const o = await offer('family-instalments', 'INSTALMENTS', 299800);
    const payer = await makeUser();
    const s = await sign({ offerId: o.id, payerId: payer.id, beneficiaryId: payer.id, now: at(2026, 10, 1) });
    await tx((t) => applyChargePaid(t, s.firstChargeId, { paidAt: at(2026, 10, 1, 13), via: 'LINK' }));
    const topUp = await db().contractCharge.create({
      data: {
        contractId: s.contractId,
        seq: 3,
        kind: 'TOP_UP',
        label: 'Dopłata',
        amount: 5000,
        currency: 'PLN',
        dueDate: new Date('2027-02-01T00:00:00Z'),
      },
    });
    await tx((t) => suspendContract(t, s.contractId, { actorId: null, now: at(2027, 2, 25, 6) }));
    const second = (await contract(s.contractId)).charges.find((ch) => ch.seq === 2)!;
    expect((await tx((t) => applyChargePaid(t, second.id, { paidAt: at(2027, 2, 26), via: 'LINK' }))).effect).toBe(
      'paid',
    );
    expect((await contract(s.contractId)).status).toBe('SUSPENDED');
    expect((await tx((t) => applyChargePaid(t, topUp.id, { paidAt: at(2027, 2, 27), via: 'LINK' }))).effect).toBe(
      'resumed',
    );
    expect((await contract(s.contractId)).status).toBe('ACTIVE');
  });
});

describe('discounts at signing', () => {
  it('spreads a percent discount over the instalments, never over the starter pack', async () => {
    const o = await offer('centre-half', 'INSTALMENTS', 320000);
    const payer = await makeUser();
    const s = await sign({
      offerId: o.id,
      payerId: payer.id,
      beneficiaryId: payer.id,
      now: at(2026, 9, 2),
      discounts: [{ type: 'SIBLING', kind: 'PERCENT', value: 1000, status: 'PENDING', declared: { sibling: 'Jan' } }],
    });
    const c = await db().contract.findUniqueOrThrow({
      where: { id: s.contractId },
      include: { charges: { orderBy: { seq: 'asc' } }, discounts: true },
    });
    expect(c.charges.map((ch) => [ch.kind, ch.amount, ch.discount])).toEqual([
      ['INSTALMENT', 160000, 16000],
      ['FEE', 16900, 0],
      ['INSTALMENT', 160000, 16000],
    ]);
    expect(c.discounts.map((d) => [d.type, d.status, d.total])).toEqual([['SIBLING', 'PENDING', 32000]]);
  });
});

describe('the SQL access rule', () => {
  it.each([
    ['ACTIVE', null, null],
    ['SUSPENDED', '2026-11-30', null],
    ['PENDING', null, null],
    ['VOID', null, 'void-deadline'],
    ['ENDED', '2026-11-30', 'payer-notice'],
    ['ENDED', '2026-11-29', 'payer-notice'],
    ['ENDED', '2026-12-31', 'unpaid'],
  ] as const)('%s through %s (%s) is the JavaScript rule', async (status, paidThrough, endReason) => {
    const o = await offer('razem-full', 'FULL', 100);
    const u = await makeUser();
    const s = await sign({ offerId: o.id, payerId: u.id, beneficiaryId: u.id, now: at(2026, 11, 1) });
    const k = await db().contract.update({
      where: { id: s.contractId },
      data: { status, paidThrough: paidThrough ? new Date(`${paidThrough}T00:00:00Z`) : null, endReason },
    });
    const rows = await db().$queryRawUnsafe<{ ok: boolean }[]>(
      `SELECT ${CONTRACT_ACCESS_SQL('k', '$2')} AS "ok" FROM "Contract" k WHERE k."id" = $1`,
      k.id,
      '2026-11-30',
    );
    expect(rows[0].ok).toBe(contractGrantsAccess(k, '2026-11-30'));
  });
});
