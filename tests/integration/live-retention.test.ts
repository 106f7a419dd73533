// The live area's retention runners on a real database: bookings and attendance go 12 months after
// their class and not before; a deleted account's calendar-feed token goes a day after the
// deletion; each runs twice without deleting twice.
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { purgeDeletedAccountFeedTokens, purgeOldBookings } from '@/lib/live/retention';
import { issueFeedToken } from '@/lib/live/calendar/feed';
import { DAY, makeGroupWithSession, makeUser } from './live-fixtures';

vi.mock('@/lib/jobs/queues', () => ({
  dispatchEmails: async () => {},
  enqueueMany: async () => {},
  enqueue: async () => {},
}));

describe('live retention', () => {
  it('deletes bookings of classes that ended over 12 months ago, keeps younger ones', async () => {
    const now = new Date();
    const teacher = await makeUser(['TEACHER']);
    const learner = await makeUser();
    const old = await makeGroupWithSession({ teacherId: teacher.id }, new Date(now.getTime() - 370 * DAY), 60);
    const recent = await makeGroupWithSession({ teacherId: teacher.id }, new Date(now.getTime() - 360 * DAY), 60);
    for (const s of [old.session, recent.session])
      await db().liveBooking.create({
        data: { sessionId: s.id, userId: learner.id, status: 'BOOKED', kind: 'REGULAR', attended: true },
      });
    expect(await purgeOldBookings(now)).toBe(1);
    expect(await purgeOldBookings(now)).toBe(0);
    const left = await db().liveBooking.findMany({ where: { userId: learner.id }, select: { sessionId: true } });
    expect(left.map((b) => b.sessionId)).toEqual([recent.session.id]);
    // The session itself (the teacher's schedule) stays.
    expect(await db().liveSession.count({ where: { id: old.session.id } })).toBe(1);
  });

  it("deletes a deleted account's feed token a day after the deletion, keeps everyone else's", async () => {
    const now = new Date();
    const [gone, fresh, alive] = [await makeUser(), await makeUser(), await makeUser()];
    for (const u of [gone, fresh, alive]) await issueFeedToken(u.id);
    await db().user.update({ where: { id: gone.id }, data: { deletedAt: new Date(now.getTime() - 2 * DAY) } });
    await db().user.update({ where: { id: fresh.id }, data: { deletedAt: new Date(now.getTime() - DAY / 2) } });
    expect(await purgeDeletedAccountFeedTokens(now)).toBe(1);
    expect(await purgeDeletedAccountFeedTokens(now)).toBe(0);
    const ids = (await db().calendarFeedToken.findMany({ select: { userId: true } })).map((t) => t.userId);
    expect(ids).not.toContain(gone.id);
    expect(ids).toEqual(expect.arrayContaining([fresh.id, alive.id]));
  });
});
