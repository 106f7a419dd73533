// The planner's summaries as plain grouping of rows (issue 23): what the school orders from OKE
// (students per subject, part and level), the same per class, per session day of CKE's
// timetable, and the students not yet checked against their paper declaration (A14).
export type ExamRow = { studentId: string; subject: string; part: string; level: string };
export type StudentRow = {
  id: string;
  firstName: string;
  lastName: string;
  className: string;
  checkedAt: Date | null;
};
export type SessionRow = { subject: string; part: string; level: string | null; startsAt: Date };

export type SubjectCount = { subject: string; part: string; level: string; students: number };
export type ClassSummary = { className: string; students: number; exams: SubjectCount[] };
export type SessionCount = SessionRow & { students: number };
export type DaySummary = { day: string; sessions: SessionCount[]; students: number };

const PARTS = ['written', 'oral'];
const LEVELS = ['basic', 'extended', 'bilingual', 'none'];
const rank = (list: string[], v: string) => (list.includes(v) ? list.indexOf(v) : list.length);
const collator = new Intl.Collator('pl', { numeric: true, sensitivity: 'base' });

/**
 * The order counts are shown in: the subject list's order (`order`, codes), unknown subjects after
 * it by code; written before oral; basic, extended, bilingual, no level.
 */
export function compareExams(order: readonly string[] = []) {
  const pos = (s: string) => (order.includes(s) ? order.indexOf(s) : order.length);
  return (a: Omit<SubjectCount, 'students'>, b: Omit<SubjectCount, 'students'>) =>
    pos(a.subject) - pos(b.subject) ||
    collator.compare(a.subject, b.subject) ||
    rank(PARTS, a.part) - rank(PARTS, b.part) ||
    rank(LEVELS, a.level) - rank(LEVELS, b.level);
}

/** Students per subject, part and level: one student counts once per exam row (the unique key). */
export function subjectCounts(exams: readonly ExamRow[], order: readonly string[] = []): SubjectCount[] {
  const byKey = new Map<string, SubjectCount & { ids: Set<string> }>();
  for (const e of exams) {
    const key = `${e.subject}\u0000${e.part}\u0000${e.level}`;
    let row = byKey.get(key);
    if (!row) {
      row = { subject: e.subject, part: e.part, level: e.level, students: 0, ids: new Set() };
      byKey.set(key, row);
    }
    row.ids.add(e.studentId);
    row.students = row.ids.size;
  }
  return [...byKey.values()]
    .map((r) => ({ subject: r.subject, part: r.part, level: r.level, students: r.students }))
    .sort(compareExams(order));
}

/** Class, surname, first name in Polish order ("2a" before "10a"): every list and printout. */
export function compareStudents(
  a: Pick<StudentRow, 'className' | 'lastName' | 'firstName'>,
  b: Pick<StudentRow, 'className' | 'lastName' | 'firstName'>,
): number {
  return (
    collator.compare(a.className, b.className) ||
    collator.compare(a.lastName, b.lastName) ||
    collator.compare(a.firstName, b.firstName)
  );
}

/** Per class: how many students, and the subject counts among them. */
export function classSummaries(
  students: readonly StudentRow[],
  exams: readonly ExamRow[],
  order: readonly string[] = [],
): ClassSummary[] {
  const classOf = new Map(students.map((s) => [s.id, s.className]));
  const names = [...new Set(students.map((s) => s.className))].sort(collator.compare);
  return names.map((className) => ({
    className,
    students: students.filter((s) => s.className === className).length,
    exams: subjectCounts(
      exams.filter((e) => classOf.get(e.studentId) === className),
      order,
    ),
  }));
}

/** A session of the timetable takes an exam when subject and part match and its level is the exam's or open. */
export const sessionTakes = (s: SessionRow, e: Pick<ExamRow, 'subject' | 'part' | 'level'>) =>
  s.subject === e.subject && s.part === e.part && (s.level === null || s.level === e.level);

/**
 * Per day of the timetable (Europe/Warsaw, `dayOf`): each session with its number of students and
 * the day's distinct students. Days and sessions nobody sits are left out.
 */
export function sessionDays(
  sessions: readonly SessionRow[],
  exams: readonly ExamRow[],
  dayOf: (d: Date) => string,
): DaySummary[] {
  const days = new Map<string, { sessions: SessionCount[]; ids: Set<string> }>();
  const sorted = [...sessions].sort(
    (a, b) => a.startsAt.getTime() - b.startsAt.getTime() || compareExams()(withLevel(a), withLevel(b)),
  );
  for (const s of sorted) {
    const ids = new Set(exams.filter((e) => sessionTakes(s, e)).map((e) => e.studentId));
    if (ids.size === 0) continue;
    const day = dayOf(s.startsAt);
    const entry = days.get(day) ?? { sessions: [], ids: new Set<string>() };
    entry.sessions.push({ ...s, students: ids.size });
    for (const id of ids) entry.ids.add(id);
    days.set(day, entry);
  }
  return [...days.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([day, e]) => ({ day, sessions: e.sessions, students: e.ids.size }));
}

const withLevel = (s: SessionRow) => ({ ...s, level: s.level ?? '' });

/** Declared exams no session of the timetable takes (a timetable not yet loaded, a subject staff added). */
export function unscheduledExams(
  sessions: readonly SessionRow[],
  exams: readonly ExamRow[],
  order: readonly string[] = [],
): SubjectCount[] {
  return subjectCounts(
    exams.filter((e) => !sessions.some((s) => sessionTakes(s, e))),
    order,
  );
}

/** A14: the students whose data nobody has yet checked against the paper declaration. */
export function uncheckedStudents<S extends StudentRow>(students: readonly S[]): S[] {
  return students.filter((s) => s.checkedAt === null).sort(compareStudents);
}
