// Builders for the live-classes integration tests: people, a course with enrolments, and sessions
// written directly (the booking engine under test does not depend on how they were generated).
import { db } from '@/lib/db/client';
import type { Role } from '@/lib/db/generated/enums';
import type { LiveViewer } from '@/lib/live/access';

let seq = 0;
const next = () => `${process.pid}${++seq}${Math.floor(Math.random() * 1e6)}`;

export async function makeUser(roles: Role[] = ['LEARNER'], firstName = 'Ola'): Promise<LiveViewer> {
  const n = next();
  return db().user.create({
    data: { email: `u${n}@example.pl`, firstName, lastName: `Nowak${n}`, passwordHash: 'x', roles },
    select: { id: true, roles: true },
  });
}

export async function makeUsers(n: number): Promise<LiveViewer[]> {
  const data = Array.from({ length: n }, (_, i) => {
    const k = next();
    return {
      email: `m${k}@example.pl`,
      firstName: `Uczen${i}`,
      lastName: `K${k}`,
      passwordHash: 'x',
      roles: ['LEARNER' as Role],
    };
  });
  await db().user.createMany({ data });
  const users = await db().user.findMany({
    where: { email: { in: data.map((d) => d.email) } },
    select: { id: true, roles: true, email: true },
  });
  return data.map((d) => users.find((u) => u.email === d.email)!).map((u) => ({ id: u.id, roles: u.roles }));
}

export async function makeCourse() {
  const n = next();
  const category = await db().category.upsert({
    where: { slug: 'live' },
    create: { slug: 'live', name: 'Live' },
    update: {},
  });
  return db().course.create({
    data: {
      slug: `live-${n}`,
      title: `Angielski ${n}`,
      summary: 's',
      description: 'd',
      categoryId: category.id,
      priceGross: 100,
    },
    select: { id: true },
  });
}

export async function enrol(userIds: string[], courseId: string, startsAt: Date) {
  await db().enrolment.createMany({ data: userIds.map((userId) => ({ userId, courseId, startsAt })) });
}

type GroupOpts = {
  teacherId: string;
  programme?: string;
  bookingMode?: 'MEMBERS' | 'OPEN';
  courseId?: string | null;
  capacity?: number;
  records?: boolean;
  roomKind?: 'BBB' | 'EXTERNAL';
  externalUrl?: string | null;
};

export async function makeGroupWithSession(o: GroupOpts, startsAt: Date, minutes = 100) {
  const capacity = o.capacity ?? 12;
  const group = await db().liveGroup.create({
    data: {
      programme: o.programme ?? 'prog',
      title: `Grupa ${next()}`,
      teacherId: o.teacherId,
      courseId: o.courseId ?? null,
      bookingMode: o.bookingMode ?? 'OPEN',
      capacity,
      records: o.records ?? false,
      roomKind: o.roomKind ?? 'BBB',
      externalUrl: o.externalUrl ?? null,
      weekday: 1,
      startTime: '17:00',
      durationMinutes: minutes,
      firstDay: startsAt,
      lastDay: startsAt,
    },
    select: { id: true },
  });
  const session = await db().liveSession.create({
    data: {
      groupId: group.id,
      teacherId: o.teacherId,
      startsAt,
      endsAt: new Date(startsAt.getTime() + minutes * 60_000),
      capacity,
    },
    select: { id: true, startsAt: true, endsAt: true, bbbMeetingId: true },
  });
  return { groupId: group.id, session };
}

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
