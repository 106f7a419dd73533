// Seating a room session: the students whose declaration has the session's exam (MaturaExam of
// its subject, part and level) and who sit in no other room of that session, up to the room's
// seats. Seating changes the team the room needs (Z2), so it clears the director's approval.
import type { Prisma } from '@/lib/db/generated/client';
import { db, type Tx } from '@/lib/db/client';
import { currentTime } from '@/lib/clock/clock';
import { UserError } from '@/lib/errors';
import { type PlannerAccess, workingAccess, readingAccess } from '@/lib/licence/planner';
import { ownRoomSession } from './rooms';

type Session = { subject: string; part: string; level: string | null };

/** The licence's students who take the session's exam and have no seat at that session yet. */
export function unseatedWhere(
  access: PlannerAccess,
  sessionId: string,
  session: Session,
): Prisma.MaturaStudentWhereInput {
  return {
    schoolId: access.schoolId,
    licenceId: access.licence.id,
    exams: {
      some: {
        schoolId: access.schoolId,
        subject: session.subject,
        part: session.part,
        ...(session.level ? { level: session.level } : {}),
      },
    },
    seats: { none: { roomSession: { schoolId: access.schoolId, sessionId } } },
  };
}

export type SeatStudent = { id: string; firstName: string; lastName: string; className: string };

/** Students still without a seat at the room session's session (for the seating form). */
export async function unseatedStudents(
  viewer: { id: string },
  schoolId: string,
  roomSessionId: string,
  now = currentTime(),
): Promise<SeatStudent[]> {
  const access = await readingAccess(viewer, schoolId, now);
  const rs = await ownRoomSession(access, roomSessionId);
  return db().maturaStudent.findMany({
    where: unseatedWhere(access, rs.sessionId, rs.session),
    orderBy: [{ className: 'asc' }, { lastName: 'asc' }, { firstName: 'asc' }, { id: 'asc' }],
    select: { id: true, firstName: true, lastName: true, className: true },
  });
}

/** Z6: a changed room session is no longer the one the director approved. */
export async function clearApproval(tx: Tx, schoolId: string, roomSessionId: string) {
  await tx.roomSession.updateMany({
    where: { id: roomSessionId, schoolId, approvedAt: { not: null } },
    data: { approvedAt: null, approvedById: null },
  });
}

/** Seats the given students (each must take the exam and be unseated at the session); returns how many. */
export async function seatStudents(
  viewer: { id: string },
  schoolId: string,
  roomSessionId: string,
  studentIds: string[],
  now = currentTime(),
): Promise<number> {
  const access = await workingAccess(viewer, schoolId, now);
  const rs = await ownRoomSession(access, roomSessionId);
  const ids = [...new Set(studentIds)];
  if (ids.length === 0) throw new UserError('plannerTeams.errors.noStudentsChosen');
  return db().$transaction(async (tx) => {
    const eligible = await tx.maturaStudent.findMany({
      where: { ...unseatedWhere(access, rs.sessionId, rs.session), id: { in: ids } },
      select: { id: true },
    });
    if (eligible.length !== ids.length) throw new UserError('plannerTeams.errors.studentNotEligible');
    const seated = await tx.roomSeat.count({ where: { roomSessionId, roomSession: { schoolId } } });
    if (seated + ids.length > rs.room.seats)
      throw new UserError({ code: 'plannerTeams.errors.roomFull', params: [rs.room.seats - seated] });
    await tx.roomSeat.createMany({
      data: ids.map((studentId) => ({ roomSessionId, studentId })),
      skipDuplicates: true,
    });
    await clearApproval(tx, schoolId, roomSessionId);
    return ids.length;
  });
}

/** "Seat all remaining": fills the room up to its seats with the unseated students, by class and name. */
export async function seatAllRemaining(
  viewer: { id: string },
  schoolId: string,
  roomSessionId: string,
  now = currentTime(),
): Promise<number> {
  const access = await workingAccess(viewer, schoolId, now);
  const rs = await ownRoomSession(access, roomSessionId);
  return db().$transaction(async (tx) => {
    const seated = await tx.roomSeat.count({ where: { roomSessionId, roomSession: { schoolId } } });
    const free = rs.room.seats - seated;
    if (free <= 0) throw new UserError({ code: 'plannerTeams.errors.roomFull', params: [0] });
    const next = await tx.maturaStudent.findMany({
      where: unseatedWhere(access, rs.sessionId, rs.session),
      orderBy: [{ className: 'asc' }, { lastName: 'asc' }, { firstName: 'asc' }, { id: 'asc' }],
      take: free,
      select: { id: true },
    });
    if (next.length === 0) return 0;
    await tx.roomSeat.createMany({
      data: next.map((s) => ({ roomSessionId, studentId: s.id })),
      skipDuplicates: true,
    });
    await clearApproval(tx, schoolId, roomSessionId);
    return next.length;
  });
}

export async function unseatStudent(
  viewer: { id: string },
  schoolId: string,
  roomSessionId: string,
  studentId: string,
  now = currentTime(),
): Promise<void> {
  const access = await workingAccess(viewer, schoolId, now);
  await ownRoomSession(access, roomSessionId);
  await db().$transaction(async (tx) => {
    const { count } = await tx.roomSeat.deleteMany({ where: { roomSessionId, studentId, roomSession: { schoolId } } });
    if (count > 0) await clearApproval(tx, schoolId, roomSessionId);
  });
}
