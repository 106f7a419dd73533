// Staff keep each exam year's list of matura subjects and levels (issue 23: "data staff can
// update yearly, not code"). The panel shows every year on offer and every stored one; a save is
// checked (JSON, schema, year) and refused if it would drop a subject students of that year have
// already declared; a reset goes back to the list built into the code. Both audited, in the
// transaction that changes the row, with the actor's roles re-read there.
import type { Prisma } from '@/lib/db/generated/client';
import { db, type Tx } from '@/lib/db/client';
import { currentTime } from '@/lib/clock/clock';
import { recordAudit } from '@/lib/audit';
import { UserError } from '@/lib/errors';
import { messages } from '@/lib/i18n';
import { formatDateTime } from '@/lib/format/time';
import { actorWith } from '@/lib/staff/authority';
import { orderableExamYears } from '@/lib/licence/rules/exam-years';
import { SUBJECT_LISTS } from './data/subjects';
import { parseSubjectList, type SubjectList } from './subjects';
import { subjectName } from './subject-list';
import {
  droppedSubjects,
  readSubjectList,
  subjectListText,
  subjectTable,
  type SubjectRow,
  type SubjectTableNames,
} from './rules/subject-list-edit';

export type SubjectListCard = {
  examYear: number;
  /** 'stored' by staff, 'builtIn' in the code, or 'none' (the year has no list yet). */
  origin: 'stored' | 'builtIn' | 'none';
  /** Whether the year has a list in the code to go back to. */
  hasBuiltIn: boolean;
  /** "Lista zapisana przez … dnia …" / "Lista wbudowana…" / no list. */
  originText: string;
  source: string | null;
  rows: SubjectRow[];
  /** The list in force, pretty-printed; for a year without one, the latest list re-dated to it. */
  json: string;
};

function tableNames(list: SubjectList, locale?: string): SubjectTableNames {
  const m = messages(locale);
  const kinds = m.plannerSubjects.kinds as Record<string, string>;
  const formulas = m.matura.formulas as Record<string, string>;
  const written = m.matura.levels.written as Record<string, string>;
  const oral = m.matura.levels.oral as Record<string, string>;
  const env = m.matura.environment as unknown as Record<string, string>;
  const options = m.matura.environment.options as Record<string, string>;
  return {
    subject: (code) => subjectName(list, code),
    kind: (k) => kinds[k] ?? k,
    formula: (f) => formulas[f] ?? f,
    written: (l) => written[l] ?? l,
    oral: (l) => oral[l] ?? l,
    choice: (k) => (typeof env[k] === 'string' ? env[k] : k),
    option: (c) => options[c] ?? c,
    none: m.plannerSubjects.noPart,
  };
}

/** The years staff see: the ones a school can order now, and every year with a stored list. */
/** Worded in the reader's `locale`; the subjects' own names are the list's (Polish, as CKE names them). */
export async function subjectListsPanel(now = currentTime(), locale?: string): Promise<SubjectListCard[]> {
  const t = messages(locale).plannerSubjects;
  const rows = await db().maturaSubjectList.findMany({
    select: { examYear: true, data: true, updatedById: true, updatedAt: true },
  });
  const byYear = new Map(rows.map((r) => [r.examYear, r]));
  const years = [...new Set([...orderableExamYears(now), ...byYear.keys()])].sort((a, b) => a - b);
  const editorIds = [...new Set(rows.map((r) => r.updatedById).filter((id): id is string => id !== null))];
  const editors = new Map(
    (
      await db().user.findMany({
        where: { id: { in: editorIds } },
        select: { id: true, firstName: true, lastName: true, email: true },
      })
    ).map((u) => [u.id, `${u.firstName} ${u.lastName}`.trim() || u.email]),
  );
  const builtInYears = Object.keys(SUBJECT_LISTS).map(Number);
  const latest = SUBJECT_LISTS[Math.max(...builtInYears)];
  return years.map((examYear) => {
    const row = byYear.get(examYear);
    const builtIn = SUBJECT_LISTS[examYear] ?? null;
    const list = row ? parseSubjectList(row.data) : builtIn;
    const when = row ? formatDateTime(row.updatedAt, locale) : '';
    const who = row?.updatedById ? editors.get(row.updatedById) : undefined;
    return {
      examYear,
      origin: row ? 'stored' : builtIn ? 'builtIn' : 'none',
      hasBuiltIn: builtIn !== null,
      originText: row ? (who ? t.stored(who, when) : t.storedUnknown(when)) : builtIn ? t.builtIn : t.none,
      source: list?.source ?? null,
      rows: list ? subjectTable(list, tableNames(list, locale)) : [],
      json: subjectListText(list ?? { ...latest, examYear }),
    };
  });
}

/** The JSON staff download for a year: the list in force, or null when it has none. */
export async function subjectListJson(examYear: number): Promise<string | null> {
  const row = await db().maturaSubjectList.findUnique({ where: { examYear }, select: { data: true } });
  const list = row ? parseSubjectList(row.data) : (SUBJECT_LISTS[examYear] ?? null);
  return list ? subjectListText(list) : null;
}

/** Exams declared in the year, by subject (MaturaExam through the student's licence). */
async function declaredSubjects(tx: Tx, examYear: number): Promise<{ subject: string; count: number }[]> {
  const groups = await tx.maturaExam.groupBy({
    by: ['subject'],
    where: { student: { licence: { examYear } } },
    _count: { _all: true },
  });
  return groups.map((g) => ({ subject: g.subject, count: g._count._all }));
}

const summary = (list: SubjectList | null) =>
  list ? { source: list.source, subjects: list.subjects.map((s) => s.code) } : null;

function checkYear(examYear: number): void {
  if (!Number.isInteger(examYear) || examYear < 2023 || examYear > 2100)
    throw new UserError('plannerSubjects.errors.year');
}

/**
 * Stores the typed list as the year's. Refused (nothing stored) when the text is not JSON, not a
 * valid list, of another year, or drops a subject students of the year have declared.
 */
export async function saveSubjectList(
  actorId: string,
  examYear: number,
  jsonText: string,
  now = currentTime(),
): Promise<SubjectList> {
  checkYear(examYear);
  const read = readSubjectList(jsonText, examYear);
  if (!read.ok) throw new UserError('plannerSubjects.errors.invalid', { data: read.error });
  const list = read.list;
  await db().$transaction(async (tx) => {
    await actorWith(tx, actorId, 'schools:manage');
    // One save of a year at a time, so the declared-subject check sees what the other stored.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('planeta:subject-list'), ${examYear})`;
    const before = await tx.maturaSubjectList.findUnique({ where: { examYear }, select: { data: true } });
    const dropped = droppedSubjects(list, await declaredSubjects(tx, examYear));
    if (dropped.length > 0) {
      const t = messages().plannerSubjects.errors;
      const current = before ? parseSubjectList(before.data) : (SUBJECT_LISTS[examYear] ?? null);
      const names = dropped.map((d) => t.droppedOne(subjectName(current, d.subject), d.count)).join(', ');
      throw new UserError('plannerSubjects.errors.invalid', {
        data: { code: 'plannerSubjects.errors.dropped', params: [names] },
      });
    }
    const data = list as unknown as Prisma.InputJsonValue;
    await tx.maturaSubjectList.upsert({
      where: { examYear },
      create: { examYear, data, updatedById: actorId, updatedAt: now },
      update: { data, updatedById: actorId, updatedAt: now },
    });
    await recordAudit(tx, {
      actorId,
      action: 'matura.subject-list.saved',
      objectType: 'maturaSubjectList',
      objectId: String(examYear),
      before: summary(before ? parseSubjectList(before.data) : (SUBJECT_LISTS[examYear] ?? null)),
      after: summary(list),
    });
  });
  return list;
}

/** Deletes the year's stored list, so the built-in one is in force again; only for a year that has one. */
export async function resetSubjectList(actorId: string, examYear: number): Promise<void> {
  checkYear(examYear);
  const builtIn = SUBJECT_LISTS[examYear];
  if (!builtIn) throw new UserError('plannerSubjects.errors.noBuiltIn');
  await db().$transaction(async (tx) => {
    await actorWith(tx, actorId, 'schools:manage');
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('planeta:subject-list'), ${examYear})`;
    const before = await tx.maturaSubjectList.findUnique({ where: { examYear }, select: { data: true } });
    if (!before) throw new UserError('plannerSubjects.errors.notStored');
    const dropped = droppedSubjects(builtIn, await declaredSubjects(tx, examYear));
    if (dropped.length > 0) {
      const t = messages().plannerSubjects.errors;
      const stored = parseSubjectList(before.data);
      const names = dropped.map((d) => t.droppedOne(subjectName(stored, d.subject), d.count)).join(', ');
      throw new UserError({ code: 'plannerSubjects.errors.dropped', params: [names] });
    }
    await tx.maturaSubjectList.delete({ where: { examYear } });
    await recordAudit(tx, {
      actorId,
      action: 'matura.subject-list.reset',
      objectType: 'maturaSubjectList',
      objectId: String(examYear),
      before: summary(parseSubjectList(before.data)),
      after: summary(builtIn),
    });
  });
}
