// The contract gate of booking (#19) on a real database: a membership or an enrolment that came
// with a contract entitles only while the contract grants access (active, or ended on the payer's
// notice with the paid period still running); otherwise booking is refused with the Polish
// "access suspended" message, by the one-statement path and the locking path alike, writing nothing.
process.env.TEST_CLOCK = '1';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { UserError } from '@/lib/errors';
import { messages } from '@/lib/i18n';
import { currentTime } from '@/lib/clock/clock';
import { bookSession } from '@/lib/live/bookings/book';
import { placeAtOnce } from '@/lib/live/bookings/place-at-once';
import type { ContractStatus } from '@/lib/db/generated/enums';
import { DAY, makeCourse, makeGroupWithSession, makeUser } from './live-fixtures';

vi.mock('@/lib/jobs/queues', () => ({
  dispatchEmails: async () => {},
  enqueueMany: async () => {},
  enqueue: async () => {},
}));

let teacher: Awaited<ReturnType<typeof makeUser>>;
let offerId: string;
beforeAll(async () => {
  teacher = await makeUser(['TEACHER']);
  const offer = await db().billingOffer.create({
    data: {
      slug: `gate-${process.pid}`,
      title: 'Live',
      product: 'live',
      planKind: 'MONTHLY',
      planCode: 'razem',
      amount: 9900,
    },
  });
  offerId = offer.id;
});

/** A Warsaw calendar day `days` from today, as a @db.Date value. */
function warsawDay(days: number): Date {
  const iso = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw' }).format(currentTime());
  return new Date(new Date(`${iso}T00:00:00Z`).getTime() + days * DAY);
}

let n = 0;
async function contract(learnerId: string, status: ContractStatus, endReason: string | null, paidThrough: Date | null) {
  const c = await db().contract.create({
    data: {
      number: `UM/TEST/${process.pid}-${++n}`,
      offerId,
      payerId: learnerId,
      beneficiaryId: learnerId,
      status,
      endReason,
      paidThrough,
      planKind: 'MONTHLY',
      planCode: 'razem',
      termination: 'END_OF_PAID_MONTH',
      currency: 'PLN',
      amount: 9900,
      termsVersion: 't1',
      signedAt: currentTime(),
    },
  });
  return c.id;
}

async function outcome(p: Promise<unknown>): Promise<string> {
  return p.then(
    () => 'booked',
    (e: unknown) => {
      if (e instanceof UserError) return e.message;
      throw e;
    },
  );
}

const suspended = messages().liveEngine.contractSuspended;

// [contract status, end reason, paid through (days from today), booked?]; null status: no contract.
const CASES = [
  [null, null, null, true],
  ['ACTIVE', null, null, true],
  ['SUSPENDED', null, null, false],
  ['PENDING', null, null, false],
  ['VOID', null, null, false],
  ['ENDED', 'payer-notice', 0, true], // the paid period runs to the end of today
  ['ENDED', 'payer-notice', 5, true],
  ['ENDED', 'payer-notice', -1, false],
  ['ENDED', 'unpaid', 5, false],
  ['ENDED', 'payer-notice', null, false],
] as const;

describe.each(['MEMBERS', 'OPEN'] as const)('a %s group', (mode) => {
  it.each(CASES)('contract %s (%s, paid through %s) → booked %s', async (status, endReason, paidDays, booked) => {
    const course = await makeCourse();
    const { groupId, session } = await makeGroupWithSession(
      { teacherId: teacher.id, bookingMode: mode, courseId: course.id },
      new Date(currentTime().getTime() + 3 * DAY),
    );
    const learner = await makeUser();
    const contractId =
      status === null
        ? null
        : await contract(learner.id, status, endReason, paidDays === null ? null : warsawDay(paidDays));
    if (mode === 'MEMBERS') await db().liveGroupMember.create({ data: { groupId, userId: learner.id, contractId } });
    else
      await db().enrolment.create({
        data: { userId: learner.id, courseId: course.id, startsAt: new Date(Date.now() - DAY), contractId },
      });

    if (!booked) {
      // The one-statement path writes nothing; the locking path says why.
      expect(
        await placeAtOnce({ sessionId: session.id, learnerId: learner.id, bookedById: learner.id }, currentTime()),
      ).toBeNull();
    }
    expect(await outcome(bookSession(learner, learner.id, session.id))).toBe(booked ? 'booked' : suspended);
    const after = await db().liveSession.findUniqueOrThrow({ where: { id: session.id } });
    expect(after.taken).toBe(booked ? 1 : 0);
    expect(await db().liveBooking.count({ where: { sessionId: session.id } })).toBe(booked ? 1 : 0);
  });
});

it('a learner without the membership or enrolment at all still gets the "not entitled" message', async () => {
  const course = await makeCourse();
  const { session } = await makeGroupWithSession(
    { teacherId: teacher.id, bookingMode: 'OPEN', courseId: course.id },
    new Date(currentTime().getTime() + 3 * DAY),
  );
  const learner = await makeUser();
  expect(await outcome(bookSession(learner, learner.id, session.id))).toBe(messages().liveEngine.notEntitledCourse);
});
