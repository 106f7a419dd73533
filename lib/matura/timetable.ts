// CKE's timetable of an exam year in the database (ExamSession): written from the May pattern
// (lib/matura/rules/timetable.ts) once per year, and read by day for staff's panel and by the
// planner's rooms. A row is one exam (subject, part, level) at one instant; writing is idempotent.
import { db } from '@/lib/db/client';
import { currentTime } from '@/lib/clock/clock';
import { orderableExamYears } from '@/lib/licence/rules/exam-years';
import { formatDate, warsawDateKey, warsawParts } from '@/lib/format/time';
import { examLevelName, subjectListFor, subjectName } from './subject-list';
import { timetableFor, type TimetableSession } from './rules/timetable';

/** Writes the sessions of the year that are not stored yet (same subject, part and level); returns how many. */
export async function ensureTimetable(
  examYear: number,
  sessions: readonly TimetableSession[] = timetableFor(examYear),
): Promise<number> {
  const stored = await db().examSession.findMany({
    where: { examYear },
    select: { subject: true, part: true, level: true },
  });
  const have = new Set(stored.map((s) => `${s.subject}:${s.part}:${s.level ?? ''}`));
  const missing = sessions.filter((s) => !have.has(`${s.subject}:${s.part}:${s.level}`));
  if (missing.length === 0) return 0;
  await db().examSession.createMany({ data: missing.map((s) => ({ examYear, ...s })) });
  return missing.length;
}

export type SessionRow = {
  id: string;
  time: string;
  subject: string;
  part: string;
  level: string | null;
  label: string;
};
export type TimetableDay = { day: string; label: string; sessions: SessionRow[] };

const hhmm = (d: Date) => {
  const p = warsawParts(d);
  return `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
};

/** The year's sessions grouped by Warsaw day, each with its time and the exam in words. */
export async function timetableByDay(examYear: number): Promise<TimetableDay[]> {
  const list = await subjectListFor(examYear);
  const rows = await db().examSession.findMany({
    where: { examYear },
    orderBy: [{ startsAt: 'asc' }, { subject: 'asc' }],
    select: { id: true, subject: true, part: true, level: true, startsAt: true },
  });
  const days: TimetableDay[] = [];
  for (const r of rows) {
    const day = warsawDateKey(r.startsAt);
    let entry = days.at(-1);
    if (entry?.day !== day) days.push((entry = { day, label: formatDate(r.startsAt), sessions: [] }));
    entry.sessions.push({
      id: r.id,
      time: hhmm(r.startsAt),
      subject: r.subject,
      part: r.part,
      level: r.level,
      label: sessionLabel(list, r),
    });
  }
  return days;
}

/** "matematyka, poziom rozszerzony": one session's exam in words. */
export function sessionLabel(
  list: Awaited<ReturnType<typeof subjectListFor>>,
  s: { subject: string; part: string; level: string | null },
): string {
  const name = subjectName(list, s.subject);
  return s.level ? `${name}, ${examLevelName(s.part, s.level)}` : name;
}

/** Staff's panel: the years on offer (the coming matura and the one after) and one year's days. */
export async function timetablePanel(
  requested: number,
  now = currentTime(),
): Promise<{ years: number[]; year: number; days: TimetableDay[] }> {
  const years = orderableExamYears(now);
  const year = years.includes(requested) ? requested : years[0];
  return { years, year, days: await timetableByDay(year) };
}
