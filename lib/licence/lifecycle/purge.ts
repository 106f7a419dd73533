// A19 (seed §6.4): a licence's pupils' data — students with their declarations, unlocks and seats,
// rooms with their sessions and teams, and the school's teachers once no other licence of the
// school stands — are deleted 30 days after the licence ends, a renewed school's after its resit
// students moved to the renewal (schoolPlannerData in lib/retention/rules/table.ts; purgeDueAt pins the instant), or earlier by
// the director (eraseSchoolData, the school's name typed to confirm). Invoices and contracts are
// never touched (kept by law). One transaction per licence, the counts stored on it (purgeCounts)
// and written to the audit log; purgedAt makes a second run delete nothing.
import { db, type Tx } from '@/lib/db/client';
import { currentTime } from '@/lib/clock/clock';
import { UserError, type FieldCodes } from '@/lib/errors';
import { recordAudit } from '@/lib/audit';
import { warsawParts } from '@/lib/format/time';
import { purgeDueAt } from '@/lib/matura/rules/deadlines';
import { STANDING } from '../access';
import { plannerAccess, requireDirector, requireRead } from '../planner';
import { carryOverResits } from './carry-over';
import { contractStatuses } from './shared';

export type PurgeCounts = {
  students: number;
  exams: number;
  unlocks: number;
  seats: number;
  rooms: number;
  roomSessions: number;
  teamMembers: number;
  teachers: number;
};

const ZERO: PurgeCounts = {
  students: 0,
  exams: 0,
  unlocks: 0,
  seats: 0,
  rooms: 0,
  roomSessions: 0,
  teamMembers: 0,
  teachers: 0,
};

/** Whether another licence of the school still stands (not void, not purged, before its purge). */
async function otherLicenceStands(tx: Tx, schoolId: string, licenceId: string, now: Date): Promise<boolean> {
  const others = await tx.schoolLicence.findMany({
    where: { schoolId, id: { not: licenceId }, purgedAt: null },
    select: { examYear: true, contractId: true },
  });
  const live = others.filter((o) => now < purgeDueAt(o.examYear));
  if (live.length === 0) return false;
  const statuses = await contractStatuses(
    tx,
    live.map((o) => o.contractId),
  );
  return live.some((o) => STANDING.includes(statuses.get(o.contractId) ?? 'VOID'));
}

/** Deletes one licence's planner data in `tx` and returns what went (the caller stamps and audits). */
async function deleteLicenceData(tx: Tx, schoolId: string, licenceId: string, now: Date): Promise<PurgeCounts> {
  const ofStudents = { student: { schoolId, licenceId } };
  const ofRooms = { roomSession: { room: { schoolId, licenceId } } };
  const keepTeachers = await otherLicenceStands(tx, schoolId, licenceId, now);
  const counts: PurgeCounts = {
    students: 0,
    exams: await tx.maturaExam.count({ where: { schoolId, ...ofStudents } }),
    unlocks: await tx.declarationUnlock.count({ where: { schoolId, ...ofStudents } }),
    seats: await tx.roomSeat.count({ where: { OR: [ofStudents, ofRooms] } }),
    rooms: 0,
    roomSessions: await tx.roomSession.count({ where: { schoolId, room: { schoolId, licenceId } } }),
    teamMembers: await tx.teamMember.count({
      where: keepTeachers ? ofRooms : { OR: [ofRooms, { teacher: { schoolId } }] },
    }),
    teachers: 0,
  };
  // The cascades take exams, unlocks and seats with the students, sessions and teams with the rooms.
  counts.students = (await tx.maturaStudent.deleteMany({ where: { schoolId, licenceId } })).count;
  counts.rooms = (await tx.examRoom.deleteMany({ where: { schoolId, licenceId } })).count;
  if (!keepTeachers) counts.teachers = (await tx.schoolTeacher.deleteMany({ where: { schoolId } })).count;
  return counts;
}

const added = (a: unknown, b: PurgeCounts): PurgeCounts => {
  const prev = (a ?? {}) as Partial<PurgeCounts>;
  return Object.fromEntries(
    (Object.keys(ZERO) as (keyof PurgeCounts)[]).map((k) => [k, (prev[k] ?? 0) + b[k]]),
  ) as PurgeCounts;
};

/**
 * Purges one licence if it is due (past its purge instant, not purged); its counts, or null. A renewed
 * school's old licence goes too, once its resit students are carried to the renewal (the copy runs
 * first and is idempotent): the graduates' declarations serve no purpose after their exam year, and
 * a processor keeps pupils' data no longer than the controller's purpose needs (RODO art. 28(3)(g)).
 */
export async function purgeLicence(licenceId: string, now = currentTime()): Promise<PurgeCounts | null> {
  await carryOverResits(licenceId, now);
  return db().$transaction(async (tx) => {
    const l = await tx.schoolLicence.findUnique({
      where: { id: licenceId },
      select: { id: true, schoolId: true, examYear: true, purgedAt: true, purgeCounts: true },
    });
    if (!l || l.purgedAt || now < purgeDueAt(l.examYear)) return null;
    const claimed = await tx.schoolLicence.updateMany({
      where: { id: l.id, purgedAt: null },
      data: { purgedAt: now },
    });
    if (claimed.count === 0) return null;
    const counts = await deleteLicenceData(tx, l.schoolId, l.id, now);
    await tx.schoolLicence.update({ where: { id: l.id }, data: { purgeCounts: added(l.purgeCounts, counts) } });
    await recordAudit(tx, {
      actorId: null,
      action: 'licence.purged',
      objectType: 'schoolLicence',
      objectId: l.id,
      after: { schoolId: l.schoolId, examYear: l.examYear, ...counts },
    });
    return counts;
  });
}

/** The schoolPlannerData retention runner (lib/retention/runners.ts): the number of licences purged. */
export async function purgeSchoolPlannerData(now = currentTime()): Promise<number> {
  const year = warsawParts(now).year;
  const rows = await db().schoolLicence.findMany({
    where: { purgedAt: null, examYear: { lte: year } },
    select: { id: true, examYear: true },
    orderBy: { id: 'asc' },
  });
  let purged = 0;
  for (const l of rows.filter((r) => now >= purgeDueAt(r.examYear))) if (await purgeLicence(l.id, now)) purged += 1;
  return purged;
}

/** Text compared for the typed confirmation: spaces collapsed, case ignored. */
const normalName = (s: string) => s.trim().replace(/\s+/g, ' ').toLocaleLowerCase('pl');

/**
 * A19 "deleted by the school": the director erases the planner data of the school's current
 * licence at any time, typing the school's name to confirm; the same deletion as the purge,
 * stamped erasedByDirectorAt and audited with the director as actor. Once the licence has expired
 * without renewal it is also marked purged (nothing is left for the runner).
 */
export async function eraseSchoolData(
  viewer: { id: string },
  schoolId: string,
  input: { confirmName: string },
  now = currentTime(),
): Promise<PurgeCounts> {
  const access = await plannerAccess(viewer, schoolId, now);
  requireDirector(access);
  requireRead(access);
  const licenceId = access.licence.id;
  return db().$transaction(async (tx) => {
    const school = await tx.school.findUniqueOrThrow({ where: { id: schoolId }, select: { name: true } });
    if (normalName(input.confirmName) !== normalName(school.name)) {
      const code = 'plannerLifecycle.errors.nameMismatch' as const;
      throw new UserError(code, { confirmName: code } satisfies FieldCodes);
    }
    const l = await tx.schoolLicence.findUniqueOrThrow({
      where: { id: licenceId },
      select: { id: true, examYear: true, purgedAt: true, purgeCounts: true },
    });
    if (l.purgedAt) throw new UserError('plannerLifecycle.errors.nothingToErase');
    const counts = await deleteLicenceData(tx, schoolId, l.id, now);
    const expired = access.licence.phase === 'readOnly' || access.licence.phase === 'purgeDue';
    await tx.schoolLicence.update({
      where: { id: l.id },
      data: {
        erasedByDirectorAt: now,
        purgeCounts: added(l.purgeCounts, counts),
        ...(expired ? { purgedAt: now } : {}),
      },
    });
    await recordAudit(tx, {
      actorId: viewer.id,
      action: 'licence.erased',
      objectType: 'schoolLicence',
      objectId: l.id,
      after: { schoolId, examYear: l.examYear, ...counts },
    });
    return counts;
  });
}
