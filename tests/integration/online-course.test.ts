// The on-line course on a real database (O2, O3): consultation sign-up closes when the enrolment's
// window ends — in the one-statement booking and the refusal alike, writing nothing — with the SQL
// pinned to consultationBookable across month ends; a lesson video streams only through its own
// person's unexpired address, with byte ranges, and never through the course-files route.
process.env.TEST_CLOCK = '1';
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { UserError } from '@/lib/errors';
import { messages } from '@/lib/i18n';
import { advanceClock, currentTime, resetClock } from '@/lib/clock/clock';
import { addMonthsWarsaw, fromWarsaw } from '@/lib/format/time';
import { bookSession } from '@/lib/live/bookings/book';
import { bookingFacts } from '@/lib/live/bookings/entitlement';
import { placeAtOnce } from '@/lib/live/bookings/place-at-once';
import { consultationBookable } from '@/lib/live/rules/consultation-window';
import { consultationWindow } from '@/lib/learning/consultations';
import { attachLessonVideo, lessonVideoSource } from '@/lib/learning/streaming/lesson-video';
import { VIDEO_URL_TTL_SECONDS } from '@/lib/learning/streaming/signed-url';
import { createLiveGroup } from '@/lib/live/groups/create';
import { DAY, HOUR, makeCourse, makeGroupWithSession, makeUser } from './live-fixtures';

vi.mock('@/lib/jobs/queues', () => ({
  dispatchEmails: async () => {},
  enqueueMany: async () => {},
  enqueue: async () => {},
}));
// The routes ask who is signed in; everything else about them is real.
const viewer = vi.hoisted(() => ({ user: null as null | { id: string; roles: readonly string[] } }));
vi.mock('@/lib/auth/session', () => ({ currentUser: async () => viewer.user }));
const { GET: stream } = await import('@/app/api/learning/wideo/[id]/route');
const { GET: media } = await import('@/app/api/learning/media/[id]/route');

let teacher: Awaited<ReturnType<typeof makeUser>>;
beforeAll(async () => {
  teacher = await makeUser(['TEACHER']);
});
afterEach(() => resetClock());

async function onlineCourse() {
  const c = await makeCourse();
  await db().course.update({ where: { id: c.id }, data: { consultationMonths: 12, accessMonths: null } });
  return c;
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

describe('consultation sign-up within 12 months of the enrolment', () => {
  const closed = messages().liveEngine.consultationWindowClosed;

  // [label, booked?, enrolment start relative to the session's start]
  it.each([
    ['started 11 months before the session', true, (s: Date) => addMonthsWarsaw(s, -11)],
    [
      'started 12 months and an hour before the session',
      false,
      (s: Date) => new Date(addMonthsWarsaw(s, -12).getTime() - HOUR),
    ],
    [
      'started exactly 12 months before the session (the window is end-exclusive)',
      false,
      (s: Date) => addMonthsWarsaw(s, -12),
    ],
    [
      'started 12 months less an hour before the session',
      true,
      (s: Date) => new Date(addMonthsWarsaw(s, -12).getTime() + HOUR),
    ],
  ] as const)('an enrolment %s → booked %s', async (_label, booked, start) => {
    const course = await onlineCourse();
    const sessionStart = new Date(Math.floor((currentTime().getTime() + 3 * DAY) / 1000) * 1000);
    const { session } = await makeGroupWithSession(
      { teacherId: teacher.id, bookingMode: 'OPEN', courseId: course.id, capacity: 5 },
      sessionStart,
      60,
    );
    const learner = await makeUser();
    const startsAt = start(sessionStart);
    await db().enrolment.create({ data: { userId: learner.id, courseId: course.id, startsAt } });

    if (!booked) {
      // The one-statement path writes nothing; the locking path says why, in Polish.
      expect(
        await placeAtOnce({ sessionId: session.id, learnerId: learner.id, bookedById: learner.id }, currentTime()),
      ).toBeNull();
    }
    expect(await outcome(bookSession(learner, learner.id, session.id))).toBe(booked ? 'booked' : closed);
    const after = await db().liveSession.findUniqueOrThrow({ where: { id: session.id } });
    expect(after.taken).toBe(booked ? 1 : 0);
    expect(await db().liveBooking.count({ where: { sessionId: session.id } })).toBe(booked ? 1 : 0);
    // The materials stay: the enrolment is untouched, and the course page shows the window.
    expect((await db().enrolment.findFirstOrThrow({ where: { userId: learner.id } })).status).toBe('ACTIVE');
    const w = await consultationWindow(course.id, startsAt);
    expect(w?.until).toEqual(addMonthsWarsaw(startsAt, 12));
  });

  it('after 12 months the course page says the window closed', async () => {
    const course = await onlineCourse();
    const startsAt = new Date(addMonthsWarsaw(currentTime(), -12).getTime() - DAY);
    expect((await consultationWindow(course.id, startsAt))?.open).toBe(false);
    expect((await consultationWindow(course.id, currentTime()))?.open).toBe(true);
  });

  it('a course without consultationMonths has no window', async () => {
    const course = await makeCourse();
    const { session } = await makeGroupWithSession(
      { teacherId: teacher.id, bookingMode: 'OPEN', courseId: course.id },
      new Date(currentTime().getTime() + 3 * DAY),
    );
    const learner = await makeUser();
    await db().enrolment.create({
      data: { userId: learner.id, courseId: course.id, startsAt: addMonthsWarsaw(currentTime(), -30) },
    });
    expect(await outcome(bookSession(learner, learner.id, session.id))).toBe('booked');
    expect(await consultationWindow(course.id, currentTime())).toBeNull();
  });

  // The SQL window is the JavaScript one, across month ends, a leap day and DST changes.
  const starts = [
    fromWarsaw(2027, 1, 31, 10, 0),
    fromWarsaw(2028, 2, 29, 18, 0),
    fromWarsaw(2027, 3, 31, 23, 30),
    fromWarsaw(2026, 3, 28, 2, 30), // the day before spring forward
    fromWarsaw(2026, 10, 24, 2, 30), // the day before fall back
  ];
  it.each(starts.flatMap((s) => [-1000, 0, DAY].map((d) => [s, d] as const)))(
    'enrolment %s, session at window end %+d ms: SQL = consultationBookable',
    async (enrolStart, offset) => {
      const course = await onlineCourse();
      const sessionStart = new Date(addMonthsWarsaw(enrolStart, 12).getTime() + offset);
      const { session } = await makeGroupWithSession(
        { teacherId: teacher.id, bookingMode: 'OPEN', courseId: course.id },
        sessionStart,
        60,
      );
      const learner = await makeUser();
      await db().enrolment.create({ data: { userId: learner.id, courseId: course.id, startsAt: enrolStart } });
      const facts = await bookingFacts(db(), session.id, learner.id, new Date(enrolStart.getTime() + DAY));
      expect(facts?.enrolmentAllowed).toBe(true);
      expect(facts?.inConsultationWindow).toBe(consultationBookable(sessionStart, enrolStart, 12));
    },
  );

  it('a consultation group of an on-line course is refused sessions longer than an hour', async () => {
    const course = await onlineCourse();
    const staff = await makeUser(['ADMINISTRATOR']);
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw' }).format(
      currentTime().getTime() + 8 * DAY,
    );
    const input = (durationMinutes: number) => ({
      programme: 'online',
      title: 'Konsultacje',
      courseId: course.id,
      teacherId: teacher.id,
      bookingMode: 'OPEN' as const,
      schedule: {
        weekday: (((new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7) + 1) as 1,
        startTime: '07:00',
        durationMinutes,
        breakMinutes: 0,
        firstDay: day,
        lastDay: day,
      },
    });
    await expect(createLiveGroup(staff, input(90))).rejects.toThrow(messages().liveEngine.consultationTooLong);
    await expect(createLiveGroup(staff, input(60))).resolves.toMatchObject({ sessions: 1 });
  });
});

describe('a lesson video streams only through its own, fresh address', () => {
  const webm = new Uint8Array(readFileSync('lib/demo/assets/matematyka-online-lekcja.webm'));
  let mediaId: string;
  let learner: Awaited<ReturnType<typeof makeUser>>;
  let other: Awaited<ReturnType<typeof makeUser>>;
  let stranger: Awaited<ReturnType<typeof makeUser>>;

  beforeAll(async () => {
    const course = await onlineCourse();
    const mod = await db().courseModule.create({ data: { courseId: course.id, position: 1, title: 'M' } });
    const lesson = await db().lesson.create({ data: { moduleId: mod.id, position: 1, title: 'L', body: 'b' } });
    expect(await attachLessonVideo(course.id, lesson.id, new File([bytes('%PDF-1.4')], 'x.mp4'))).toEqual({
      error: 'bad-type',
    });
    const attached = await attachLessonVideo(course.id, lesson.id, new File([webm], 'lekcja.webm'));
    if ('error' in attached) throw new Error(attached.error);
    mediaId = attached.id;
    learner = await makeUser();
    other = await makeUser();
    stranger = await makeUser();
    for (const u of [learner, other])
      await db().enrolment.create({
        data: { userId: u.id, courseId: course.id, startsAt: new Date(Date.now() - DAY) },
      });
  });

  function bytes(s: string) {
    return new TextEncoder().encode(s);
  }
  const get = (route: typeof stream, path: string, headers: Record<string, string> = {}) =>
    route(new Request(`http://localhost${path}`, { headers }), { params: Promise.resolve({ id: mediaId }) });

  it('plays inline for its person, whole or by range', async () => {
    viewer.user = learner;
    const path = lessonVideoSource(mediaId, learner.id)!;
    const whole = await get(stream, path);
    expect(whole.status).toBe(200);
    expect(whole.headers.get('content-type')).toBe('video/webm');
    expect(whole.headers.get('content-disposition')).toMatch(/^inline;/);
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    expect(whole.headers.get('cache-control')).toBe('private, no-store');
    expect(new Uint8Array(await whole.arrayBuffer())).toEqual(webm);

    const part = await get(stream, path, { range: 'bytes=100-199' });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 100-199/${webm.byteLength}`);
    expect(new Uint8Array(await part.arrayBuffer())).toEqual(webm.subarray(100, 200));
    expect((await get(stream, path, { range: `bytes=${webm.byteLength}-` })).status).toBe(416);
  });

  it('expires after a few minutes (403), and a new address plays again', async () => {
    viewer.user = learner;
    const path = lessonVideoSource(mediaId, learner.id)!;
    advanceClock((VIDEO_URL_TTL_SECONDS - 1) * 1000);
    expect((await get(stream, path)).status).toBe(200);
    advanceClock(1000);
    expect((await get(stream, path)).status).toBe(403);
    expect((await get(stream, lessonVideoSource(mediaId, learner.id)!)).status).toBe(200);
  });

  it("someone else's address, a changed one, no access or nobody signed in → 404", async () => {
    const path = lessonVideoSource(mediaId, learner.id)!;
    viewer.user = other; // enrolled too, but the address is not theirs
    expect((await get(stream, path)).status).toBe(404);
    viewer.user = learner;
    expect(
      (
        await get(
          stream,
          path.replace(/e=(\d+)/, (_m, e: string) => `e=${Number(e) + 600}`),
        )
      ).status,
    ).toBe(404);
    viewer.user = stranger; // their own address, but no access to the course
    expect((await get(stream, lessonVideoSource(mediaId, stranger.id)!)).status).toBe(404);
    viewer.user = null;
    expect((await get(stream, path)).status).toBe(404);
  });

  it('the course-files route never hands the video to a learner', async () => {
    viewer.user = learner;
    expect((await get(media, `/api/learning/media/${mediaId}`)).status).toBe(404);
  });
});
