// The school's teachers who may sit in supervising and oral teams (Z1, Z4, Z5): the school's own
// (optionally linked to one of its staff accounts) or from another school or institution (no
// account). Every query has the school in its where; changes need the work level (A7, A19).
import { db } from '@/lib/db/client';
import { currentTime } from '@/lib/clock/clock';
import { NotFoundError, UserError, type FieldCodes } from '@/lib/errors';
import { workingAccess, readingAccess } from '@/lib/licence/planner';
import { subjectListFor, subjectName } from '@/lib/matura/subject-list';

export type TeacherInput = { name: string; subjects: string[]; external: boolean; userId: string | null };

export type TeacherRow = {
  id: string;
  name: string;
  external: boolean;
  subjects: string[];
  subjectNames: string[];
  userId: string | null;
  /** The linked staff account's name, when linked. */
  userName: string | null;
};

export const TEACHER_NAME_MAX = 120;

export async function listTeachers(
  viewer: { id: string },
  schoolId: string,
  now = currentTime(),
): Promise<TeacherRow[]> {
  const access = await readingAccess(viewer, schoolId, now);
  const list = await subjectListFor(access.licence.examYear);
  const rows = await db().schoolTeacher.findMany({
    where: { schoolId },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    select: { id: true, name: true, external: true, subjects: true, userId: true },
  });
  const users = await staffNames(
    schoolId,
    rows.flatMap((r) => (r.userId ? [r.userId] : [])),
  );
  return rows.map((r) => ({
    ...r,
    subjectNames: r.subjects.map((c) => subjectName(list, c)),
    userName: r.userId ? (users.get(r.userId) ?? null) : null,
  }));
}

/** The school's staff accounts a teacher may be linked to, by name. */
export async function staffOptions(schoolId: string): Promise<{ userId: string; name: string }[]> {
  const staff = await db().schoolStaff.findMany({
    where: { schoolId },
    select: { userId: true, user: { select: { firstName: true, lastName: true } } },
  });
  return staff
    .map((s) => ({ userId: s.userId, name: `${s.user.firstName} ${s.user.lastName}` }))
    .sort((a, b) => a.name.localeCompare(b.name, 'pl'));
}

async function staffNames(schoolId: string, userIds: string[]): Promise<Map<string, string>> {
  if (userIds.length === 0) return new Map();
  const staff = await db().schoolStaff.findMany({
    where: { schoolId, userId: { in: userIds } },
    select: { userId: true, user: { select: { firstName: true, lastName: true } } },
  });
  return new Map(staff.map((s) => [s.userId, `${s.user.firstName} ${s.user.lastName}`]));
}

/** Every field's refusal at once: the name, subjects not on the year's list, the staff link. */
async function checkTeacher(
  schoolId: string,
  examYear: number,
  input: TeacherInput,
  teacherId: string | null,
): Promise<TeacherInput> {
  const errors: FieldCodes = {};
  const name = input.name.trim().replace(/\s+/g, ' ');
  if (name === '') errors.name = 'plannerTeams.errors.nameRequired';
  else if (name.length > TEACHER_NAME_MAX) errors.name = 'plannerTeams.errors.nameTooLong';
  const list = await subjectListFor(examYear);
  const codes = new Set(list?.subjects.map((s) => s.code) ?? []);
  const subjects = [...new Set(input.subjects)];
  if (subjects.some((s) => !codes.has(s))) errors.subjects = 'plannerTeams.errors.unknownSubject';
  if (input.userId) {
    if (input.external) errors.userId = 'plannerTeams.errors.externalLinked';
    const staff = await db().schoolStaff.findUnique({
      where: { schoolId_userId: { schoolId, userId: input.userId } },
      select: { id: true },
    });
    if (!staff) errors.userId = 'plannerTeams.errors.notStaff';
    else {
      const other = await db().schoolTeacher.findFirst({
        where: { schoolId, userId: input.userId, ...(teacherId ? { id: { not: teacherId } } : {}) },
        select: { id: true },
      });
      if (other) errors.userId = 'plannerTeams.errors.staffLinkedTwice';
    }
  }
  if (Object.keys(errors).length > 0) throw new UserError('plannerTeams.errors.checkFields', errors);
  return { name, subjects, external: input.external, userId: input.userId || null };
}

/** Adds a teacher (teacherId null) or changes one; returns the teacher's id. */
export async function saveTeacher(
  viewer: { id: string },
  schoolId: string,
  teacherId: string | null,
  input: TeacherInput,
  now = currentTime(),
): Promise<string> {
  const access = await workingAccess(viewer, schoolId, now);
  if (teacherId) await ownTeacher(schoolId, teacherId);
  const data = await checkTeacher(schoolId, access.licence.examYear, input, teacherId);
  if (!teacherId) {
    const row = await db().schoolTeacher.create({ data: { schoolId, ...data }, select: { id: true } });
    return row.id;
  }
  await db().$transaction(async (tx) => {
    await tx.schoolTeacher.update({ where: { id: teacherId, schoolId }, data });
    // The teams the teacher sits in are not the ones the director approved any more (Z6).
    await tx.roomSession.updateMany({
      where: { schoolId, members: { some: { teacherId } }, approvedAt: { not: null } },
      data: { approvedAt: null, approvedById: null },
    });
  });
  return teacherId;
}

export async function deleteTeacher(
  viewer: { id: string },
  schoolId: string,
  teacherId: string,
  now = currentTime(),
): Promise<void> {
  await workingAccess(viewer, schoolId, now);
  await ownTeacher(schoolId, teacherId);
  await db().$transaction(async (tx) => {
    await tx.roomSession.updateMany({
      where: { schoolId, members: { some: { teacherId } }, approvedAt: { not: null } },
      data: { approvedAt: null, approvedById: null },
    });
    await tx.schoolTeacher.delete({ where: { id: teacherId, schoolId } });
  });
}

/** The school's own teacher, or 404 (another school's id is never revealed). */
export async function ownTeacher(schoolId: string, teacherId: string) {
  const row = await db().schoolTeacher.findFirst({
    where: { id: teacherId, schoolId },
    select: { id: true, name: true, external: true, subjects: true },
  });
  if (!row) throw new NotFoundError('teacher');
  return row;
}
