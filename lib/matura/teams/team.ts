// A room session's team (Z1–Z6): the school's teachers appointed as chair or member, its warnings
// from the pure rules (lib/matura/rules/teams.ts) — never refusals, the director decides — and the
// director's approval (Z6), audited; any change to the team afterwards clears the approval.
import { db } from '@/lib/db/client';
import { currentTime } from '@/lib/clock/clock';
import { UserError } from '@/lib/errors';
import { recordAudit } from '@/lib/audit';
import { requireDirector, type PlannerAccess, workingAccess } from '@/lib/licence/planner';
import type { RoomSession } from '@/lib/matura/rules/teams';
import { roomWarnings, type RoomWarning } from '@/lib/matura/rules/room-warnings';
import { ownRoomSession } from './rooms';
import { ownTeacher } from './teachers';
import { clearApproval } from './seating';

export const TEAM_ROLES = ['chair', 'member'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

/** Appoints a teacher to the team, or changes their role there. */
export async function setTeamMember(
  viewer: { id: string },
  schoolId: string,
  roomSessionId: string,
  teacherId: string,
  role: TeamRole,
  now = currentTime(),
): Promise<void> {
  const access = await workingAccess(viewer, schoolId, now);
  if (!TEAM_ROLES.includes(role))
    throw new UserError('plannerTeams.errors.unknownRole', { role: 'plannerTeams.errors.unknownRole' });
  await ownRoomSession(access, roomSessionId);
  await ownTeacher(schoolId, teacherId);
  await db().$transaction(async (tx) => {
    const before = await tx.teamMember.findUnique({
      where: { roomSessionId_teacherId: { roomSessionId, teacherId } },
      select: { role: true },
    });
    if (before?.role === role) return;
    await tx.teamMember.upsert({
      where: { roomSessionId_teacherId: { roomSessionId, teacherId } },
      create: { roomSessionId, teacherId, role },
      update: { role },
    });
    await clearApproval(tx, schoolId, roomSessionId);
  });
}

export async function removeTeamMember(
  viewer: { id: string },
  schoolId: string,
  roomSessionId: string,
  teacherId: string,
  now = currentTime(),
): Promise<void> {
  const access = await workingAccess(viewer, schoolId, now);
  await ownRoomSession(access, roomSessionId);
  await db().$transaction(async (tx) => {
    const { count } = await tx.teamMember.deleteMany({
      where: { roomSessionId, teacherId, roomSession: { schoolId } },
    });
    if (count > 0) await clearApproval(tx, schoolId, roomSessionId);
  });
}

/** Z6: the director approves the team as it stands (warnings included: they are the director's call). */
export async function approveTeam(
  viewer: { id: string },
  schoolId: string,
  roomSessionId: string,
  now = currentTime(),
): Promise<void> {
  const access = await workingAccess(viewer, schoolId, now);
  requireDirector(access);
  const rs = await ownRoomSession(access, roomSessionId);
  const warnings = await roomSessionWarnings(access, roomSessionId);
  await db().$transaction(async (tx) => {
    const members = await tx.teamMember.findMany({
      where: { roomSessionId, roomSession: { schoolId } },
      orderBy: { teacherId: 'asc' },
      select: { teacherId: true, role: true },
    });
    if (members.length === 0) throw new UserError('plannerTeams.errors.emptyTeam');
    await tx.roomSession.update({
      where: { id: roomSessionId, schoolId },
      data: { approvedAt: now, approvedById: viewer.id },
    });
    await recordAudit(tx, {
      actorId: viewer.id,
      action: 'matura.team.approved',
      objectType: 'roomSession',
      objectId: roomSessionId,
      before: rs.approvedAt ? { approvedAt: rs.approvedAt } : undefined,
      after: { members, warnings: warnings.map((w) => (typeof w.code === 'string' ? w.code : w.code.code)) },
      note: schoolId,
    });
  });
}

type Loaded = RoomSession & { roomSessionId: string };

/** The school's room sessions at the given sessions, in the rules' shape. */
export async function teamFacts(access: PlannerAccess, sessionIds: string[]): Promise<Loaded[]> {
  const rows = await db().roomSession.findMany({
    where: { schoolId: access.schoolId, sessionId: { in: sessionIds }, room: { licenceId: access.licence.id } },
    orderBy: [{ room: { name: 'asc' } }, { id: 'asc' }],
    select: {
      id: true,
      roomId: true,
      sessionId: true,
      session: { select: { subject: true, part: true } },
      _count: { select: { seats: true } },
      members: {
        orderBy: { teacherId: 'asc' },
        select: { role: true, teacher: { select: { id: true, external: true, subjects: true } } },
      },
    },
  });
  return rows.map((r) => ({
    roomSessionId: r.id,
    roomId: r.roomId,
    sessionId: r.sessionId,
    subject: r.session.subject,
    part: r.session.part === 'oral' ? 'oral' : 'written',
    students: r._count.seats,
    members: r.members.map((m) => ({
      teacherId: m.teacher.id,
      role: m.role === 'chair' ? 'chair' : 'member',
      external: m.teacher.external,
      subjects: m.teacher.subjects,
    })),
  }));
}

/** Every warning of one room session (lib/matura/rules/room-warnings.ts), as codes. */
export async function roomSessionWarnings(access: PlannerAccess, roomSessionId: string): Promise<RoomWarning[]> {
  const rs = await ownRoomSession(access, roomSessionId);
  const all = await teamFacts(access, [rs.sessionId]);
  const own = all.find((r) => r.roomSessionId === roomSessionId)!;
  return roomWarnings(own, all, rs.room);
}
