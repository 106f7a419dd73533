// The booking bench's world, shared by bench/booking.bench.ts and bench/booking-profile.ts: one
// OPEN group, 20 enrolled learners and fresh 12-seat sessions on demand, each asked by all 20.
export const SESSIONS = 40;
export const SEATS = 12;
export const PER_SESSION = 20; // 12 booked + 8 waiting
export const N = SESSIONS * PER_SESSION;

export async function bookingFixture() {
  const { db } = await import('../lib/db/client');
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
  let made = 0;
  async function makeSessions(): Promise<string[]> {
    const data = Array.from({ length: SESSIONS }, () => {
      const startsAt = new Date(start + made++ * 3_600_000);
      return { groupId: group.id, teacherId: teacher.id, startsAt, endsAt: new Date(startsAt.getTime() + 3_000_000) };
    });
    await db().liveSession.createMany({ data: data.map((d) => ({ ...d, capacity: SEATS })) });
    const rows = await db().liveSession.findMany({
      where: { startsAt: { in: data.map((d) => d.startsAt) } },
      select: { id: true },
    });
    return rows.map((r) => r.id);
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
  /** The learner of request `i` (as the bench: 40 sessions in turn, then the next learner). */
  const learnerOf = (i: number) => learners[Math.floor((i % N) / SESSIONS)];
  return { makeSessions, learners, learnerOf };
}
