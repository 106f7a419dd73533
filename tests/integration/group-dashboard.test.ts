// The group dashboard's facts read set-based: they agree with the participant table's reading
// (progressOf), bucket completions by Warsaw day in SQL as the JavaScript rule does, honour the
// report's scope (one list, as of a day) and take one statement for 3 or 30 people.
import { afterEach, describe, expect, it, vi } from 'vitest';
import pg from 'pg';
import { db } from '@/lib/db/client';
import { createUpload } from '@/lib/groups/list/uploads';
import { provisionUpload } from '@/lib/groups/accounts/provisioning';
import { progressOf } from '@/lib/groups/report/participants-progress';
import { dashboardFacts } from '@/lib/groups/dashboard/group-dashboard';
import { groupDashboard } from '@/lib/groups/dashboard/dashboard-model';
import { warsawDateKey } from '@/lib/format/time';
import { listXlsx, makeGroup, uniqueName } from './groups-fixtures';

vi.mock('@/lib/jobs/queues', () => ({ dispatchEmails: async () => {}, enqueueMany: async () => {} }));
afterEach(() => vi.restoreAllMocks());

async function groupOf(n: number) {
  const g = await makeGroup(n + 5);
  const courseModule = await db().courseModule.findFirstOrThrow({
    where: { courseId: g.course.id },
    select: { id: true },
  });
  await db().lesson.createMany({
    data: [2, 3, 4].map((position) => ({ moduleId: courseModule.id, position, title: `L${position}`, body: 'b' })),
  });
  const rows = Array.from({ length: n }, () => ({ firstName: uniqueName(), lastName: uniqueName() }));
  const u = await createUpload(g.admin, g.groupId, { name: 'lista.xlsx', bytes: await listXlsx(rows) });
  await provisionUpload(g.admin, g.groupId, u!.id);
  const people = await db().groupParticipant.findMany({
    where: { groupId: g.groupId },
    orderBy: { rowNumber: 'asc' },
    select: { userId: true },
  });
  const enrolments = await db().enrolment.findMany({
    where: { userId: { in: people.map((p) => p.userId) }, courseId: g.course.id },
    select: { id: true, userId: true },
  });
  const lessons = await db().lesson.findMany({
    where: { module: { courseId: g.course.id } },
    orderBy: { position: 'asc' },
    select: { id: true },
  });
  const enrolmentOf = (i: number) => enrolments.find((e) => e.userId === people[i].userId)!.id;
  return { ...g, uploadId: u!.id, people, lessons, enrolmentOf };
}

type G = Awaited<ReturnType<typeof groupOf>>;

async function done(g: G, i: number, count: number, at: Date[]) {
  await db().lessonProgress.createMany({
    data: g.lessons
      .slice(0, count)
      .map((l, k) => ({ enrolmentId: g.enrolmentOf(i), lessonId: l.id, completedAt: at[k] })),
  });
  await db().user.update({ where: { id: g.people[i].userId }, data: { lastLoginAt: at[0] } });
}

async function attempt(g: G, i: number, number: number, percent: number, passed: boolean, submittedAt: Date) {
  await db().testAttempt.create({
    data: {
      enrolmentId: g.enrolmentOf(i),
      number,
      seed: 's',
      questionIds: [],
      startedAt: submittedAt,
      submittedAt,
      percent,
      passed,
      points: 0,
      maxPoints: 1,
    },
  });
}

/** Counts the SQL statements sent to PostgreSQL while `fn` runs. */
async function statements<T>(fn: () => Promise<T>): Promise<{ result: T; count: number }> {
  const spy = vi.spyOn(pg.Pool.prototype, 'query');
  try {
    const result = await fn();
    return { result, count: spy.mock.calls.length };
  } finally {
    spy.mockRestore();
  }
}

// Sunday 25 Oct 2026 23:30 in Warsaw (after the autumn change) is 22:30 UTC — still Sunday.
const SUNDAY_LATE = new Date('2026-10-25T22:30:00Z');
// Monday 26 Oct 2026 00:30 in Warsaw is 23:30 UTC on Sunday.
const MONDAY_EARLY = new Date('2026-10-25T23:30:00Z');
const LATER = new Date('2026-11-04T10:00:00Z');

describe('group dashboard facts', () => {
  it('agree with the participant table, count states and bucket completions by Warsaw day', async () => {
    const g = await groupOf(5);
    await done(g, 0, 4, [SUNDAY_LATE, SUNDAY_LATE, MONDAY_EARLY, LATER]); // all lessons, then passes
    await attempt(g, 0, 1, 40, false, LATER);
    await attempt(g, 0, 2, 90, true, LATER);
    await done(g, 1, 2, [MONDAY_EARLY, LATER]); // learning
    await done(g, 2, 4, [LATER, LATER, LATER, LATER]); // fails
    await attempt(g, 2, 1, 55.5, false, LATER);
    await db().user.update({ where: { id: g.people[3].userId }, data: { lastLoginAt: LATER } }); // logged in only
    // person 4 never logged in

    const facts = await dashboardFacts({ groupId: g.groupId, courseId: g.course.id });
    const table = await progressOf(g.groupId, g.course.id);
    expect(facts.lessons).toBe(4);
    expect(facts.passMark).toBe(60);
    const byUser = new Map(facts.participants.map((p) => [p.userId, p]));
    for (const row of table) {
      const p = byUser.get(row.userId)!;
      expect([p.lessonsDone, p.bestScore, p.passed, p.loggedIn, p.endsAt?.getTime()]).toEqual([
        row.done,
        row.bestScore,
        row.passed,
        row.lastLoginAt !== null,
        row.endsAt?.getTime(),
      ]);
    }
    // The SQL's Warsaw days are the JavaScript ones (the Sunday stays Sunday, the Monday is Monday).
    const all = await db().lessonProgress.findMany({
      where: { enrolment: { userId: { in: g.people.map((p) => p.userId) } } },
      select: { completedAt: true },
    });
    const expected = new Map<string, number>();
    for (const r of all)
      expected.set(warsawDateKey(r.completedAt), (expected.get(warsawDateKey(r.completedAt)) ?? 0) + 1);
    expect(facts.completions).toEqual([...expected].sort().map(([day, count]) => ({ day, count })));
    expect(facts.completions.slice(0, 2)).toEqual([
      { day: '2026-10-25', count: 2 },
      { day: '2026-10-26', count: 2 },
    ]);

    const dash = groupDashboard(facts, { seats: 10, now: new Date('2026-11-05T10:00:00Z') })!;
    expect(dash.counts).toEqual({ notLoggedIn: 1, learning: 2, passed: 1, failed: 1 });
    const scores = dash.charts.find((c) => c.id === 'scores')!.spec;
    expect(scores.kind === 'histogram' && scores.bins.filter((b) => b.count).map((b) => [b.from, b.count])).toEqual([
      [50, 1],
      [90, 1],
    ]);
  });

  it('limit the final report to one list as of the day it was built', async () => {
    const g = await groupOf(2);
    await done(g, 0, 2, [SUNDAY_LATE, LATER]);
    await attempt(g, 0, 1, 100, true, LATER);
    const other = await createUpload(g.admin, g.groupId, {
      name: 'druga.xlsx',
      bytes: await listXlsx([{ firstName: uniqueName(), lastName: uniqueName() }]),
    });
    await provisionUpload(g.admin, g.groupId, other!.id);

    const asOf = new Date('2026-10-30T10:00:00Z');
    const facts = await dashboardFacts({ groupId: g.groupId, courseId: g.course.id, uploadId: g.uploadId, asOf });
    expect(facts.participants).toHaveLength(2);
    const first = facts.participants.find((p) => p.userId === g.people[0].userId)!;
    expect([first.lessonsDone, first.bestScore, first.passed, first.loggedIn]).toEqual([1, null, false, true]);
    expect(facts.completions).toEqual([{ day: '2026-10-25', count: 1 }]);
    expect((await dashboardFacts({ groupId: g.groupId, courseId: g.course.id })).participants).toHaveLength(3);
  });

  it('take one statement for 3 participants as for 30', async () => {
    const small = await groupOf(3);
    const big = await groupOf(30);
    for (let i = 0; i < 30; i++) {
      await done(big, i, 1 + (i % 4), [SUNDAY_LATE, MONDAY_EARLY, LATER, LATER]);
      if (i % 3 === 0) await attempt(big, i, 1, 30 + i * 2, 30 + i * 2 >= 60, LATER);
    }
    const a = await statements(() => dashboardFacts({ groupId: small.groupId, courseId: small.course.id }));
    const b = await statements(() => dashboardFacts({ groupId: big.groupId, courseId: big.course.id }));
    expect(b.result.participants).toHaveLength(30);
    expect(a.count).toBe(1);
    expect(b.count).toBe(1);
  });

  it('are empty for a group without participants, and the dashboard is then not drawn', async () => {
    const g = await makeGroup(3);
    const facts = await dashboardFacts({ groupId: g.groupId, courseId: g.course.id });
    expect(facts).toMatchObject({ lessons: 1, participants: [], completions: [] });
    expect(groupDashboard(facts, { seats: 3, now: new Date() })).toBeNull();
  });
});
