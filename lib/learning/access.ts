// May this person study this course right now? Every learner page and action starts here, with
// the user's id in the where clause, so nobody reaches another person's enrolment.
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { accessState } from './access-window';

const courseSelect = {
  id: true,
  slug: true,
  title: true,
  published: true,
  testQuestionCount: true,
  passMarkPercent: true,
  maxAttempts: true,
  timeLimitMinutes: true,
  groupInstruction: true,
} as const;

const enrolmentSelect = {
  id: true,
  status: true,
  startsAt: true,
  endsAt: true,
  groupId: true,
  lastLessonId: true,
} as const;

export type AccessCourse = {
  id: string;
  slug: string;
  title: string;
  published: boolean;
  testQuestionCount: number;
  passMarkPercent: number;
  maxAttempts: number;
  timeLimitMinutes: number | null;
  groupInstruction: string | null;
};
export type AccessEnrolment = {
  id: string;
  status: 'ACTIVE' | 'REVOKED';
  startsAt: Date;
  endsAt: Date | null;
  groupId: string | null;
  lastLessonId: string | null;
};

export type CourseAccess =
  | { kind: 'no-course' }
  | { kind: 'none'; course: AccessCourse }
  | { kind: 'active' | 'ended' | 'not-started' | 'revoked'; course: AccessCourse; enrolment: AccessEnrolment };

export async function courseAccess(userId: string, slug: string, now = currentTime()): Promise<CourseAccess> {
  const course = await db().course.findUnique({
    where: { slug },
    select: { ...courseSelect, enrolments: { where: { userId }, select: enrolmentSelect } },
  });
  if (!course) return { kind: 'no-course' };
  const { enrolments, ...c } = course;
  const enrolment = enrolments[0];
  if (!enrolment) return c.published ? { kind: 'none', course: c } : { kind: 'no-course' };
  if (enrolment.status === 'REVOKED') return { kind: 'revoked', course: c, enrolment };
  return { kind: accessState(now, enrolment.startsAt, enrolment.endsAt), course: c, enrolment };
}

/** Whether the instruction page of a group course should come before the first lesson. */
export function opensWithInstruction(
  course: { groupInstruction: string | null },
  enrolment: { groupId: string | null },
): boolean {
  return Boolean(enrolment.groupId && course.groupInstruction?.trim());
}
