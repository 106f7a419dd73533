// A language learner's suspension on a real database (B8–B11): the day after a missed due date the
// daily run suspends the contract, the learner's future bookings in every level it grants (the
// first level and the next one opened by a passed test) are cancelled, the zone hides lessons and
// booking and shows the overdue charge with its pay link, and booking is refused; nothing of the
// progress goes. Paying restores access with the billing month restarted on the payment day (B10).
process.env.TEST_CLOCK = '1';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { UserError } from '@/lib/errors';
import { messages } from '@/lib/i18n';
import { setClockOffset } from '@/lib/clock/clock';
import { runBillingDay } from '@/lib/billing/run/daily';
import { bookSession } from '@/lib/live/bookings/book';
import { openNextLevel } from '@/lib/language/progress';
import { learnerZone } from '@/lib/language/zone/zone-page';
import { at, chargesOf, contractRow, date } from './billing-run-fixtures';
import { payCharge } from './billing-run-pay';
import { makeGroupWithSession, makeUser } from './live-fixtures';
import { makeLearner, makeProgramme, sitTest } from './language-fixtures';

vi.mock('@/lib/jobs/queues', () => ({
  dispatchEmails: async () => {},
  enqueueMany: async () => {},
  enqueue: async () => {},
}));

const clockAt = (d: Date) => setClockOffset(d.getTime() - Date.now());
const bookingsOf = (userId: string) =>
  db().liveBooking.findMany({
    where: { userId },
    orderBy: { session: { startsAt: 'asc' } },
    select: { sessionId: true, status: true },
  });

let programme: Awaited<ReturnType<typeof makeProgramme>>;
beforeAll(async () => {
  programme = await makeProgramme();
});

describe('suspension and restore (B8–B11)', () => {
  it('suspends, cancels bookings of every granted level, blocks the zone, and restores on payment with a new anchor', async () => {
    const { user, contract } = await makeLearner(
      programme,
      [
        { dueDate: '2027-01-10', status: 'PAID', periodStart: '2027-01-10', periodEnd: '2027-02-09' },
        { dueDate: '2027-02-10', periodStart: '2027-02-10', periodEnd: '2027-03-09' },
      ],
      at('2027-01-10', 10),
      '2027-02-09',
    );
    const [a1, a2] = programme.levels;
    const teacher = await makeUser(['TEACHER']);
    const a1Class = await makeGroupWithSession({ teacherId: teacher.id, courseId: a1!.courseId }, at('2027-02-20', 17));
    const a2Class = await makeGroupWithSession({ teacherId: teacher.id, courseId: a2!.courseId }, at('2027-02-21', 17));
    const a2Later = await makeGroupWithSession({ teacherId: teacher.id, courseId: a2!.courseId }, at('2027-02-22', 17));

    clockAt(at('2027-02-05', 12));
    await bookSession(user, user.id, a1Class.session.id);
    await sitTest(user.id, a1!.courseId, 82, at('2027-02-05', 11), true);
    await openNextLevel(user.id, a1!.courseId, at('2027-02-05', 11, 30));
    await bookSession(user, user.id, a2Class.session.id);
    expect((await bookingsOf(user.id)).map((b) => b.status)).toEqual(['BOOKED', 'BOOKED']);
    const before = await learnerZone(user, at('2027-02-05', 12));
    expect(before!.access).toEqual({ kind: 'open' });
    expect(before!.study!.classes.map((s) => s.sessionId)).toEqual([
      a1Class.session.id,
      a2Class.session.id,
      a2Later.session.id,
    ]);

    // The due date passes unpaid: suspended the day after, every future place cancelled.
    clockAt(at('2027-02-11', 6));
    await runBillingDay(at('2027-02-11', 6));
    expect((await contractRow(contract.id)).status).toBe('SUSPENDED');
    expect((await bookingsOf(user.id)).map((b) => b.status)).toEqual(['CANCELLED', 'CANCELLED']);

    const suspendedAt = at('2027-02-11', 10);
    const zone = await learnerZone(user, suspendedAt);
    expect(zone!.access).toEqual({ kind: 'blocked', status: 'SUSPENDED', contractNumber: contract.number });
    expect(zone!.study).toBeNull();
    const [, open] = await chargesOf(contract.id);
    expect(zone!.contracts[0]!.open).toEqual([
      expect.objectContaining({ id: open!.id, payable: true, state: { kind: 'overdue', days: 1 } }),
    ]);
    // Nothing of the progress went: the passed A1 test and the A2 level are still there.
    expect(zone!.levels.map((l) => l.kind)).toEqual(['passed', 'current', 'locked']);

    clockAt(suspendedAt);
    const refused = await bookSession(user, user.id, a2Later.session.id).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(UserError);
    expect((refused as UserError).message).toBe(messages().liveEngine.contractSuspended);

    // Paid during the suspension: active again, the next month counted from the payment day.
    await payCharge(open!.id, at('2027-02-13', 12));
    const resumed = await contractRow(contract.id);
    expect(resumed.status).toBe('ACTIVE');
    expect(resumed.anchorDate).toEqual(date('2027-02-13'));
    expect((await chargesOf(contract.id)).find((c) => c.seq === 3)!.dueDate).toEqual(date('2027-03-13'));

    clockAt(at('2027-02-13', 13));
    const back = await learnerZone(user, at('2027-02-13', 13));
    expect(back!.access).toEqual({ kind: 'open' });
    expect(back!.study!.classes.map((s) => s.sessionId)).toContain(a2Later.session.id);
    expect(await bookSession(user, user.id, a2Later.session.id)).toMatchObject({ status: 'BOOKED' });
  });
});
