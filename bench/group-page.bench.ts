// group-page: the company admin's group page with a 1000-participant group, as a ratio to the same
// page as it was before issue 26 (the participants table only), in the same run. In process, not
// over HTTP: the old page does not exist in today's build, but its work does — the loaders the
// page called (group, agreement, uploads, participants' progress), the page model and the table's
// HTML (LearningStep). The value is today's page (groupPage): the same plus the dashboard — its one
// set-based statement, the model and the tiles and charts as HTML (two SVGs per chart). Target
// ≥ 0.8 ("renders as fast as the table").
// The components are async server components (they await the request's language, Polish here):
// both sides are rendered the same way, by React's static prerender, in the mode bench/run.ts sets
// (NODE_ENV=production, as a served page is; the JSON line says which).
import { createElement, Fragment, type ReactElement } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { benchDatabase, report } from './support';

const PARTICIPANTS = 1000;
const LESSONS = 9;
const N = 60; // pages of each kind
const DAY = 86_400_000;

const database = await benchDatabase('group-page');
const { db } = await import('../lib/db/client');
const { groupFor } = await import('../lib/groups/group-access');
const { currentAgreement } = await import('../lib/groups/agreement/agreements');
const { uploadsOf } = await import('../lib/groups/list/uploads');
const { participantsProgress } = await import('../lib/groups/report/participants-progress');
const { groupPage, groupPageModel } = await import('../lib/groups/group-page');
const { LearningStep } = await import('../components/groups/group-learning-step');
const { GroupDashboard } = await import('../components/groups/dashboard/group-dashboard');

const viewer = await seedGroup();

/** A server component tree as HTML, its async parts awaited. */
async function html(element: ReactElement): Promise<string> {
  const { prelude } = await prerenderToNodeStream(element);
  let out = '';
  for await (const chunk of prelude) out += chunk.toString();
  return out;
}

/** The page before the dashboard: what app/grupy/[id] loaded and the table it rendered. */
async function tableOnly(groupId: string): Promise<string> {
  const group = (await groupFor(viewer, groupId))!;
  const [agreement, uploads, participants] = await Promise.all([
    currentAgreement(groupId),
    uploadsOf(groupId),
    participantsProgress(viewer, groupId),
  ]);
  const page = groupPageModel({ group, agreement, uploads, participants, query: {} });
  return html(createElement(LearningStep, { page }));
}

/** Today's page: the same plus the dashboard on top. */
async function withDashboard(groupId: string): Promise<string> {
  const page = (await groupPage(viewer, groupId, {}))!;
  if (!page.dashboard) throw new Error('the bench group has no dashboard');
  return html(
    createElement(
      Fragment,
      null,
      createElement(GroupDashboard, { dashboard: page.dashboard }),
      createElement(LearningStep, { page }),
    ),
  );
}

type Side = { times: number[] };

const timedOnce = async (side: Side, render: () => Promise<string>) => {
  const t = performance.now();
  await render();
  side.times.push(performance.now() - t);
};

/** Pages per second from the pages' own times, and the 95th percentile of those times. */
function figures(side: Side): { rps: number; p95: number } {
  const sorted = [...side.times].sort((a, b) => a - b);
  const total = sorted.reduce((sum, t) => sum + t, 0);
  return { rps: sorted.length / (total / 1000), p95: sorted[Math.floor(sorted.length * 0.95)] };
}

try {
  const first = await withDashboard(viewer.groupId);
  if (!first.includes('<svg') || !first.includes('data-chart-table')) throw new Error('the dashboard did not render');
  const base: Side = { times: [] };
  const dash: Side = { times: [] };
  const old = () => tableOnly(viewer.groupId);
  const now = () => withDashboard(viewer.groupId);
  // Warm-up: the JIT, Prisma's and PostgreSQL's plans, Plot.
  for (let i = 0; i < 5; i++) {
    await old();
    await now();
  }
  // Page by page in turns (the order swapped every round): on a shared machine the load changes
  // within seconds, and each side then meets the same moments of it.
  for (let i = 0; i < N; i++) {
    if (i % 2 === 0) {
      await timedOnce(base, old);
      await timedOnce(dash, now);
    } else {
      await timedOnce(dash, now);
      await timedOnce(base, old);
    }
  }
  const baseline = figures(base);
  const value = figures(dash);
  report({
    bench: 'group-page',
    value: +value.rps.toFixed(2),
    unit: 'pages/s',
    baseline: +baseline.rps.toFixed(2),
    ratio: +(value.rps / baseline.rps).toFixed(3),
    participants: PARTICIPANTS,
    nodeEnv: process.env.NODE_ENV ?? 'development',
    p95Ms: +value.p95.toFixed(1),
    baselineP95Ms: +baseline.p95.toFixed(1),
  });
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
  await db().$executeRawUnsafe('ANALYZE');
  return { id: owner.id, roles: owner.roles, groupId: group.id };
}
