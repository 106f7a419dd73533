// dashboard-plan: the plan and time of dashboardFacts' statement on a freshly seeded group of 1000
// (the group-page bench's seeding) before ANALYZE — a new group autovacuum has not looked at yet —
// and after. Not a timed bench: `npx tsx bench/dashboard-plan.ts` prints the plans' key lines
// (FULL=1: whole plans) and each statement's median of 7 runs. OLD=<path of a copy of an earlier
// group-dashboard.ts, its factsStatement renamed oldFactsStatement, next to this file> times that
// statement alongside and checks both give the same rows.
import { benchDatabase } from './support';

const PARTICIPANTS = 1000;
const LESSONS = 9;
const DAY = 86_400_000;

const database = await benchDatabase('dashboard-plan');
const { db } = await import('../lib/db/client');
const { Prisma } = await import('../lib/db/generated/client');
const { factsStatement, dashboardFacts } = await import('../lib/groups/dashboard/group-dashboard');

type Scope = Parameters<typeof factsStatement>[0];

/** JSON of the facts with the participants in one order (json_agg's order is the plan's). */
const canonical = (facts: { participants: { userId: string }[] | null }[]) =>
  JSON.stringify(
    facts.map((f) => ({
      ...f,
      participants: [...(f.participants ?? [])].sort((a, b) => a.userId.localeCompare(b.userId)),
    })),
  );

type Statement = (scope: Scope) => InstanceType<typeof Prisma.Sql>;
/** The statement the old version of lib/groups/dashboard/group-dashboard.ts exports, to compare (OLD=path). */
const old: Statement | null = process.env.OLD ? (await import(process.env.OLD)).oldFactsStatement : null;

async function explain(label: string, scope: Scope) {
  await explainOne(label, scope, factsStatement);
  if (old) await explainOne(`${label} (old statement)`, scope, old);
}

async function explainOne(label: string, scope: Scope, statement: Statement) {
  const rows = await db().$queryRaw<{ 'QUERY PLAN': string }[]>(
    Prisma.sql`EXPLAIN (ANALYZE, BUFFERS OFF) ${statement(scope)}`,
  );
  const plan = rows.map((r) => r['QUERY PLAN']);
  const keep = plan.filter((l) =>
    /Nested Loop|Hash|Join Filter|Rows Removed by Join|Execution Time|loops=1000/.test(l),
  );
  console.log(`--- ${label}\n${(process.env.FULL ? plan : keep).join('\n')}`);
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    await db().$queryRaw(statement(scope));
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(`${label}: statement median ${times[3].toFixed(1)} ms (min ${times[0].toFixed(1)})`);
}

try {
  const g = await seedGroup();
  const live = { groupId: g.groupId, courseId: g.courseId };
  const report = { ...live, uploadId: g.uploadId, asOf: new Date() };
  const before = canonical([await dashboardFacts(live), await dashboardFacts(report)]);
  await explain('no statistics, live', live);
  await explain('no statistics, report', report);
  await db().$executeRawUnsafe('ANALYZE');
  await explain('ANALYZE, live', live);
  await explain('ANALYZE, report', report);
  const after = canonical([await dashboardFacts(live), await dashboardFacts(report)]);
  console.log(`same facts with and without statistics: ${before === after}`);
  if (old) {
    // The statement as it was, on the same rows: the rewrite must give the very same facts.
    const rowsOf = async (statement: Statement) =>
      Promise.all(
        [live, report].map(
          async (s) => (await db().$queryRaw<{ participants: { userId: string }[] | null }[]>(statement(s)))[0],
        ),
      );
    console.log(
      `same rows as the old statement: ${canonical(await rowsOf(old)) === canonical(await rowsOf(factsStatement))}`,
    );
  }
} finally {
  await database.close();
}

/** A paid group of 1000 accounts, two months into its access: progress, attempts, some logged in. */
async function seedGroup() {
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
    select: { id: true },
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
  // No ANALYZE here: the point is the plan before autovacuum has seen the group.
  return { groupId: group.id, courseId: course.id, uploadId: upload.id };
}
