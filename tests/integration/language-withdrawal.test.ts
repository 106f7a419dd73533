// Ending a language course contract (razem B7, B17–B18 with the statute): on the 14th day after
// signing the learner withdraws — the contract ends at once, their future class bookings are
// cancelled and the payment goes back (all of it, or less the part delivered when they asked to
// start early, art. 35); a day later the same button gives notice for the end of the paid month.
process.env.TEST_CLOCK = '1';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { advanceClock, currentTime, resetClock } from '@/lib/clock/clock';
import { signUpLearner, type SignupRequest } from '@/lib/language/signup/sign-up';
import { payerNotice } from '@/lib/billing/account/notice';
import { bookSession } from '@/lib/live/bookings/book';
import { daysBetween, warsawToday } from '@/lib/billing/rules/days';
import { guestForm, setUpLanguageSchool } from './language-signup-fixtures';
import { DAY, makeGroupWithSession, makeUser } from './live-fixtures';

vi.mock('@/lib/jobs/queues', () => ({
  dispatchEmails: async () => {},
  enqueueMany: async () => {},
  enqueue: async () => {},
}));

const { fx, pay } = setUpLanguageSchool();
let teacherId = '';
beforeAll(async () => {
  teacherId = (await makeUser(['TEACHER'])).id;
});
afterEach(() => resetClock());

/** A learner signed up and paid, booked into an A2 class three weeks ahead. */
async function payingLearner(early: boolean) {
  const form = guestForm({ immediateStart: early ? 'on' : undefined, payMethod: 'LINK' });
  const s = await signUpLearner(form as SignupRequest, { ip: '203.0.113.9' });
  if (s.fieldErrors) throw new Error(JSON.stringify(s.fieldErrors));
  await pay(s.firstChargeId);
  const contract = await db().contract.findFirstOrThrow({ where: { payerId: s.payerId } });
  expect(contract.status).toBe('ACTIVE');
  const { session } = await makeGroupWithSession(
    { teacherId, courseId: fx.a2CourseId, bookingMode: 'OPEN' },
    new Date(currentTime().getTime() + 21 * DAY),
  );
  await bookSession({ id: s.payerId, roles: ['LEARNER'] }, s.payerId, session.id);
  return { payerId: s.payerId, contract, sessionId: session.id };
}

const bookingOf = (userId: string, sessionId: string) =>
  db().liveBooking.findUniqueOrThrow({ where: { sessionId_userId: { sessionId, userId } } });
const refundDue = (contractId: string) => db().contractEvent.findMany({ where: { contractId, kind: 'refund-due' } });

describe('withdrawal on the 14th day', () => {
  it('without the early-start request: ended now, the booking cancelled, everything refunded', async () => {
    const l = await payingLearner(false);
    expect((await bookingOf(l.payerId, l.sessionId)).status).toBe('BOOKED');
    advanceClock(14 * DAY);
    await payerNotice(l.payerId, l.contract.id);
    const c = await db().contract.findUniqueOrThrow({ where: { id: l.contract.id } });
    expect(c).toMatchObject({ status: 'ENDED', endReason: 'withdrawal' });
    expect((await bookingOf(l.payerId, l.sessionId)).status).toBe('CANCELLED');
    const due = await refundDue(c.id);
    expect(due.map((e) => (e.detail as { amount: number }).amount)).toEqual([39900]);
    // The next month's charge is not owed.
    const open = await db().contractCharge.count({ where: { contractId: c.id, status: 'OPEN' } });
    expect(open).toBe(0);
  });

  it('after the early-start request: the delivered days are paid, the rest refunded', async () => {
    const l = await payingLearner(true);
    advanceClock(14 * DAY);
    await payerNotice(l.payerId, l.contract.id);
    const first = await db().contractCharge.findFirstOrThrow({ where: { contractId: l.contract.id, seq: 1 } });
    const start = first.periodStart!.toISOString().slice(0, 10);
    const end = first.periodEnd!.toISOString().slice(0, 10);
    const delivered = daysBetween(start, warsawToday(currentTime())) + 1;
    const performed = Math.round((39900 * delivered) / (daysBetween(start, end) + 1));
    const due = await refundDue(l.contract.id);
    expect(due.map((e) => (e.detail as { amount: number }).amount)).toEqual([39900 - performed]);
    expect(performed).toBeGreaterThan(0);
    expect((await bookingOf(l.payerId, l.sessionId)).status).toBe('CANCELLED');
  });
});

describe('notice after the 14 days', () => {
  it('takes effect when the paid month ends: access and the booking in it stay, nothing refunded', async () => {
    const l = await payingLearner(true);
    advanceClock(15 * DAY);
    await payerNotice(l.payerId, l.contract.id);
    const c = await db().contract.findUniqueOrThrow({ where: { id: l.contract.id } });
    expect(c.status).toBe('ACTIVE');
    expect(c.endsOn?.toISOString().slice(0, 10)).toBe(c.paidThrough?.toISOString().slice(0, 10));
    expect(await refundDue(c.id)).toHaveLength(0);
    expect((await bookingOf(l.payerId, l.sessionId)).status).toBe('BOOKED');
  });
});
