// The learner's home ("Moje kursy") answers where they stand: each course's lessons done and test,
// in the language school the level path, lessons done per Warsaw week and the next booked class.
// Four queries whatever the number of courses; only the learner's own rows are read.
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
  const [courses, programme, completions, next] = await Promise.all([
    listMyCourses(userId, now),
    // The programme they signed up to, else the one of a level course they study (as the zone).
    db().languageProgramme.findFirst({
      where: {
        OR: [
          { learners: { some: { userId } } },
          { levels: { some: { course: { enrolments: { some: { userId } } } } } },
        ],
      },
      orderBy: { createdAt: 'asc' },
      select: {
        title: true,
        levels: {
          orderBy: { position: 'asc' },
          select: { cefr: true, title: true, course: { select: { slug: true } } },
        },
      },
    }),
    db().lessonProgress.findMany({
      where: { completedAt: { gte: weeksStart(weeks) }, enrolment: { userId } },
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
  const facts = courses.map((c) => ({
    slug: c.slug,
    enrolled: c.state !== 'revoked',
    passed: c.passed,
    done: c.done,
    total: c.total,
  }));
  return {
    courses,
    language: programme
      ? {
          programme: programme.title,
          path: levelPath(
            programme.levels.map((l) => ({ cefr: l.cefr, title: l.title, slug: l.course.slug })),
            facts,
          ),
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
