// Demo live classes for `npm start`: a teacher ('lektor'), a razem-style OPEN conversation group of
// the demo English course (recorded, BBB) this week and next, with kursant booked on the first
// class, and a matplaneta-style MEMBERS maths group with kursant and zosia as members.
// Idempotent: nothing is added when the groups exist.
import { hashPassword } from '@/lib/auth/password';
import { termsVersionInForce } from '@/lib/auth/terms';
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { warsawDateKey } from '@/lib/format/time';
import { addDays } from '@/lib/calendar/business-days';
import { createLiveGroup } from '@/lib/live/groups/create';
import { addMember } from '@/lib/live/groups/members';
import { bookSession } from '@/lib/live/bookings/book';
import type { WeeklySchedule } from '@/lib/live/rules/schedule';

export const DEMO_TEACHER = {
  login: 'lektor',
  email: 'lektor@planeta.local',
  firstName: 'Lena',
  lastName: 'Lektorska',
};
const OPEN_TITLE = 'Angielski B1 — konwersacje na żywo';
const MEMBERS_TITLE = 'Matematyka Live — klasa 3';

/** ISO weekday (1 = Monday) of a Warsaw day key. */
const weekdayOf = (day: string) =>
  (((new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7) + 1) as WeeklySchedule['weekday'];

export async function seedLiveDemo(password: string, staffLogin: string, now = currentTime()): Promise<void> {
  if (await db().liveGroup.findFirst({ where: { title: OPEN_TITLE }, select: { id: true } })) return;
  const teacher =
    (await db().user.findUnique({ where: { login: DEMO_TEACHER.login }, select: { id: true } })) ??
    (await db().user.create({
      data: {
        ...DEMO_TEACHER,
        roles: ['TEACHER'],
        passwordHash: await hashPassword(password),
        termsVersion: termsVersionInForce(),
        termsAcceptedAt: now,
      },
      select: { id: true },
    }));
  const staff = await db().user.findUnique({ where: { login: staffLogin }, select: { id: true, roles: true } });
  const learner = await db().user.findUnique({ where: { login: 'kursant' }, select: { id: true, roles: true } });
  const child = await db().user.findUnique({ where: { login: 'zosia' }, select: { id: true } });
  const course = await db().course.findUnique({ where: { slug: 'angielski-b1' }, select: { id: true } });
  if (!staff || !learner || !course) return;

  const today = warsawDateKey(now);
  const tomorrow = addDays(today, 1);
  const open = await createLiveGroup(
    staff,
    {
      programme: 'razem-b1',
      title: OPEN_TITLE,
      courseId: course.id,
      teacherId: teacher.id,
      capacity: 8,
      minParticipants: 2,
      bookingMode: 'OPEN',
      records: true,
      schedule: {
        weekday: weekdayOf(tomorrow),
        startTime: '18:00',
        durationMinutes: 60,
        breakMinutes: 0,
        firstDay: tomorrow,
        lastDay: addDays(tomorrow, 13),
      },
    },
    now,
  );
  const first = await db().liveSession.findFirst({
    where: { groupId: open.groupId },
    orderBy: { startsAt: 'asc' },
    select: { id: true },
  });
  if (first) await bookSession(learner, learner.id, first.id, now);

  const inTwoDays = addDays(today, 2);
  const maths = await createLiveGroup(
    staff,
    {
      programme: 'matplaneta-live-3',
      title: MEMBERS_TITLE,
      teacherId: teacher.id,
      bookingMode: 'MEMBERS',
      schedule: {
        weekday: weekdayOf(inTwoDays),
        startTime: '16:00',
        durationMinutes: 100,
        breakMinutes: 10,
        firstDay: inTwoDays,
        lastDay: addDays(inTwoDays, 55),
      },
    },
    now,
  );
  await addMember(staff, maths.groupId, learner.id, now);
  if (child) await addMember(staff, maths.groupId, child.id, now);
}
