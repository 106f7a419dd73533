// The learner's home ("Moje kursy") answers where they stand: each course's lessons done and test,
// in the language school the level path, lessons done per Warsaw week and the next booked class.
// Five queries (six for a learner of a level course without a sign-up) whatever the number of courses; only the learner's own rows are read.
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { listMyCourses, type MyCourse } from '@/lib/learning/my-courses';
import {
  countByWeek,
  DASHBOARD_WEEKS,
  lastWeeks,
  weeksStart,
  type WeekCount,
} from '@/lib/families/dashboard/rules/weeks';
import { levelPath, type LevelPath } from './rules/level-path';

export type LearnerNextClass = {
  sessionId: string;
  title: string | null;
  course: string | null;
  teacher: string;
  startsAt: Date;
  endsAt: Date;
  place: string | null;
};

export type LearnerDashboard = {
  courses: MyCourse[];
  language: { programme: string; path: LevelPath } | null;
  weeks: WeekCount[];
  nextClass: LearnerNextClass | null;
};

export async function learnerDashboard(userId: string, now = currentTime()): Promise<LearnerDashboard> {
  const weeks = lastWeeks(now, DASHBOARD_WEEKS);
  const levelsSelect = {
    title: true,
    levels: { orderBy: { position: 'asc' }, select: { cefr: true, title: true, courseId: true } },
  } as const;
  const [courses, enrolled, signedUp, completions, next] = await Promise.all([
    listMyCourses(userId, now),
    db().enrolment.findMany({ where: { userId }, select: { courseId: true, course: { select: { slug: true } } } }),
    db().languageProgramme.findFirst({
      where: { learners: { some: { userId } } },
      orderBy: { createdAt: 'asc' },
      select: levelsSelect,
    }),
    db().lessonProgress.findMany({
      where: { completedAt: { gte: weeksStart(weeks) }, enrolment: { userId, status: 'ACTIVE' } },
      select: { completedAt: true },
    }),
    db().liveSession.findFirst({
      where: { status: 'SCHEDULED', endsAt: { gt: now }, bookings: { some: { userId, status: 'BOOKED' } } },
      orderBy: { startsAt: 'asc' },
      select: {
        id: true,
        startsAt: true,
        endsAt: true,
        group: { select: { title: true, place: true, course: { select: { title: true } } } },
        course: { select: { title: true } },
        teacher: { select: { firstName: true, lastName: true } },
      },
    }),
  ]);
  // The programme they signed up to, else the one of a level course they study (as the zone does).
  const programme =
    signedUp ??
    (enrolled.length > 0
      ? await db().languageProgramme.findFirst({
          where: { levels: { some: { courseId: { in: enrolled.map((e) => e.courseId) } } } },
          orderBy: { createdAt: 'asc' },
          select: levelsSelect,
        })
      : null);
  const bySlug = new Map(courses.map((c) => [c.slug, c]));
  const facts = enrolled.flatMap((e) => {
    const c = bySlug.get(e.course.slug);
    return c
      ? [{ courseId: e.courseId, enrolled: c.state !== 'revoked', passed: c.passed, done: c.done, total: c.total }]
      : [];
  });
  return {
    courses,
    language: programme
      ? {
          programme: programme.title,
          path: levelPath(programme.levels, facts),
        }
      : null,
    weeks: countByWeek(
      completions.map((p) => p.completedAt),
      weeks,
    ),
    nextClass: next
      ? {
          sessionId: next.id,
          title: next.group?.title ?? null,
          course: next.course?.title ?? next.group?.course?.title ?? null,
          teacher: `${next.teacher.firstName} ${next.teacher.lastName}`.trim(),
          startsAt: next.startsAt,
          endsAt: next.endsAt,
          place: next.group?.place ?? null,
        }
      : null,
  };
}
