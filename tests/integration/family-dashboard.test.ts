// The family page's and the learner home's aggregates against a hand-built family: lessons per
// Warsaw week across the October DST change and a Monday 00:00 boundary, subject progress, the next
// classes (group, booked, waiting, a place given up) and the payments due, only the parent's own.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { fromWarsaw } from '@/lib/format/time';
import { familyDashboard } from '@/lib/families/dashboard/family-dashboard';
import { learnerDashboard } from '@/lib/learning/dashboard/learner-dashboard';
import { CENTRE, date, makeContract } from './billing-run-fixtures';

// Wednesday 4 November 2026, noon in Warsaw: the current week began on Monday 2 November.
const NOW = fromWarsaw(2026, 11, 4, 12);
const HOUR = 3_600_000;
const at = (hours: number) => new Date(NOW.getTime() + hours * HOUR);
let n = 0;
const uid = () => `${process.pid}x${++n}`;

async function person(roles: ('PARENT' | 'CHILD' | 'TEACHER' | 'LEARNER')[], parentId?: string) {
  const k = uid();
  return db().user.create({
    data: { login: `u${k}`, firstName: 'Ola', lastName: `Nowak${k}`, passwordHash: 'x', roles, parentId },
    select: { id: true },
  });
}

async function child(parentId: string, fullName: string) {
  const user = await person(['CHILD'], parentId);
  const row = await db().child.create({ data: { parentId, userId: user.id, fullName, birthYear: 2016 } });
  return { id: row.id, userId: user.id };
}

async function course(slug: string, title: string, lessons: number) {
  const category = await db().category.upsert({
    where: { slug: 'dash' },
    create: { slug: 'dash', name: 'Dash' },
    update: {},
  });
  return db().course.create({
    data: {
      slug: `${slug}`,
      title,
      summary: 's',
      description: 'd',
      categoryId: category.id,
      priceGross: 100,
      modules: {
        create: [
          {
            position: 1,
            title: 'M',
            lessons: {
              create: Array.from({ length: lessons }, (_, i) => ({ position: i + 1, title: `L${i}`, body: 'b' })),
            },
          },
        ],
      },
    },
    select: { id: true, modules: { select: { lessons: { orderBy: { position: 'asc' }, select: { id: true } } } } },
  });
}

async function enrol(
  userId: string,
  c: Awaited<ReturnType<typeof course>>,
  done: Date[],
  status: 'ACTIVE' | 'REVOKED' = 'ACTIVE',
) {
  const e = await db().enrolment.create({
    data: { userId, courseId: c.id, startsAt: fromWarsaw(2026, 9, 1), status },
  });
  const lessons = c.modules[0]!.lessons;
  await db().lessonProgress.createMany({
    data: done.map((completedAt, i) => ({ enrolmentId: e.id, lessonId: lessons[i]!.id, completedAt })),
  });
  return e;
}

let parentId: string;
let zosia: { id: string; userId: string };
let kuba: { id: string; userId: string };
const sessions: Record<string, string> = {};

beforeAll(async () => {
  parentId = (await person(['PARENT'])).id;
  zosia = await child(parentId, 'Zosia Nowak');
  kuba = await child(parentId, 'Kuba Nowak');
  const other = (await person(['PARENT'])).id;
  const stranger = await child(other, 'Obcy Kowalski');

  const maths = await course('szkola-matematyka', 'Szkoła polska: matematyka', 5);
  const polish = await course('szkola-jezyk-polski', 'Szkoła polska: język polski', 2);
  const revoked = await course('kurs-cofniety', 'Cofnięty', 3);
  const e = await enrol(zosia.userId, maths, [
    fromWarsaw(2026, 11, 2, 0, 0, 0), // Monday 00:00: this week
    fromWarsaw(2026, 11, 1, 23, 59, 59), // Sunday 23:59:59: last week
    fromWarsaw(2026, 10, 25, 23, 30), // the Sunday the clocks went back: the DST week
    fromWarsaw(2026, 9, 13, 23, 59), // before the eight weeks: counted as done, in no week
  ]);
  await db().testAttempt.create({
    data: { enrolmentId: e.id, number: 1, seed: 's', questionIds: [], startedAt: at(-48), passed: true },
  });
  await enrol(kuba.userId, polish, []);
  await enrol(kuba.userId, revoked, [at(-2)], 'REVOKED');
  await enrol(stranger.userId, polish, [at(-1), at(-3)]);

  const teacher = await person(['TEACHER']);
  const group = (mode: 'MEMBERS' | 'OPEN', title: string) =>
    db().liveGroup.create({
      data: {
        programme: `p-${uid()}`,
        title,
        teacherId: teacher.id,
        bookingMode: mode,
        weekday: 3,
        startTime: '17:00',
        durationMinutes: 60,
        firstDay: date('2026-09-01'),
        lastDay: date('2027-06-30'),
      },
      select: { id: true },
    });
  const membersGroup = await group('MEMBERS', 'Matematyka Live');
  const openGroup = await group('OPEN', 'Konwersacje');
  await db().liveGroupMember.create({ data: { groupId: membersGroup.id, userId: zosia.userId } });
  const session = async (key: string, groupId: string, hours: number) => {
    const s = await db().liveSession.create({
      data: { groupId, teacherId: teacher.id, startsAt: at(hours), endsAt: at(hours + 1), capacity: 10 },
      select: { id: true },
    });
    sessions[key] = s.id;
    return s.id;
  };
  await session('past', membersGroup.id, -24);
  const given = await session('givenUp', membersGroup.id, 24);
  await session('m2', membersGroup.id, 48);
  await session('m3', membersGroup.id, 72);
  await session('m4', membersGroup.id, 96);
  const booked = await session('booked', openGroup.id, 120);
  const waiting = await session('waiting', openGroup.id, 144);
  const strangers = await session('strangers', openGroup.id, 30);
  await db().liveBooking.createMany({
    data: [
      { sessionId: given, userId: zosia.userId, status: 'CANCELLED' },
      { sessionId: booked, userId: kuba.userId, status: 'BOOKED' },
      { sessionId: waiting, userId: kuba.userId, status: 'WAITING' },
      { sessionId: strangers, userId: stranger.userId, status: 'BOOKED' },
    ],
  });

  const centre = await makeContract({
    policy: CENTRE,
    payerId: parentId,
    beneficiaryId: zosia.userId,
    status: 'ACTIVE',
    signedAt: fromWarsaw(2026, 9, 1),
    charges: [
      { dueDate: '2026-09-10', status: 'PAID' },
      { dueDate: '2026-10-10' },
      { dueDate: '2026-11-10', amount: 25000 },
      { dueDate: '2026-12-10' },
    ],
  });
  await db().contractCharge.updateMany({ where: { contractId: centre.id, seq: 3 }, data: { discount: 5000 } });
  // An ended contract's open charge and another payer's are not the family's to pay.
  await makeContract({
    policy: CENTRE,
    payerId: parentId,
    beneficiaryId: kuba.userId,
    status: 'ENDED',
    signedAt: fromWarsaw(2026, 9, 1),
    charges: [{ dueDate: '2026-10-10' }],
  });
  await makeContract({
    policy: CENTRE,
    payerId: other,
    beneficiaryId: stranger.userId,
    status: 'ACTIVE',
    signedAt: fromWarsaw(2026, 9, 1),
    charges: [{ dueDate: '2026-10-10' }],
  });
});

describe('familyDashboard', () => {
  it('lists the parent’s own children in the order they were added', async () => {
    const d = await familyDashboard(parentId, NOW);
    expect(d.children.map((c) => c.name)).toEqual(['Zosia Nowak', 'Kuba Nowak']);
  });

  it('counts lessons per Warsaw week, Monday 00:00 to Monday 00:00, across the DST change', async () => {
    const d = await familyDashboard(parentId, NOW);
    const z = d.children[0]!;
    expect(z.weeks.map((w) => w.week)).toEqual([
      '2026-09-14',
      '2026-09-21',
      '2026-09-28',
      '2026-10-05',
      '2026-10-12',
      '2026-10-19',
      '2026-10-26',
      '2026-11-02',
    ]);
    expect(z.weeks.map((w) => w.count)).toEqual([0, 0, 0, 0, 0, 1, 1, 1]);
    // Kuba's only lesson was in a course since refunded (REVOKED): it left the chart with the course.
    expect(d.children[1]!.weeks.every((w) => w.count === 0)).toBe(true);
    expect(d.lessonsThisWeek).toBe(1);
  });

  it('gives progress per subject of the active enrolments, with the test passed', async () => {
    const d = await familyDashboard(parentId, NOW);
    expect(d.children[0]!.subjects).toEqual([
      {
        slug: 'szkola-matematyka',
        title: 'Szkoła polska: matematyka',
        subject: 'MATEMATYKA',
        done: 4,
        total: 5,
        passed: true,
      },
    ]);
    expect(d.children[1]!.subjects.map((s) => [s.subject, s.done, s.total, s.passed])).toEqual([
      ['JEZYK_POLSKI', 0, 2, false],
    ]);
  });

  it('shows the next three classes of the child’s group and bookings, not a place given up', async () => {
    const d = await familyDashboard(parentId, NOW);
    const [z, k] = d.children;
    expect(z!.nextClasses.map((s) => [s.sessionId, s.state])).toEqual([
      [sessions.m2, 'group'],
      [sessions.m3, 'group'],
      [sessions.m4, 'group'],
    ]);
    expect(k!.nextClasses.map((s) => [s.sessionId, s.state])).toEqual([
      [sessions.booked, 'booked'],
      [sessions.waiting, 'waiting'],
    ]);
    expect(d.nextClass).toMatchObject({ sessionId: sessions.m2, child: 'Zosia Nowak', title: 'Matematyka Live' });
  });

  it('lists the overdue charges and the next one, after discounts, with the contract to pay them on', async () => {
    const d = await familyDashboard(parentId, NOW);
    const z = d.children[0]!;
    expect(z.payments.map((p) => [p.dueDay, p.toPay, p.overdue])).toEqual([
      ['2026-10-10', 19900, true],
      ['2026-11-10', 20000, false],
    ]);
    expect(z.payments[0]!.href).toMatch(/^\/konto\/umowy\/UM-T-/);
    expect(d.children[1]!.payments).toEqual([]);
    expect(d.due).toEqual([{ currency: 'PLN', amount: 39900 }]);
    expect(d.overdue).toBe(1);
  });

  it('is empty for a parent without children', async () => {
    const lonely = await person(['PARENT']);
    expect(await familyDashboard(lonely.id, NOW)).toEqual({
      children: [],
      lessonsThisWeek: 0,
      nextClass: null,
      due: [],
      overdue: 0,
    });
  });
});

describe('learnerDashboard', () => {
  it('gives the learner’s courses, weeks and next booked class (a group class without a booking is not one)', async () => {
    const z = await learnerDashboard(zosia.userId, NOW);
    expect(z.courses.map((c) => [c.slug, c.done, c.total, c.passed])).toEqual([['szkola-matematyka', 4, 5, true]]);
    expect(z.weeks.map((w) => w.count)).toEqual([0, 0, 0, 0, 0, 1, 1, 1]);
    expect(z.nextClass).toBeNull();
    expect(z.language).toBeNull();
    const k = await learnerDashboard(kuba.userId, NOW);
    expect(k.nextClass).toMatchObject({ sessionId: sessions.booked, title: 'Konwersacje' });
  });
});

describe('the number of queries', () => {
  it('does not grow with the number of children', async () => {
    const { PrismaPg } = await import('@prisma/adapter-pg');
    const { PrismaClient } = await import('@/lib/db/generated/client');
    const { databaseUrl } = await import('@/lib/config/env');
    const counted = new PrismaClient({
      adapter: new PrismaPg({ connectionString: databaseUrl(), max: 2 }),
      log: [{ emit: 'event', level: 'query' }],
    });
    let queries = 0;
    counted.$on('query', () => queries++);
    const g = globalThis as unknown as { __planetaDb?: { url: string; client: unknown } };
    const saved = g.__planetaDb;
    const count = async () => {
      g.__planetaDb = { url: databaseUrl(), client: counted };
      queries = 0;
      try {
        await familyDashboard(parentId, NOW);
      } finally {
        g.__planetaDb = saved;
      }
      return queries;
    };
    const before = await count();
    const third = await child(parentId, 'Ela Nowak');
    const c = await course(`szkola-historia`, 'Szkoła polska: historia', 3);
    await enrol(third.userId, c, [at(-5), at(-30)]);
    await makeContract({
      policy: CENTRE,
      payerId: parentId,
      beneficiaryId: third.userId,
      status: 'ACTIVE',
      signedAt: fromWarsaw(2026, 9, 1),
      charges: [{ dueDate: '2026-11-20' }],
    });
    const after = await count();
    await counted.$disconnect();
    expect(before).toBeGreaterThan(0);
    expect(after).toBe(before);
  });
});
