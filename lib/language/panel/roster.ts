// The roster loader: every learner of the programme with their contract, enrolments in its level
// courses (lessons done), and their latest submitted level test, grouped by current level.
import { db } from '@/lib/db/client';
import { groupRoster, type RosterGroup } from './roster-model';
import { userSearch, type PanelScope } from './scope';

export async function languageRoster(scope: PanelScope, filter: { cefr?: string; q?: string }): Promise<RosterGroup[]> {
  const courseIds = scope.levels.map((l) => l.courseId);
  const learners = await db().languageLearner.findMany({
    where: { programmeId: scope.programme.id, user: userSearch(filter.q) },
    select: {
      startCefr: true,
      contractId: true,
      user: { select: { id: true, firstName: true, lastName: true, email: true } },
    },
  });
  const userIds = learners.map((l) => l.user.id);
  const contractIds = learners.flatMap((l) => (l.contractId ? [l.contractId] : []));
  const [contracts, enrolments, modules, attempts] = await Promise.all([
    db().contract.findMany({ where: { id: { in: contractIds } }, select: { id: true, number: true, status: true } }),
    db().enrolment.findMany({
      where: { userId: { in: userIds }, courseId: { in: courseIds } },
      select: { userId: true, courseId: true, _count: { select: { progress: true } } },
    }),
    db().courseModule.findMany({
      where: { courseId: { in: courseIds } },
      select: { courseId: true, _count: { select: { lessons: true } } },
    }),
    db().testAttempt.findMany({
      where: { submittedAt: { not: null }, enrolment: { userId: { in: userIds }, courseId: { in: courseIds } } },
      orderBy: [{ submittedAt: 'desc' }, { id: 'desc' }],
      select: {
        percent: true,
        passed: true,
        submittedAt: true,
        enrolment: { select: { userId: true, courseId: true } },
      },
    }),
  ]);
  const levelOf = new Map(scope.levels.map((l) => [l.courseId, l]));
  const contractOf = new Map(contracts.map((c) => [c.id, c]));
  const lessons = new Map<string, number>();
  for (const m of modules) lessons.set(m.courseId, (lessons.get(m.courseId) ?? 0) + m._count.lessons);
  const lastTest = new Map<string, (typeof attempts)[number]>();
  for (const a of attempts) if (!lastTest.has(a.enrolment.userId)) lastTest.set(a.enrolment.userId, a);
  const levels = scope.levels.map((l) => ({ ...l, lessons: lessons.get(l.courseId) ?? 0 }));
  const groups = groupRoster(
    levels,
    learners.map((l) => {
      const c = l.contractId ? contractOf.get(l.contractId) : undefined;
      const t = lastTest.get(l.user.id);
      return {
        userId: l.user.id,
        name: `${l.user.firstName} ${l.user.lastName}`,
        email: l.user.email,
        startCefr: l.startCefr,
        contract: c ? { number: c.number, status: c.status } : null,
        enrolments: enrolments
          .filter((e) => e.userId === l.user.id)
          .map((e) => ({ position: levelOf.get(e.courseId)!.position, lessonsDone: e._count.progress })),
        lastTest: t
          ? {
              cefr: levelOf.get(t.enrolment.courseId)!.cefr,
              percent: t.percent ?? 0,
              passed: t.passed === true,
              at: t.submittedAt!,
            }
          : null,
      };
    }),
  );
  return filter.cefr ? groups.filter((g) => g.level.cefr === filter.cefr) : groups;
}
