// The 1000-participant company group the group-page bench and bench/dashboard-plan.ts seed: paid,
// two months into its access, with progress, attempts and some logins. db is imported inside, after
// the bench has pointed DATABASE_URL at its own database.
export const PARTICIPANTS = 1000;
export const LESSONS = 9;
const DAY = 86_400_000;

/** A paid group of 1000 accounts, two months into its access: progress, attempts, some logged in. */
export async function seedBenchGroup({ analyze }: { analyze: boolean }) {
  const { db } = await import('../lib/db/client');
  const now = Date.now();
  const start = new Date(now - 50 * DAY);
  const category = await db().category.create({ data: { slug: 'bench', name: 'Bench' } });
  const course = await db().course.create({
    data: {
      slug: 'bench-bhp',
      title: 'Bench BHP',
      summary: 's',
      description: 'd',
      categoryId: category.id,
      priceGross: 100,
      accessMonths: 2,
      modules: {
        create: [
          {
            position: 1,
            title: 'M',
            lessons: {
              create: Array.from({ length: LESSONS }, (_, i) => ({ position: i + 1, title: `L${i}`, body: 'b' })),
            },
          },
        ],
      },
    },
    select: { id: true, modules: { select: { lessons: { select: { id: true }, orderBy: { position: 'asc' } } } } },
  });
  const lessons = course.modules[0].lessons.map((l) => l.id);
  const owner = await db().user.create({
    data: {
      login: 'bench.firma',
      firstName: 'A',
      lastName: 'F',
      passwordHash: 'x',
      roles: ['LEARNER', 'COMPANY_ADMIN'],
    },
    select: { id: true, roles: true },
  });
  const order = await db().order.create({
    data: {
      number: 'ZAM-BENCH-1',
      checkoutKey: 'bench',
      userId: owner.id,
      status: 'PAID',
      totalGross: 100,
      buyerType: 'COMPANY',
      buyerName: 'Firma',
      buyerEmail: 'bench@firma.pl',
      companyName: 'Firma',
      nip: '5260250274',
      termsVersion: 'v1',
      termsAcceptedAt: start,
      paidAt: start,
      items: {
        create: [
          { courseId: course.id, name: 'Pakiet', seats: PARTICIPANTS, quantity: 1, unitGross: 100, totalGross: 100 },
        ],
      },
    },
    select: { items: { select: { id: true } } },
  });
  const group = await db().group.create({
    data: {
      ownerId: owner.id,
      courseId: course.id,
      orderItemId: order.items[0].id,
      companyName: 'Firma',
      seats: PARTICIPANTS,
      seatsUsed: PARTICIPANTS,
    },
    select: { id: true },
  });
  const upload = await db().participantUpload.create({
    data: {
      groupId: group.id,
      fileName: 'lista.xlsx',
      rowCount: PARTICIPANTS,
      validCount: PARTICIPANTS,
      status: 'PROVISIONED',
      uploadedById: owner.id,
      provisionedAt: start,
      reportDueAt: new Date(start.getTime() + 61 * DAY),
    },
  });
  const ids = Array.from({ length: PARTICIPANTS }, (_, i) => i);
  await db().user.createMany({
    data: ids.map((i) => ({
      id: `bench-u${i}`,
      login: `bench.u${i}`,
      firstName: `Imie${i}`,
      lastName: `Nazwisko${i}`,
      passwordHash: 'x',
      lastLoginAt: i % 4 === 0 ? null : new Date(start.getTime() + (i % 40) * DAY),
    })),
  });
  await db().groupParticipant.createMany({
    data: ids.map((i) => ({ groupId: group.id, uploadId: upload.id, userId: `bench-u${i}`, rowNumber: i + 1 })),
  });
  await db().enrolment.createMany({
    data: ids.map((i) => ({
      id: `bench-e${i}`,
      userId: `bench-u${i}`,
      courseId: course.id,
      groupId: group.id,
      startsAt: start,
      endsAt: new Date(start.getTime() + 61 * DAY),
    })),
  });
  // Those who logged in did between 1 and all 9 lessons, a few days apart; a third took the test.
  await db().lessonProgress.createMany({
    data: ids
      .filter((i) => i % 4 !== 0)
      .flatMap((i) =>
        lessons.slice(0, 1 + (i % LESSONS)).map((lessonId, k) => ({
          enrolmentId: `bench-e${i}`,
          lessonId,
          completedAt: new Date(start.getTime() + ((i % 40) + k * 2) * DAY),
        })),
      ),
  });
  await db().testAttempt.createMany({
    data: ids
      .filter((i) => i % 3 === 0 && i % 4 !== 0)
      .map((i) => {
        const percent = 20 + (i % 81);
        const at = new Date(start.getTime() + 45 * DAY);
        return {
          enrolmentId: `bench-e${i}`,
          number: 1,
          seed: 's',
          questionIds: [],
          startedAt: at,
          submittedAt: at,
          percent,
          passed: percent >= 60,
          points: 0,
          maxPoints: 1,
        };
      }),
  });
  // A live database has its planner statistics (autovacuum gathers them a minute after rows
  // arrive); without them PostgreSQL plans for a handful of rows and nests loops over a thousand.
  // bench/dashboard-plan.ts leaves them out: its point is the plan before autovacuum has run.
  if (analyze) await db().$executeRawUnsafe('ANALYZE');
  return { owner: { id: owner.id, roles: owner.roles }, groupId: group.id, courseId: course.id, uploadId: upload.id };
}
