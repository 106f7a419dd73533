// An exam year's subject list as the planner uses it (M9): the one staff stored for the year
// (MaturaSubjectList) or else the built-in one, and the names people read. Every part of the
// planner — declarations, summaries, printouts — names subjects through here, so a subject staff
// add later reads the same everywhere.
import { db } from '@/lib/db/client';
import { messages } from '@/lib/i18n';
import { SUBJECT_LISTS } from './data/subjects';
import { parseSubjectList, type SubjectList } from './subjects';

/** The year's list; null when neither staff nor the code has one (the page says so). */
export async function subjectListFor(examYear: number): Promise<SubjectList | null> {
  const row = await db().maturaSubjectList.findUnique({ where: { examYear }, select: { data: true } });
  if (row) return parseSubjectList(row.data);
  return SUBJECT_LISTS[examYear] ?? null;
}

/** A subject's name: the catalogue's for a built-in code, the stored one for a staff-added subject. */
export function subjectName(list: SubjectList | null, code: string): string {
  const own = list?.subjects.find((s) => s.code === code)?.name;
  if (own) return own;
  return (messages().matura.subjects as Record<string, string>)[code] ?? code;
}

/** "poziom rozszerzony", "ustny – bez określania poziomu": a declared exam's part and level in words. */
export function examLevelName(part: string, level: string): string {
  const l = messages().matura.levels;
  const written = l.written as Record<string, string>;
  const oral = l.oral as Record<string, string>;
  return part === 'oral' ? `${messages().matura.parts.oral} – ${oral[level] ?? level}` : (written[level] ?? level);
}
