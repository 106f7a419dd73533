// Reads for the staff course editor and the learners' progress table.
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { progressPercent } from '@/lib/learning/outline';
import { accessState } from '@/lib/learning/access-window';

export function listCoursesForStaff() {
  return db().course.findMany({
    orderBy: { title: 'asc' },
    select: {
      id: true,
      slug: true,
      title: true,
      published: true,
      priceGross: true,
      _count: { select: { enrolments: true, questions: true, modules: true } },
    },
  });
}

export function courseForEditing(id: string) {
  return db().course.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      title: true,
      summary: true,
      description: true,
      categoryId: true,
      language: true,
      priceGross: true,
      accessMonths: true,
      testQuestionCount: true,
      passMarkPercent: true,
      maxAttempts: true,
      timeLimitMinutes: true,
      retakeDelayHours: true,
      testRequiresLessons: true,
      testShowsAnswers: true,
      syllabus: true,
      groupInstruction: true,
      published: true,
      modules: {
        orderBy: [{ position: 'asc' }, { id: 'asc' }],
        select: {
          id: true,
          title: true,
          position: true,
          lessons: { orderBy: [{ position: 'asc' }, { id: 'asc' }], select: { id: true, title: true, position: true } },
        },
      },
      _count: { select: { questions: true } },
    },
  });
}
export type EditableCourse = NonNullable<Awaited<ReturnType<typeof courseForEditing>>>;

export function listCategories() {
  return db().category.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } });
}

export function lessonForEditing(courseId: string, lessonId: string) {
  return db().lesson.findFirst({
    where: { id: lessonId, module: { courseId } },
    select: {
      id: true,
      moduleId: true,
      title: true,
      position: true,
      minutes: true,
      body: true,
      videoUrl: true,
      videoMedia: { select: { fileName: true, size: true } },
      attachments: { orderBy: { createdAt: 'asc' }, select: { id: true, fileName: true, size: true } },
    },
  });
}

/** Each learner of the course with progress, access state, attempts and best result. */
export async function learnersOf(courseId: string, now = currentTime()) {
  const [total, rows] = await Promise.all([
    db().lesson.count({ where: { module: { courseId } } }),
    db().enrolment.findMany({
      where: { courseId },
      orderBy: { createdAt: 'desc' },
      select: {
        id: true,
        status: true,
        startsAt: true,
        endsAt: true,
        user: { select: { firstName: true, lastName: true, email: true, login: true } },
        _count: { select: { progress: true, attempts: true } },
        attempts: {
          where: { percent: { not: null } },
          orderBy: { percent: 'desc' },
          take: 1,
          select: { percent: true, passed: true },
        },
        certificate: { select: { number: true } },
      },
    }),
  ]);
  return rows.map((e) => ({
    id: e.id,
    name: `${e.user.firstName} ${e.user.lastName}`,
    contact: e.user.email ?? e.user.login ?? '',
    state: e.status === 'REVOKED' ? ('revoked' as const) : accessState(now, e.startsAt, e.endsAt),
    endsAt: e.endsAt,
    percent: progressPercent(Math.min(e._count.progress, total), total),
    attempts: e._count.attempts,
    best: e.attempts[0]?.percent ?? null,
    passed: e.attempts[0]?.passed ?? false,
    certificate: e.certificate?.number ?? null,
  }));
}
