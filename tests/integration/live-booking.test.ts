// The live-classes engine on a real database: seats under concurrency (50 requests for 12 seats),
// the waiting list advancing exactly once, teacher clashes, make-ups, cut-offs, rooms, staff
// cancellations and the 30-day recording expiry on the test clock against the BBB simulator.
process.env.TEST_CLOCK = '1';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { UserError } from '@/lib/errors';
import { advanceClock, currentTime, resetClock } from '@/lib/clock/clock';
import { startTestBbb } from '../support/local-bbb';
import { bbbConfig, endMeeting, getRecordings } from '@/lib/live/bbb/client';
import { takeSeat } from '@/lib/live/bookings/seat';
import { placeAtOnce } from '@/lib/live/bookings/place-at-once';
import { bookMakeUp, bookSession } from '@/lib/live/bookings/book';
import { cancelBooking } from '@/lib/live/bookings/cancel';
import { addDayOff, createLiveGroup, removeDayOff } from '@/lib/live/groups/create';
import { addMember } from '@/lib/live/groups/members';
import { cancelSession } from '@/lib/live/sessions/cancel';
import { changeSessionCapacity, moveSession, sessionsBelowMinimum } from '@/lib/live/sessions/manage';
import { markAttendance, sessionRoster } from '@/lib/live/sessions/teacher';
import { publishSlots, removeSlot } from '@/lib/live/slots/publish';
import { sessionsForLearner } from '@/lib/live/bookings/learner-sessions';
import { cancelFutureBookings } from '@/lib/live/bookings/end-entitlement';
import { changeGroupCapacity } from '@/lib/live/groups/capacity';
import { roomLinkFor } from '@/lib/live/room';
import { expireRecordings, recordingsFor, syncRecordings } from '@/lib/live/recordings';
import { feedEventsFor, feedOwner, issueFeedToken } from '@/lib/live/calendar/feed';
import { remindBookedSessions } from '@/lib/live/reminders';
import { DAY, HOUR, enrol, makeCourse, makeGroupWithSession, makeUser, makeUsers } from './live-fixtures';

vi.mock('@/lib/jobs/queues', () => ({
  dispatchEmails: async () => {},
  enqueueMany: async () => {},
  enqueue: async () => {},
}));

// Before any env() read: the engine's bbbConfig() reads BBB_URL once. The simulator follows the test clock.
const bbb = await startTestBbb({ now: () => currentTime().getTime() });
afterAll(() => bbb.close());
afterEach(() => resetClock());

async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof UserError) return e.codes.map((c) => (typeof c === 'string' ? c : c.code)).join(' ');
    throw e;
  }
  throw new Error('expected a refusal');
}

let admin: Awaited<ReturnType<typeof makeUser>>;
let teacher: Awaited<ReturnType<typeof makeUser>>;
beforeAll(async () => {
  admin = await makeUser(['ADMINISTRATOR']);
  teacher = await makeUser(['TEACHER'], 'Lektor');
});

describe('the seat UPDATE', () => {
  // Pins the SQL condition against the rule it implements: a seat is free iff taken < capacity on a scheduled session.
  it.each([
    [12, 0, 'SCHEDULED', true],
    [12, 11, 'SCHEDULED', true],
    [12, 12, 'SCHEDULED', false],
    [1, 0, 'SCHEDULED', true],
    [1, 1, 'SCHEDULED', false],
    [12, 3, 'CANCELLED', false],
  ] as const)('capacity %i, taken %i, %s → seat %s', async (capacity, taken, status, expected) => {
    const { session } = await makeGroupWithSession(
      { teacherId: teacher.id, capacity },
      new Date(Date.now() + 40 * DAY),
    );
    await db().liveSession.update({ where: { id: session.id }, data: { taken, status } });
    const got = await db().$transaction((tx) => takeSeat(tx, session.id));
    expect(got).toBe(expected);
    expect(expected).toBe(taken < capacity && status === 'SCHEDULED'); // the table is the rule
    const after = await db().liveSession.findUniqueOrThrow({ where: { id: session.id } });
    expect(after.taken).toBe(got ? taken + 1 : taken);
  });

  it.each([
    [12, 0, 'SCHEDULED', 'BOOKED'],
    [12, 11, 'SCHEDULED', 'BOOKED'],
    [12, 12, 'SCHEDULED', 'WAITING'],
    [1, 1, 'SCHEDULED', 'WAITING'],
    [12, 3, 'CANCELLED', 'locking path'],
  ] as const)(
    'the one-statement booking: capacity %i, taken %i, %s → %s',
    async (capacity, taken, status, expected) => {
      const course = await makeCourse();
      const { session } = await makeGroupWithSession(
        { teacherId: teacher.id, capacity, courseId: course.id },
        new Date(Date.now() + 40 * DAY),
      );
      await db().liveSession.update({ where: { id: session.id }, data: { taken, status } });
      const learner = await makeUser();
      await enrol([learner.id], course.id, new Date(Date.now() - DAY));
      const place = () =>
        placeAtOnce({ sessionId: session.id, learnerId: learner.id, bookedById: learner.id }, currentTime());
      const got = await place().then((p) => p?.status ?? 'locking path');
      expect(got).toBe(expected);
      const after = await db().liveSession.findUniqueOrThrow({ where: { id: session.id } });
      expect(after.taken).toBe(got === 'BOOKED' ? taken + 1 : taken);
      // A second time the statement writes nothing (the person has a place); the locking path refuses.
      expect(await place()).toBeNull();
      expect(await refusal(bookSession(learner, learner.id, session.id))).toBe(
        status === 'SCHEDULED' ? 'liveEngine.alreadyBooked' : 'liveEngine.sessionNotScheduled',
      );
      expect((await db().liveSession.findUniqueOrThrow({ where: { id: session.id } })).taken).toBe(after.taken);
    },
  );
});

describe('booking under concurrency', () => {
  it('50 concurrent bookings for 12 seats: 12 booked, 38 waiting; a freed seat goes to the first waiting person once', async () => {
    const course = await makeCourse();
    const start = new Date(currentTime().getTime() + 3 * DAY);
    const { session } = await makeGroupWithSession(
      { teacherId: teacher.id, courseId: course.id, bookingMode: 'OPEN' },
      start,
    );
    const learners = await makeUsers(50);
    await enrol(
      learners.map((l) => l.id),
      course.id,
      new Date(currentTime().getTime() - DAY),
    );

    const results = await Promise.all(learners.map((l) => bookSession(l, l.id, session.id)));
    expect(results.filter((r) => r.status === 'BOOKED')).toHaveLength(12);
    expect(results.filter((r) => r.status === 'WAITING')).toHaveLength(38);
    // A position is what the person is told at once (counted outside the lock); the order itself is the roster's below.
    for (const r of results.filter((x) => x.status === 'WAITING')) expect(r.position).toBeGreaterThanOrEqual(1);
    for (const r of results.filter((x) => x.status === 'WAITING')) expect(r.position).toBeLessThanOrEqual(38);
    expect((await db().liveSession.findUniqueOrThrow({ where: { id: session.id } })).taken).toBe(12);

    // Nobody books twice: the same person again is refused, the counter unchanged.
    const someone = learners[0];
    expect(await refusal(bookSession(someone, someone.id, session.id))).toBe('liveEngine.alreadyBooked');

    const firstWaiting = await db().liveBooking.findFirstOrThrow({
      where: { sessionId: session.id, status: 'WAITING' },
      orderBy: { queueNo: 'asc' },
    });
    const leaver = await db().liveBooking.findFirstOrThrow({ where: { sessionId: session.id, status: 'BOOKED' } });
    const leaverViewer = learners.find((l) => l.id === leaver.userId)!;
    const [a, b] = await Promise.all([
      cancelBooking(leaverViewer, leaver.userId, session.id),
      cancelBooking(leaverViewer, leaver.userId, session.id),
    ]);
    expect([a.was, b.was].sort()).toEqual(['BOOKED', null].sort());
    expect([a.promotedBookingId, b.promotedBookingId].filter(Boolean)).toEqual([firstWaiting.id]);

    const rows = await db().liveBooking.groupBy({ by: ['status'], where: { sessionId: session.id }, _count: true });
    const count = Object.fromEntries(rows.map((r) => [r.status, r._count]));
    expect(count).toEqual({ BOOKED: 12, WAITING: 37, CANCELLED: 1 });
    expect((await db().liveSession.findUniqueOrThrow({ where: { id: session.id } })).taken).toBe(12);
    expect((await db().liveBooking.findUniqueOrThrow({ where: { id: firstWaiting.id } })).status).toBe('BOOKED');
    expect(
      await db().emailMessage.count({
        where: { template: 'live-seat-promoted', onceKey: { startsWith: `live-promoted:${firstWaiting.id}:` } },
      }),
    ).toBe(1);

    // The roster shows the teacher both lists, in order.
    const roster = await sessionRoster(teacher, session.id);
    expect(roster.booked).toHaveLength(12);
    expect(roster.waiting.map((w) => w.position)).toEqual(Array.from({ length: 37 }, (_, i) => i + 1));
    await expect(sessionRoster(learners[1], session.id)).rejects.toThrow('not found');
  });

  it('a learner without an active enrolment, or someone else acting for them, is refused', async () => {
    const course = await makeCourse();
    const { session } = await makeGroupWithSession(
      { teacherId: teacher.id, courseId: course.id },
      new Date(Date.now() + 5 * DAY),
    );
    const learner = await makeUser();
    expect(await refusal(bookSession(learner, learner.id, session.id))).toBe('liveEngine.notEntitledCourse');
    const stranger = await makeUser();
    await enrol([learner.id], course.id, new Date(Date.now() - DAY));
    await expect(bookSession(stranger, learner.id, session.id)).rejects.toThrow('not found');
  });

  it('a parent books for their child', async () => {
    const parent = await makeUser(['PARENT']);
    const child = await makeUser(['CHILD'], 'Zosia');
    await db().child.create({ data: { parentId: parent.id, userId: child.id, fullName: 'Zosia', birthYear: 2016 } });
    const { groupId, session } = await makeGroupWithSession(
      { teacherId: teacher.id, bookingMode: 'MEMBERS' },
      new Date(Date.now() + 5 * DAY),
    );
    expect(await refusal(bookSession(parent, child.id, session.id))).toBe('liveEngine.notEntitledMembers');
    await db().liveGroupMember.create({ data: { groupId, userId: child.id } });
    const r = await bookSession(parent, child.id, session.id);
    expect(r.status).toBe('BOOKED');
    expect((await db().liveBooking.findUniqueOrThrow({ where: { id: r.bookingId } })).bookedById).toBe(parent.id);
  });

  it('cancelling after the cut-off is refused and keeps the seat', async () => {
    const course = await makeCourse();
    const start = new Date(currentTime().getTime() + 20 * HOUR);
    const { session } = await makeGroupWithSession({ teacherId: teacher.id, courseId: course.id }, start);
    const learner = await makeUser();
    await enrol([learner.id], course.id, new Date(Date.now() - DAY));
    await bookSession(learner, learner.id, session.id);
    advanceClock(9 * HOUR); // 11 h before the start, the cut-off is 12 h
    expect(await refusal(cancelBooking(learner, learner.id, session.id))).toBe('live.windows.cancelClosed');
    expect((await db().liveSession.findUniqueOrThrow({ where: { id: session.id } })).taken).toBe(1);
  });
});

describe('groups and schedules', () => {
  const schedule = (weekday: 1 | 2 | 3 | 4 | 5 | 6 | 7, startTime: string) => {
    const first = new Date(currentTime().getTime() + 7 * DAY).toISOString().slice(0, 10);
    const last = new Date(currentTime().getTime() + 40 * DAY).toISOString().slice(0, 10);
    return { weekday, startTime, durationMinutes: 100, breakMinutes: 10, firstDay: first, lastDay: last };
  };

  it('generates the sessions; an overlapping group of the same teacher is refused with the date, nothing written', async () => {
    const t = await makeUser(['TEACHER']);
    const created = await createLiveGroup(admin, {
      programme: 'mat-4',
      title: 'Matematyka 4A',
      teacherId: t.id,
      schedule: schedule(2, '17:00'),
    });
    expect(created.sessions).toBeGreaterThanOrEqual(4);
    const sessions = await db().liveSession.findMany({ where: { groupId: created.groupId } });
    expect(sessions.every((s) => s.capacity === 12 && s.endsAt.getTime() - s.startsAt.getTime() === 100 * 60_000)).toBe(
      true,
    );

    const groupsBefore = await db().liveGroup.count();
    const err = await createLiveGroup(admin, {
      programme: 'mat-4',
      title: 'Matematyka 4B',
      teacherId: t.id,
      schedule: schedule(2, '18:30'),
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    const code = (err as UserError).codes[0];
    expect(typeof code === 'object' && code.code).toBe('live.move.teacher-conflict');
    expect((err as UserError).message).toMatch(/\d{4} 18:30/);
    expect(await db().liveGroup.count()).toBe(groupsBefore);
    // Another day is fine; a non-teacher and bad capacity are refused.
    await createLiveGroup(admin, {
      programme: 'mat-4',
      title: 'Matematyka 4C',
      teacherId: t.id,
      schedule: schedule(3, '17:00'),
    });
    expect(
      await refusal(
        createLiveGroup(admin, { programme: 'x', title: 'X', teacherId: admin.id, schedule: schedule(4, '17:00') }),
      ),
    ).toBe('liveEngine.notATeacher');
    expect(
      await refusal(
        createLiveGroup(admin, {
          programme: 'x',
          title: 'X',
          teacherId: t.id,
          capacity: 0,
          schedule: schedule(4, '17:00'),
        }),
      ),
    ).toBe('live.capacity.bad-capacity');
    expect(
      await refusal(
        createLiveGroup(t, { programme: 'x', title: 'X', teacherId: t.id, schedule: schedule(4, '17:00') }),
      ),
    ).toBe('liveEngine.notAllowed');
  });

  it('staff change capacity but never below the bookings; more seats go to the waiting list; below-minimum list', async () => {
    const t = await makeUser(['TEACHER']);
    const course = await makeCourse();
    const { session } = await makeGroupWithSession(
      { teacherId: t.id, courseId: course.id, capacity: 2 },
      new Date(currentTime().getTime() + 2 * DAY),
    );
    const people = await makeUsers(3);
    await enrol(
      people.map((p) => p.id),
      course.id,
      new Date(Date.now() - DAY),
    );
    for (const p of people) await bookSession(p, p.id, session.id);
    expect(await refusal(changeSessionCapacity(admin, session.id, 1))).toBe('live.capacity.below-booked');
    await changeSessionCapacity(admin, session.id, 3);
    const rows = await db().liveBooking.findMany({ where: { sessionId: session.id } });
    expect(rows.every((r) => r.status === 'BOOKED')).toBe(true);
    const below = await sessionsBelowMinimum(admin, new Date(currentTime().getTime() + 3 * DAY));
    expect(below.find((b) => b.sessionId === session.id)).toMatchObject({ taken: 3, minParticipants: 6 });
  });

  it('cancelling a session e-mails everyone booked and records the undelivered class per person', async () => {
    const t = await makeUser(['TEACHER']);
    const { groupId, session } = await makeGroupWithSession(
      { teacherId: t.id, bookingMode: 'MEMBERS' },
      new Date(currentTime().getTime() + 4 * DAY),
    );
    const kids = await makeUsers(3);
    for (const k of kids) await addMember(admin, groupId, k.id);
    expect((await db().liveSession.findUniqueOrThrow({ where: { id: session.id } })).taken).toBe(3);
    await cancelSession(admin, session.id, 'below-minimum');
    await cancelSession(admin, session.id, 'below-minimum'); // again: nothing more
    expect(await db().liveUndelivered.count({ where: { sessionId: session.id } })).toBe(3);
    expect(
      await db().emailMessage.count({
        where: { template: 'live-session-cancelled', onceKey: { startsWith: `live-cancelled:${session.id}:` } },
      }),
    ).toBe(3);
    expect(await refusal(bookSession(kids[0], kids[0].id, session.id))).toBe('liveEngine.sessionNotScheduled');
  });
});

describe('make-up classes', () => {
  it('books a free seat in another group of the programme; free before the deadline, charged after, refused across programmes', async () => {
    const t = await makeUser(['TEACHER']);
    const now = currentTime();
    const a = await makeGroupWithSession(
      { teacherId: t.id, bookingMode: 'MEMBERS', programme: 'mat-5' },
      new Date(now.getTime() + 2 * DAY),
    );
    const b = await makeGroupWithSession(
      { teacherId: t.id, bookingMode: 'MEMBERS', programme: 'mat-5', capacity: 1 },
      new Date(now.getTime() + 6 * DAY),
    );
    const c = await makeGroupWithSession(
      { teacherId: t.id, bookingMode: 'MEMBERS', programme: 'mat-6' },
      new Date(now.getTime() + 6 * DAY),
    );
    const kid = await makeUser();
    const late = await makeUser();
    await addMember(admin, a.groupId, kid.id);
    await addMember(admin, a.groupId, late.id);

    expect(await refusal(bookMakeUp(kid, kid.id, a.session.id, c.session.id))).toBe('liveEngine.makeUpOtherProgramme');
    expect(await refusal(bookMakeUp(kid, kid.id, a.session.id, a.session.id))).toBe('liveEngine.makeUpSameGroup');
    const m = await bookMakeUp(kid, kid.id, a.session.id, b.session.id);
    expect(m).toMatchObject({ status: 'BOOKED', charge: 'free' });
    expect(m.released?.was).toBe('BOOKED'); // their seat in the missed session was given back
    expect((await db().liveSession.findUniqueOrThrow({ where: { id: a.session.id } })).taken).toBe(1);
    expect(await refusal(bookMakeUp(kid, kid.id, a.session.id, b.session.id))).toBe('liveEngine.makeUpTwice');

    // B has one seat, now taken by the make-up: counts against capacity.
    expect(await refusal(bookMakeUp(late, late.id, a.session.id, b.session.id))).toBe('liveEngine.makeUpFull');
    // Three days after the missed class (deadline: end of the next day) it is charged.
    await changeSessionCapacity(admin, b.session.id, 2);
    const charged = await bookMakeUp(
      late,
      late.id,
      a.session.id,
      b.session.id,
      new Date(a.session.startsAt.getTime() + 3 * DAY),
    );
    expect(charged.charge).toBe('single-class-price');
  });
});

describe('slots', () => {
  it('a teacher publishes slots of a length; an entitled learner books one, a second learner is refused', async () => {
    const t = await makeUser(['TEACHER']);
    const course = await makeCourse();
    const from = new Date(currentTime().getTime() + 3 * DAY);
    const ids = await publishSlots(t, { courseId: course.id, from, to: new Date(from.getTime() + HOUR), minutes: 15 });
    expect(ids).toHaveLength(4);
    expect(
      await refusal(publishSlots(t, { courseId: course.id, from, to: new Date(from.getTime() + HOUR), minutes: 15 })),
    ).toBe('live.move.teacher-conflict');
    const [x, y] = await makeUsers(2);
    await enrol([x.id, y.id], course.id, new Date(Date.now() - DAY));
    const [r1, r2] = await Promise.allSettled([bookSession(x, x.id, ids[0]), bookSession(y, y.id, ids[0])]);
    expect([r1.status, r2.status].sort()).toEqual(['fulfilled', 'rejected']);
    expect((await db().liveSession.findUniqueOrThrow({ where: { id: ids[0] } })).taken).toBe(1);

    // The teacher removes a free slot, not the booked one, not someone else's.
    expect(await refusal(removeSlot(t, ids[0]))).toBe('liveEngine.slotBooked');
    await expect(removeSlot(await makeUser(['TEACHER']), ids[1])).rejects.toThrow('not found');
    await removeSlot(t, ids[1]);
    expect(await db().liveSession.count({ where: { id: { in: ids } } })).toBe(3);
    await expect(removeSlot(t, ids[1])).rejects.toThrow('not found');
    expect((await sessionsForLearner(x, x.id)).map((m) => m.sessionId)).not.toContain(ids[1]);
  });

  it('staff remove a school break: a schedule made afterwards has a class on its days again', async () => {
    const t = await makeUser(['TEACHER']);
    const first = new Date(currentTime().getTime() + 7 * DAY).toISOString().slice(0, 10);
    const last = new Date(currentTime().getTime() + 35 * DAY).toISOString().slice(0, 10);
    const schedule = {
      weekday: 5 as const,
      startTime: '09:00',
      durationMinutes: 45,
      breakMinutes: 0,
      firstDay: first,
      lastDay: last,
    };
    const breakId = await addDayOff(admin, { name: 'Ferie', from: first, to: last });
    expect(await refusal(createLiveGroup(admin, { programme: 'p', title: 'Ferie A', teacherId: t.id, schedule }))).toBe(
      'liveEngine.scheduleEmpty',
    );
    expect(await refusal(removeDayOff(t, breakId))).toBe('liveEngine.notAllowed');
    expect(await removeDayOff(admin, breakId)).toBe(1);
    expect(await removeDayOff(admin, breakId)).toBe(0); // twice: nothing more
    const g = await createLiveGroup(admin, { programme: 'p', title: 'Ferie B', teacherId: t.id, schedule });
    expect(g.sessions).toBeGreaterThan(0);
  });
});

describe('rooms, attendance, recordings, calendar, reminders', () => {
  it('the room link is only for booked people and the teacher, only in the join window', async () => {
    const t = await makeUser(['TEACHER']);
    const course = await makeCourse();
    const start = new Date(currentTime().getTime() + 2 * DAY);
    const { session } = await makeGroupWithSession({ teacherId: t.id, courseId: course.id, records: true }, start, 60);
    const learner = await makeUser();
    const outsider = await makeUser();
    await enrol([learner.id], course.id, new Date(Date.now() - DAY));
    await bookSession(learner, learner.id, session.id);

    expect(await refusal(roomLinkFor(learner, session.id))).toBe('live.windows.joinNotYet');
    const inWindow = new Date(start.getTime() - 10 * 60_000);
    expect(await refusal(roomLinkFor(outsider, session.id, inWindow))).toBe('liveEngine.roomNotBooked');
    const mine = await roomLinkFor(learner, session.id, inWindow);
    expect(mine.ok && new URL(mine.url).searchParams.get('role')).toBe('VIEWER');
    expect(mine.ok && new URL(mine.url).searchParams.get('checksum')).toMatch(/^[0-9a-f]{64}$/);
    const theirs = await roomLinkFor(t, session.id, inWindow);
    expect(theirs.ok && theirs.role).toBe('MODERATOR');
    expect(await refusal(roomLinkFor(learner, session.id, new Date(start.getTime() + 61 * 60_000)))).toBe(
      'live.windows.joinEnded',
    );
    await endMeeting(bbbConfig(), session.bbbMeetingId);
    expect(await roomLinkFor(learner, session.id, inWindow)).toEqual({ ok: false, reason: 'liveEngine.roomEnded' });

    await markAttendance(t, session.id, [{ userId: learner.id, attended: true }], start);
    await expect(markAttendance(learner, session.id, [{ userId: learner.id, attended: true }], start)).rejects.toThrow(
      'not found',
    );
  });

  it('recordings are synced, listed to participants, and deleted at BBB and here 30 days after the end', async () => {
    const t = await makeUser(['TEACHER']);
    const course = await makeCourse();
    const start = new Date(currentTime().getTime() + HOUR);
    const { session } = await makeGroupWithSession({ teacherId: t.id, courseId: course.id, records: true }, start, 60);
    const learner = await makeUser();
    const outsider = await makeUser();
    await enrol([learner.id], course.id, new Date(Date.now() - DAY));
    await bookSession(learner, learner.id, session.id);
    advanceClock(HOUR);
    const link = await roomLinkFor(learner, session.id);
    expect(link.ok).toBe(true);
    await fetch((link as { url: string }).url, { redirect: 'manual' });
    await endMeeting(bbbConfig(), session.bbbMeetingId);
    advanceClock(HOUR + 5 * 60_000); // the session ended five minutes ago

    expect(await syncRecordings()).toBeGreaterThan(0);
    expect(await syncRecordings()).toBe(0); // twice: nothing new
    const recs = await recordingsFor(learner, session.id);
    expect(recs).toHaveLength(1);
    await expect(recordingsFor(outsider, session.id)).rejects.toThrow('not found');

    advanceClock(29 * DAY);
    expect(await expireRecordings()).toEqual([]);
    expect(await recordingsFor(learner, session.id)).toHaveLength(1);
    advanceClock(DAY);
    expect(await expireRecordings()).toHaveLength(1);
    expect(await recordingsFor(learner, session.id)).toEqual([]);
    expect(await getRecordings(bbbConfig(), session.bbbMeetingId)).toEqual([]);
    expect((await db().liveRecording.findFirstOrThrow({ where: { sessionId: session.id } })).deletedAt).not.toBeNull();
  });

  it('the calendar feed token is stored hashed; events list booked sessions; reminders are sent once', async () => {
    const t = await makeUser(['TEACHER']);
    const course = await makeCourse();
    const { session } = await makeGroupWithSession(
      { teacherId: t.id, courseId: course.id },
      new Date(currentTime().getTime() + 20 * HOUR),
    );
    const learner = await makeUser();
    await enrol([learner.id], course.id, new Date(Date.now() - DAY));
    await bookSession(learner, learner.id, session.id);
    const token = await issueFeedToken(learner.id);
    expect((await db().calendarFeedToken.findUniqueOrThrow({ where: { userId: learner.id } })).tokenHash).not.toContain(
      token,
    );
    expect(await feedOwner(token)).toBe(learner.id);
    expect(await feedOwner('nope')).toBeNull();
    expect((await feedEventsFor(learner.id)).map((e) => e.uid)).toContain(`live-${session.id}@planeta`);
    expect((await feedEventsFor(t.id)).map((e) => e.uid)).toContain(`live-${session.id}@planeta`);

    await remindBookedSessions();
    await remindBookedSessions();
    expect(
      await db().emailMessage.count({
        where: {
          template: 'live-reminder',
          onceKey: { contains: (await db().liveBooking.findFirstOrThrow({ where: { sessionId: session.id } })).id },
        },
      }),
    ).toBe(1);
  });

  it('BBB down: the room is "not available yet" and the booking is kept', async () => {
    const t = await makeUser(['TEACHER']);
    const course = await makeCourse();
    const start = new Date(currentTime().getTime() + 2 * DAY);
    const { session } = await makeGroupWithSession({ teacherId: t.id, courseId: course.id }, start, 60);
    const learner = await makeUser();
    await enrol([learner.id], course.id, new Date(Date.now() - DAY));
    await bookSession(learner, learner.id, session.id);
    bbb.setMode('down');
    expect(await roomLinkFor(learner, session.id, start)).toEqual({ ok: false, reason: 'liveEngine.roomUnavailable' });
    expect((await db().liveBooking.findFirstOrThrow({ where: { sessionId: session.id } })).status).toBe('BOOKED');
    bbb.setMode('up');
  });
});

describe('the learner view, group capacity and the end of an entitlement', () => {
  it('lists bookable sessions with the booking state; ending the entitlement frees the seat for the first waiting', async () => {
    const t = await makeUser(['TEACHER']);
    const course = await makeCourse();
    const { groupId, session } = await makeGroupWithSession(
      { teacherId: t.id, courseId: course.id, capacity: 1 },
      new Date(currentTime().getTime() + 3 * DAY),
    );
    const [first, second, outsider] = await makeUsers(3);
    await enrol([first.id, second.id], course.id, new Date(Date.now() - DAY));
    await bookSession(first, first.id, session.id);
    await bookSession(second, second.id, session.id);

    const mine = await sessionsForLearner(first, first.id);
    expect(mine.find((m) => m.sessionId === session.id)).toMatchObject({
      booking: { status: 'BOOKED' },
      mayCancel: true,
      seatsLeft: 0,
    });
    expect((await sessionsForLearner(second, second.id)).find((m) => m.sessionId === session.id)?.booking?.status).toBe(
      'WAITING',
    );
    expect((await sessionsForLearner(outsider, outsider.id)).map((m) => m.sessionId)).not.toContain(session.id);
    await expect(sessionsForLearner(outsider, first.id)).rejects.toThrow('not found');

    expect(await refusal(changeGroupCapacity(admin, groupId, { capacity: 1, minParticipants: 2 }))).toBe(
      'live.capacity.min-above-capacity',
    );
    await cancelFutureBookings(first.id);
    await cancelFutureBookings(first.id);
    const rows = await db().liveBooking.findMany({ where: { sessionId: session.id }, orderBy: { queueNo: 'asc' } });
    expect(rows.map((r) => [r.userId, r.status])).toEqual([
      [first.id, 'CANCELLED'],
      [second.id, 'BOOKED'],
    ]);
    await changeGroupCapacity(admin, groupId, { capacity: 3, minParticipants: 1 });
    expect((await db().liveSession.findUniqueOrThrow({ where: { id: session.id } })).capacity).toBe(3);
  });
});

describe('moving a session and fixed external rooms', () => {
  it('a move onto another class of the teacher is refused; a free time is fine; an EXTERNAL room gives its link', async () => {
    const t = await makeUser(['TEACHER']);
    const course = await makeCourse();
    const at = new Date(currentTime().getTime() + 5 * DAY);
    const a = await makeGroupWithSession(
      {
        teacherId: t.id,
        courseId: course.id,
        roomKind: 'EXTERNAL',
        externalUrl: 'https://meet.google.com/abc-defg-hij',
      },
      at,
      60,
    );
    const b = await makeGroupWithSession(
      { teacherId: t.id, courseId: course.id },
      new Date(at.getTime() + 3 * HOUR),
      60,
    );
    const onto = {
      startsAt: new Date(b.session.startsAt.getTime() + 30 * 60_000),
      endsAt: new Date(b.session.endsAt.getTime() + 30 * 60_000),
    };
    expect(await refusal(moveSession(admin, a.session.id, onto))).toBe('live.move.teacher-conflict');
    const free = { startsAt: new Date(at.getTime() + DAY), endsAt: new Date(at.getTime() + DAY + HOUR) };
    await moveSession(admin, a.session.id, free);
    expect((await db().liveSession.findUniqueOrThrow({ where: { id: a.session.id } })).startsAt).toEqual(free.startsAt);

    const learner = await makeUser();
    await enrol([learner.id], course.id, new Date(Date.now() - DAY));
    await bookSession(learner, learner.id, a.session.id);
    expect(await roomLinkFor(learner, a.session.id, free.startsAt)).toEqual({
      ok: true,
      kind: 'EXTERNAL',
      url: 'https://meet.google.com/abc-defg-hij',
      role: 'VIEWER',
    });
  });
});
