// The learner page's reads on a real database: waiting places, past sessions with recordings for
// 30 days, make-up choices of the programme, a parent acting for a child, the header's live check.
process.env.TEST_CLOCK = '1';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { NotFoundError } from '@/lib/errors';
import { bookSession } from '@/lib/live/bookings/book';
import { cancelBooking } from '@/lib/live/bookings/cancel';
import { recordingExpiresAt } from '@/lib/live/rules/windows';
import { hasLiveClasses, learnersOf, makeUpChoicesFor, pastFor, upcomingFor } from '@/lib/live/learner/overview';
import { DAY, HOUR, enrol, makeCourse, makeGroupWithSession, makeUser, makeUsers } from './live-fixtures';

vi.mock('@/lib/jobs/queues', () => ({
  dispatchEmails: async () => {},
  enqueueMany: async () => {},
  enqueue: async () => {},
}));

let teacher: Awaited<ReturnType<typeof makeUser>>;
beforeAll(async () => {
  teacher = await makeUser(['TEACHER'], 'Lektor');
});

describe('upcomingFor', () => {
  it('shows each waiting person their own place, and the place moves up when a seat frees', async () => {
    const now = new Date();
    const course = await makeCourse();
    const [a, b, c] = await makeUsers(3);
    await enrol([a!.id, b!.id, c!.id], course.id, new Date(now.getTime() - DAY));
    const { session } = await makeGroupWithSession(
      { teacherId: teacher.id, courseId: course.id, capacity: 1 },
      new Date(now.getTime() + 3 * DAY),
    );
    await bookSession(a!, a!.id, session.id, now);
    await bookSession(b!, b!.id, session.id, now);
    await bookSession(c!, c!.id, session.id, now);
    const place = async (u: typeof a) => (await upcomingFor(u!, u!.id, now)).find((s) => s.sessionId === session.id);
    expect((await place(a))?.booking?.status).toBe('BOOKED');
    expect((await place(b))?.waitingPlace).toBe(1);
    expect((await place(c))?.waitingPlace).toBe(2);
    expect((await place(c))?.seatsLeft).toBe(0);
    await cancelBooking(a!, a!.id, session.id, now);
    expect((await place(b))?.booking?.status).toBe('BOOKED');
    expect((await place(c))?.waitingPlace).toBe(1);
    expect((await place(a))?.booking).toBeNull();
    expect((await place(a))?.cutoffHours).toBe(12);
  });
});

describe('pastFor', () => {
  it('lists a booked past session with its recording until 30 days after the end, then without it', async () => {
    const learner = await makeUser();
    const startsAt = new Date(Date.now() - 2 * DAY);
    const { groupId, session } = await makeGroupWithSession(
      { teacherId: teacher.id, bookingMode: 'MEMBERS', records: true },
      startsAt,
      60,
    );
    await db().liveGroupMember.create({ data: { groupId, userId: learner.id } });
    await db().liveBooking.create({ data: { sessionId: session.id, userId: learner.id, status: 'BOOKED' } });
    await db().liveRecording.create({
      data: {
        sessionId: session.id,
        recordId: `rec-${session.id}`,
        playbackUrl: 'https://bbb.example/playback/1',
        startedAt: startsAt,
        endedAt: session.endsAt,
        expiresAt: recordingExpiresAt(session.endsAt),
      },
    });
    const soon = new Date(session.endsAt.getTime() + HOUR);
    const [seen] = await pastFor(learner, learner.id, soon);
    expect(seen?.sessionId).toBe(session.id);
    expect(seen?.recordings.map((r) => r.playbackUrl)).toEqual(['https://bbb.example/playback/1']);
    const later = new Date(recordingExpiresAt(session.endsAt).getTime() + 1);
    const after = await pastFor(learner, learner.id, later);
    expect(after.find((s) => s.sessionId === session.id)?.recordings ?? []).toEqual([]);
  });

  it("refuses someone else's learner as not found", async () => {
    const [x, y] = await makeUsers(2);
    await expect(pastFor(x!, y!.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('a parent and a child', () => {
  it('lists the children, sees the child’s make-up choices and the header check is true for both', async () => {
    const parent = await makeUser(['PARENT'], 'Anna');
    const child = await makeUser(['CHILD'], 'Zosia');
    await db().child.create({ data: { parentId: parent.id, userId: child.id, fullName: 'Zosia K', birthYear: 2017 } });
    const people = await learnersOf(parent);
    expect(people.map((p) => [p.id, p.self])).toEqual([
      [parent.id, true],
      [child.id, false],
    ]);
    expect(await hasLiveClasses(parent.id)).toBe(false);

    const programme = `prog-${child.id}`;
    const now = new Date();
    const own = await makeGroupWithSession(
      { teacherId: teacher.id, bookingMode: 'MEMBERS', programme },
      new Date(now.getTime() + 2 * DAY),
    );
    const other = await makeGroupWithSession(
      { teacherId: teacher.id, bookingMode: 'MEMBERS', programme, capacity: 2 },
      new Date(now.getTime() + 3 * DAY),
    );
    const full = await makeGroupWithSession(
      { teacherId: teacher.id, bookingMode: 'MEMBERS', programme, capacity: 1 },
      new Date(now.getTime() + 4 * DAY),
    );
    await db().liveSession.update({ where: { id: full.session.id }, data: { taken: 1 } });
    await db().liveGroupMember.create({ data: { groupId: own.groupId, userId: child.id } });

    expect(await hasLiveClasses(parent.id)).toBe(true);
    expect(await hasLiveClasses(child.id)).toBe(true);
    const [choices] = await makeUpChoicesFor(parent, child.id, now);
    expect(choices?.programme).toBe(programme);
    expect(choices?.missed.map((m) => m.sessionId)).toEqual([own.session.id]);
    expect(choices?.targets.map((t) => [t.sessionId, t.seatsLeft])).toEqual([[other.session.id, 2]]);

    const stranger = await makeUser(['PARENT']);
    await expect(makeUpChoicesFor(stranger, child.id, now)).rejects.toBeInstanceOf(NotFoundError);
  });
});
