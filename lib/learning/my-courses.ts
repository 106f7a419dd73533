// "Moje kursy": the signed-in learner's enrolments with progress, access end and test state.
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { accessState, type AccessState } from './access-window';
import { progressPercent } from './outline';
import { compareSubjectCourses } from '@/lib/families/subject-courses';
import { contractGrantsAccess } from '@/lib/billing/access';
import { warsawToday } from '@/lib/billing/rules/days';

export type MyCourse = {
  slug: string;
  title: string;
  /** The language the course is written in (its title's, for `lang`). */
  language: string;
  /** 'contract': granted by a contract that is suspended or over (lib/billing/access.ts). */
  state: AccessState | 'revoked' | 'contract';
  endsAt: Date | null;
  done: number;
  total: number;
  percent: number;
  passed: boolean;
  certificateNumber: string | null;
  /** Set when a refund revoked the certificate: the tile says so instead of offering the file. */
  certificateRevokedAt: Date | null;
};

export async function listMyCourses(userId: string, now = currentTime()): Promise<MyCourse[]> {
  const rows = await db().enrolment.findMany({
    where: { userId },
    orderBy: { createdAt: 'desc' },
    select: {
      status: true,
      startsAt: true,
      endsAt: true,
      course: {
        select: {
          slug: true,
          title: true,
          language: true,
          modules: { select: { _count: { select: { lessons: true } } } },
        },
      },
      _count: { select: { progress: true } },
      attempts: { where: { passed: true }, take: 1, select: { id: true } },
      certificate: { select: { number: true, revokedAt: true } },
      contract: { select: { status: true, paidThrough: true, endReason: true } },
    },
  });
  const today = warsawToday(now);
  // Newest first; a child's school subjects in the school's order (lib/families/rules/subjects.ts).
  rows.sort((a, b) => compareSubjectCourses(a.course, b.course));
  return rows.map((e) => {
    const total = e.course.modules.reduce((s, m) => s + m._count.lessons, 0);
    const done = Math.min(e._count.progress, total);
    return {
      slug: e.course.slug,
      title: e.course.title,
      language: e.course.language,
      state:
        e.status === 'REVOKED'
          ? 'revoked'
          : e.contract && !contractGrantsAccess(e.contract, today)
            ? 'contract'
            : accessState(now, e.startsAt, e.endsAt),
      endsAt: e.endsAt,
      done,
      total,
      percent: progressPercent(done, total),
      passed: e.attempts.length > 0,
      certificateNumber: e.certificate && !e.certificate.revokedAt ? e.certificate.number : null,
      certificateRevokedAt: e.certificate?.revokedAt ?? null,
    };
  });
}
