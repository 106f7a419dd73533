// The summaries page's data (issue 23): a school's current licence only, every query with the
// school in its `where`, behind the planner's gate (another school → NotFoundError → 404; a
// blocked licence → refused). The OKE counts are the database's GROUP BY; the rest is grouped in
// ./group.ts from the same rows.
import { db } from '@/lib/db/client';
import { currentTime } from '@/lib/clock/clock';
import { warsawDateKey } from '@/lib/format/time';
import { plannerAccess, requireRead } from '@/lib/licence/planner';
import { subjectListFor } from '@/lib/matura/subject-list';
import type { SubjectList } from '@/lib/matura/subjects';
import {
  classSummaries,
  compareExams,
  sessionDays,
  uncheckedStudents,
  unscheduledExams,
  type ClassSummary,
  type DaySummary,
  type StudentRow,
  type SubjectCount,
} from './group';

export type PlannerSummaries = {
  examYear: number;
  list: SubjectList | null;
  students: number;
  checked: number;
  subjects: SubjectCount[];
  classes: ClassSummary[];
  days: DaySummary[];
  unscheduled: SubjectCount[];
  unchecked: StudentRow[];
};

/** Students per subject, part and level of one licence: what the school orders from OKE. */
export async function subjectCountsOf(schoolId: string, licenceId: string, order: readonly string[] = []) {
  const groups = await db().maturaExam.groupBy({
    by: ['subject', 'part', 'level'],
    where: { schoolId, student: { schoolId, licenceId } },
    _count: { studentId: true },
  });
  return groups
    .map((g) => ({ subject: g.subject, part: g.part, level: g.level, students: g._count.studentId }))
    .sort(compareExams(order));
}

export async function plannerSummaries(
  viewer: { id: string },
  schoolId: string,
  now = currentTime(),
): Promise<PlannerSummaries> {
  const access = await plannerAccess(viewer, schoolId, now);
  requireRead(access);
  const { id: licenceId, examYear } = access.licence;
  const list = await subjectListFor(examYear);
  const order = list?.subjects.map((s) => s.code) ?? [];
  const [students, exams, sessions, subjects] = await Promise.all([
    db().maturaStudent.findMany({
      where: { schoolId, licenceId },
      select: { id: true, firstName: true, lastName: true, className: true, checkedAt: true },
    }),
    db().maturaExam.findMany({
      where: { schoolId, student: { schoolId, licenceId } },
      select: { studentId: true, subject: true, part: true, level: true },
    }),
    db().examSession.findMany({
      where: { examYear },
      select: { subject: true, part: true, level: true, startsAt: true },
    }),
    subjectCountsOf(schoolId, licenceId, order),
  ]);
  return {
    examYear,
    list,
    students: students.length,
    checked: students.filter((s) => s.checkedAt !== null).length,
    subjects,
    classes: classSummaries(students, exams, order),
    days: sessionDays(sessions, exams, warsawDateKey),
    unscheduled: unscheduledExams(sessions, exams, order),
    unchecked: uncheckedStudents(students),
  };
}
