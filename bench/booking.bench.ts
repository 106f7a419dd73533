// booking: live-class bookings per second with 200 requests in flight on sessions of 12 seats
// (every session over-asked, so both seats and waiting places are written), as a ratio to a floor
// in the same run that only runs the bare conditional UPDATE. Fails on any overbooked session.
// Target: at least 0.5× the floor.
import { benchDatabase, report, timed } from './support';

const SESSIONS = 40;
const SEATS = 12;
const PER_SESSION = 20; // 12 booked + 8 waiting
const N = SESSIONS * PER_SESSION;
const CONCURRENCY = 200;

const database = await benchDatabase('booking');
try {
  const { db } = await import('../lib/db/client');
  const { bookSession } = await import('../lib/live/bookings/book');
  const { bareSeatUpdate } = await import('./floors/booking-seat');

  const category = await db().category.create({ data: { slug: 'b', name: 'B' } });
  const course = await db().course.create({
    data: {
      slug: 'b',
      title: 'Kurs',
      summary: '',
      description: '',
      syllabus: [],
      categoryId: category.id,
      priceGross: 1,
    },
  });
  const teacher = await db().user.create({
    data: { email: 't@bench.pl', firstName: 'T', lastName: 'T', passwordHash: 'x', roles: ['TEACHER'] },
  });
  const group = await db().liveGroup.create({
    data: {
      programme: 'b',
      title: 'B',
      courseId: course.id,
      teacherId: teacher.id,
      bookingMode: 'OPEN',
      capacity: SEATS,
      weekday: 1,
      startTime: '17:00',
      durationMinutes: 60,
      firstDay: new Date(),
      lastDay: new Date(),
    },
  });
  const start = Date.now() + 7 * 86_400_000;
  async function makeSessions(offsetHours: number): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < SESSIONS; i++) {
      const startsAt = new Date(start + (offsetHours + i) * 3_600_000);
      const s = await db().liveSession.create({
        data: {
          groupId: group.id,
          teacherId: teacher.id,
          startsAt,
          endsAt: new Date(startsAt.getTime() + 3_000_000),
          capacity: SEATS,
        },
      });
      ids.push(s.id);
    }
    return ids;
  }
  await db().user.createMany({
    data: Array.from({ length: PER_SESSION }, (_, i) => ({
      email: `l${i}@bench.pl`,
      firstName: 'L',
      lastName: `${i}`,
      passwordHash: 'x',
    })),
  });
  const learners = await db().user.findMany({
    where: { email: { startsWith: 'l' } },
    select: { id: true, roles: true },
  });
  await db().enrolment.createMany({
    data: learners.map((l) => ({ userId: l.id, courseId: course.id, startsAt: new Date(0) })),
  });

  // Warm-up (connections, prepared plans), then the floor and the real thing on fresh sessions.
  const warm = await makeSessions(1000);
  await timed(PER_SESSION, 10, (i) => bookSession(learners[i], learners[i].id, warm[0]));
  const floorIds = await makeSessions(2000);
  const floorMs = await timed(N, CONCURRENCY, (i) => bareSeatUpdate(floorIds[i % SESSIONS]));
  const ids = await makeSessions(0);
  const realMs = await timed(N, CONCURRENCY, (i) => {
    const l = learners[Math.floor(i / SESSIONS)];
    return bookSession(l, l.id, ids[i % SESSIONS]);
  });

  const sessions = await db().liveSession.findMany({
    where: { id: { in: ids } },
    select: { id: true, taken: true, capacity: true },
  });
  const booked = await db().liveBooking.groupBy({
    by: ['sessionId', 'status'],
    where: { sessionId: { in: ids } },
    _count: true,
  });
  for (const s of sessions) {
    const n = booked.find((b) => b.sessionId === s.id && b.status === 'BOOKED')?._count ?? 0;
    const w = booked.find((b) => b.sessionId === s.id && b.status === 'WAITING')?._count ?? 0;
    if (n > s.capacity || n !== s.taken || n !== SEATS || w !== PER_SESSION - SEATS)
      throw new Error(`session ${s.id}: ${n} booked, ${w} waiting, taken ${s.taken}, capacity ${s.capacity}`);
  }
  const perSecond = (N / realMs) * 1000;
  const floorPerSecond = (N / floorMs) * 1000;
  report({
    bench: 'booking',
    value: Math.round(perSecond),
    unit: 'bookings/s',
    baseline: Math.round(floorPerSecond),
    ratio: +(perSecond / floorPerSecond).toFixed(3),
    target: 0.5,
    concurrency: CONCURRENCY,
    requests: N,
    overbooked: 0,
  });
} catch (e) {
  console.error(e);
  process.exitCode = 1;
} finally {
  await database.close();
}
