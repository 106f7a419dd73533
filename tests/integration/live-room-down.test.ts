// "BBB down" from the learner's side: with BigBlueButton unreachable (the integration setup points
// BBB_URL at port 9, where nothing listens), "Dołącz" (/zajecia/pokoj/<id>) sends the learner back
// to /zajecia with the "room not available yet, your booking is kept" notice, and the booking stays.
process.env.TEST_CLOCK = '1';
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { messages } from '@/lib/i18n';
import { advanceClock, currentTime, resetClock } from '@/lib/clock/clock';
import { bookSession } from '@/lib/live/bookings/book';
import type { LiveViewer } from '@/lib/live/access';
import { DAY, enrol, makeCourse, makeGroupWithSession, makeUser } from './live-fixtures';

const signedIn = vi.hoisted(() => ({ user: null as LiveViewer | null }));
vi.mock('@/lib/http/route', () => ({ routeUser: async () => signedIn.user }));
vi.mock('@/lib/jobs/queues', () => ({
  dispatchEmails: async () => {},
  enqueueMany: async () => {},
  enqueue: async () => {},
}));

const { GET } = await import('@/app/zajecia/pokoj/[sessionId]/route');

describe('the room while BigBlueButton is down', () => {
  it('redirects to the notice "not available yet", keeps the booking, and a later try still gets the same answer', async () => {
    expect(process.env.BBB_URL).toMatch(/127\.0\.0\.1:9\//); // nothing listens there
    const teacher = await makeUser(['TEACHER']);
    const course = await makeCourse();
    const start = new Date(currentTime().getTime() + 2 * DAY);
    const { session } = await makeGroupWithSession({ teacherId: teacher.id, courseId: course.id }, start, 60);
    const learner = await makeUser();
    await enrol([learner.id], course.id, new Date(Date.now() - DAY));
    await bookSession(learner, learner.id, session.id);
    signedIn.user = learner;
    advanceClock(start.getTime() - 10 * 60_000 - currentTime().getTime()); // inside the join window

    for (let i = 0; i < 2; i++) {
      const res = await GET(new Request(`http://localhost:3000/zajecia/pokoj/${session.id}`), {
        params: Promise.resolve({ sessionId: session.id }),
      });
      expect(res.status).toBe(303);
      const to = new URL(res.headers.get('location')!);
      expect(to.pathname).toBe('/zajecia');
      expect(to.searchParams.get('pokoj')).toBe(session.id);
      expect(to.searchParams.get('powod')).toBe('unavailable');
    }
    // What /zajecia shows for that reason (app/zajecia/page.tsx: ROOM_REASONS → liveLearner.room).
    expect(messages().liveLearner.room.unavailable).toMatch(/nie jest jeszcze dostępny.*rezerwacja jest zachowana/);
    const booking = await db().liveBooking.findFirstOrThrow({ where: { sessionId: session.id } });
    expect(booking.status).toBe('BOOKED');
    expect((await db().liveSession.findUniqueOrThrow({ where: { id: session.id } })).taken).toBe(1);
    resetClock();
  });
});
