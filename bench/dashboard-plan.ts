// dashboard-plan: the plan and time of dashboardFacts' statement on a freshly seeded group of 1000
// (the group-page bench's seeding) before ANALYZE — a new group autovacuum has not looked at yet —
// and after. Not a timed bench: `npx tsx bench/dashboard-plan.ts` prints the plans' key lines
// (FULL=1: whole plans) and each statement's median of 7 runs. OLD=<path of a copy of an earlier
// group-dashboard.ts, its factsStatement renamed oldFactsStatement, next to this file> times that
// statement alongside and checks both give the same rows.
import { benchDatabase } from './support';
import { seedBenchGroup } from './group-fixture';

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
  const g = await seedBenchGroup({ analyze: false });
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
