// What the printouts and exports read (issue 23, A7): each loader passes the download gate first
// (plannerAccess → NotFoundError for another school; requireRead; requireDownload refuses an
// unpaid, void or purged licence in the server) and reads the current licence's rows only, with
// the school in every `where`.
import { db } from '@/lib/db/client';
import { currentTime } from '@/lib/clock/clock';
import { NotFoundError } from '@/lib/errors';
import { requireDownload } from '@/lib/licence/access';
import { plannerAccess, requireRead, type PlannerAccess } from '@/lib/licence/planner';
import { subjectListFor } from '@/lib/matura/subject-list';
import type { SubjectList } from '@/lib/matura/subjects';
import { compareExams, compareStudents, type SubjectCount } from '@/lib/matura/summaries/group';
import { subjectCountsOf } from '@/lib/matura/summaries/summaries';

export type PrintoutMeta = { schoolName: string; examYear: number; generatedAt: Date; list: SubjectList | null };

export type DeclaredExam = { subject: string; part: string; level: string; environment: Record<string, string> | null };
export type StudentDeclaration = {
  id: string;
  firstName: string;
  lastName: string;
  className: string;
  formula: string;
  vocationalExemption: boolean;
  checkedAt: Date | null;
  exams: DeclaredExam[];
};

export type SeatedStudent = { firstName: string; lastName: string; className: string };
export type TeamSeat = { name: string; role: string; external: boolean };
export type RoomSessionSheet = {
  room: string;
  seats: number;
  session: { subject: string; part: string; level: string | null; startsAt: Date };
  students: SeatedStudent[];
  members: TeamSeat[];
  approvedAt: Date | null;
};

/** The gate of every file: the viewer's school, readable, and downloads allowed now. */
export async function downloadAccess(viewer: { id: string }, schoolId: string, now = currentTime()) {
  const access = await plannerAccess(viewer, schoolId, now);
  requireRead(access);
  requireDownload(access);
  return access;
}

async function metaOf(access: PlannerAccess, now: Date): Promise<PrintoutMeta> {
  const school = await db().school.findUniqueOrThrow({ where: { id: access.schoolId }, select: { name: true } });
  const list = await subjectListFor(access.licence.examYear);
  return { schoolName: school.name, examYear: access.licence.examYear, generatedAt: now, list };
}

/** An exam's environment as stored (informatyka: a choice → option map), or null. */
function environmentOf(json: unknown): Record<string, string> | null {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return null;
  const entries = Object.entries(json).filter((e): e is [string, string] => typeof e[1] === 'string');
  return entries.length ? Object.fromEntries(entries) : null;
}

/** Every student's declaration, by class and surname; `studentId` narrows it to one (another's → not found). */
export async function studentDeclarations(
  viewer: { id: string },
  schoolId: string,
  studentId: string | null = null,
  now = currentTime(),
): Promise<{ meta: PrintoutMeta; students: StudentDeclaration[] }> {
  const access = await downloadAccess(viewer, schoolId, now);
  const rows = await db().maturaStudent.findMany({
    where: { schoolId, licenceId: access.licence.id, ...(studentId ? { id: studentId } : {}) },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      className: true,
      formula: true,
      vocationalExemption: true,
      checkedAt: true,
      exams: {
        where: { schoolId },
        select: { subject: true, part: true, level: true, environment: true },
      },
    },
  });
  if (studentId && rows.length === 0) throw new NotFoundError('student');
  const meta = await metaOf(access, now);
  const order = compareExams(meta.list?.subjects.map((s) => s.code) ?? []);
  const students = rows
    .map((r) => ({
      ...r,
      exams: r.exams.map((e) => ({ ...e, environment: environmentOf(e.environment) })).sort(order),
    }))
    .sort(compareStudents);
  return { meta, students };
}

/** The OKE counts of the current licence and how many students it has. */
export async function subjectCountsFile(
  viewer: { id: string },
  schoolId: string,
  now = currentTime(),
): Promise<{ meta: PrintoutMeta; students: number; counts: SubjectCount[] }> {
  const access = await downloadAccess(viewer, schoolId, now);
  const meta = await metaOf(access, now);
  const [students, counts] = await Promise.all([
    db().maturaStudent.count({ where: { schoolId, licenceId: access.licence.id } }),
    subjectCountsOf(schoolId, access.licence.id, meta.list?.subjects.map((s) => s.code) ?? []),
  ]);
  return { meta, students, counts };
}

/** Every room at every session of the current licence, in time order: its students and its team. */
export async function roomSessionSheets(
  viewer: { id: string },
  schoolId: string,
  now = currentTime(),
): Promise<{ meta: PrintoutMeta; sessions: RoomSessionSheet[] }> {
  const access = await downloadAccess(viewer, schoolId, now);
  const rows = await db().roomSession.findMany({
    where: { schoolId, room: { schoolId, licenceId: access.licence.id } },
    select: {
      approvedAt: true,
      room: { select: { name: true, seats: true } },
      session: { select: { subject: true, part: true, level: true, startsAt: true } },
      seats: {
        where: { student: { schoolId } },
        select: { student: { select: { firstName: true, lastName: true, className: true } } },
      },
      members: {
        where: { teacher: { schoolId } },
        select: { role: true, teacher: { select: { name: true, external: true } } },
      },
    },
  });
  const collator = new Intl.Collator('pl', { numeric: true, sensitivity: 'base' });
  const sessions = rows
    .map((r) => ({
      room: r.room.name,
      seats: r.room.seats,
      session: r.session,
      approvedAt: r.approvedAt,
      students: r.seats.map((s) => s.student).sort(compareStudents),
      members: r.members
        .map((m) => ({ name: m.teacher.name, role: m.role, external: m.teacher.external }))
        .sort((a, b) => Number(b.role === 'chair') - Number(a.role === 'chair') || collator.compare(a.name, b.name)),
    }))
    .sort((a, b) => a.session.startsAt.getTime() - b.session.startsAt.getTime() || collator.compare(a.room, b.room));
  return { meta: await metaOf(access, now), sessions };
}
