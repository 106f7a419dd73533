// What the planner's teachers and rooms pages show, and the rooms plan the printouts use: loaded
// through the gates (plannerAccess + requireRead), with the warnings already in words and what
// the viewer may change (work level, director) so a page hides the forms the server would refuse.
import { db } from '@/lib/db/client';
import { currentTime } from '@/lib/clock/clock';
import { NotFoundError } from '@/lib/errors';
import { text } from '@/lib/i18n';
import { formatDateTime } from '@/lib/format/time';
import { canWork } from '@/lib/licence/rules/access-level';
import { readingAccess, type PlannerAccess } from '@/lib/licence/planner';
import { subjectListFor, subjectName } from '@/lib/matura/subject-list';
import { sessionLabel } from '@/lib/matura/timetable';
import { requiredMembers } from '@/lib/matura/rules/teams';
import { roomWarnings } from '@/lib/matura/rules/room-warnings';
import { listTeachers, staffOptions, type TeacherRow } from './teachers';
import { ownRoom, ownRoomSession } from './rooms';
import { teamFacts } from './team';
import { unseatedWhere } from './seating';

type Viewer = { id: string };
const mayChange = (a: PlannerAccess) => ({ canWork: canWork(a.level), isDirector: a.role === 'DIRECTOR' });

export type TeachersPage = {
  canWork: boolean;
  teachers: TeacherRow[];
  subjects: { code: string; name: string }[];
  staff: { userId: string; name: string }[];
};

export async function teachersPage(viewer: Viewer, schoolId: string, now = currentTime()): Promise<TeachersPage> {
  const access = await readingAccess(viewer, schoolId, now);
  const list = await subjectListFor(access.licence.examYear);
  return {
    canWork: canWork(access.level),
    teachers: await listTeachers(viewer, schoolId, now),
    subjects: (list?.subjects ?? []).map((s) => ({ code: s.code, name: subjectName(list, s.code) })),
    staff: await staffOptions(schoolId),
  };
}

export type RoomSessionSummary = {
  id: string;
  sessionId: string;
  label: string;
  startsAt: string;
  seated: number;
  members: number;
  warnings: number;
  approved: boolean;
};
export type RoomRow = { id: string; name: string; seats: number; computers: boolean; sessions: RoomSessionSummary[] };
export type RoomsPage = {
  canWork: boolean;
  rooms: RoomRow[];
  /** The year's sessions a room can be given. */
  sessions: { id: string; label: string }[];
};

export async function roomsPage(viewer: Viewer, schoolId: string, now = currentTime()): Promise<RoomsPage> {
  const access = await readingAccess(viewer, schoolId, now);
  const list = await subjectListFor(access.licence.examYear);
  const [rooms, sessions] = await Promise.all([
    db().examRoom.findMany({
      where: { schoolId, licenceId: access.licence.id },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      select: {
        id: true,
        name: true,
        seats: true,
        computers: true,
        sessions: {
          orderBy: { session: { startsAt: 'asc' } },
          select: {
            id: true,
            sessionId: true,
            approvedAt: true,
            session: { select: { subject: true, part: true, level: true, startsAt: true } },
          },
        },
      },
    }),
    db().examSession.findMany({
      where: { examYear: access.licence.examYear },
      orderBy: [{ startsAt: 'asc' }, { subject: 'asc' }],
      select: { id: true, subject: true, part: true, level: true, startsAt: true },
    }),
  ]);
  const facts = await teamFacts(access, [...new Set(rooms.flatMap((r) => r.sessions.map((s) => s.sessionId)))]);
  const byId = new Map(facts.map((f) => [f.roomSessionId, f]));
  return {
    canWork: canWork(access.level),
    rooms: rooms.map((r) => ({
      id: r.id,
      name: r.name,
      seats: r.seats,
      computers: r.computers,
      sessions: r.sessions.map((s) => {
        const f = byId.get(s.id)!;
        const peers = facts.filter((x) => x.sessionId === s.sessionId);
        return {
          id: s.id,
          sessionId: s.sessionId,
          label: sessionLabel(list, s.session),
          startsAt: formatDateTime(s.session.startsAt),
          seated: f.students,
          members: f.members.length,
          warnings: roomWarnings(f, peers, r).length,
          approved: s.approvedAt !== null,
        };
      }),
    })),
    sessions: sessions.map((s) => ({ id: s.id, label: `${formatDateTime(s.startsAt)} — ${sessionLabel(list, s)}` })),
  };
}

export type RoomSessionPage = {
  canWork: boolean;
  isDirector: boolean;
  room: { id: string; name: string; seats: number; computers: boolean };
  id: string;
  label: string;
  startsAt: string;
  seated: { id: string; name: string; className: string }[];
  /** Students of the exam still without a seat at this session (any room). */
  unseated: { id: string; name: string; className: string }[];
  requiredMembers: number;
  members: { teacherId: string; name: string; role: 'chair' | 'member'; external: boolean }[];
  /** Teachers not in this team yet. */
  teachers: { id: string; name: string }[];
  warnings: string[];
  approved: { at: string; by: string } | null;
};

/** One room session (the room in the address must be its room, else 404). */
export async function roomSessionPage(
  viewer: Viewer,
  schoolId: string,
  roomId: string,
  roomSessionId: string,
  now = currentTime(),
): Promise<RoomSessionPage> {
  const access = await readingAccess(viewer, schoolId, now);
  const room = await ownRoom(access, roomId);
  const rs = await ownRoomSession(access, roomSessionId);
  if (rs.roomId !== roomId) throw new NotFoundError('roomSession');
  const list = await subjectListFor(access.licence.examYear);
  const [seats, unseated, members, teachers, facts] = await Promise.all([
    db().roomSeat.findMany({
      where: { roomSessionId, roomSession: { schoolId } },
      orderBy: [{ student: { className: 'asc' } }, { student: { lastName: 'asc' } }, { student: { firstName: 'asc' } }],
      select: { student: { select: { id: true, firstName: true, lastName: true, className: true } } },
    }),
    db().maturaStudent.findMany({
      where: unseatedWhere(access, rs.sessionId, rs.session),
      orderBy: [{ className: 'asc' }, { lastName: 'asc' }, { firstName: 'asc' }, { id: 'asc' }],
      select: { id: true, firstName: true, lastName: true, className: true },
    }),
    db().teamMember.findMany({
      where: { roomSessionId, roomSession: { schoolId } },
      orderBy: [{ role: 'asc' }, { teacher: { name: 'asc' } }],
      select: { role: true, teacher: { select: { id: true, name: true, external: true } } },
    }),
    db().schoolTeacher.findMany({
      where: { schoolId, teams: { none: { roomSessionId } } },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      select: { id: true, name: true },
    }),
    teamFacts(access, [rs.sessionId]),
  ]);
  const own = facts.find((f) => f.roomSessionId === roomSessionId)!;
  const names = new Map(members.map((m) => [m.teacher.id, m.teacher.name]));
  const warnings = roomWarnings(own, facts, room).map((w) => {
    const said = text(w.code);
    const who = w.teacherId ? names.get(w.teacherId) : undefined;
    return who ? `${who}: ${said}` : said;
  });
  const approver = rs.approvedById
    ? await db().user.findUnique({ where: { id: rs.approvedById }, select: { firstName: true, lastName: true } })
    : null;
  const person = (s: { id: string; firstName: string; lastName: string; className: string }) => ({
    id: s.id,
    name: `${s.lastName} ${s.firstName}`,
    className: s.className,
  });
  return {
    ...mayChange(access),
    room,
    id: rs.id,
    label: sessionLabel(list, rs.session),
    startsAt: formatDateTime(rs.session.startsAt),
    seated: seats.map((s) => person(s.student)),
    unseated: unseated.map(person),
    requiredMembers: rs.session.part === 'oral' ? 2 : requiredMembers(seats.length),
    members: members.map((m) => ({
      teacherId: m.teacher.id,
      name: m.teacher.name,
      role: m.role === 'chair' ? 'chair' : 'member',
      external: m.teacher.external,
    })),
    teachers,
    warnings,
    approved: rs.approvedAt
      ? { at: formatDateTime(rs.approvedAt), by: approver ? `${approver.firstName} ${approver.lastName}` : '' }
      : null,
  };
}

export type RoomPlan = {
  roomId: string;
  room: string;
  seats: number;
  sessions: {
    roomSessionId: string;
    sessionId: string;
    subject: string;
    part: string;
    level: string | null;
    label: string;
    startsAt: Date;
    students: { id: string; firstName: string; lastName: string; className: string }[];
    team: { teacherId: string; name: string; role: 'chair' | 'member'; external: boolean }[];
    approvedAt: Date | null;
  }[];
};

/**
 * Every room of the licence's year with its sessions, seated students and teams (chair first):
 * what the printouts list. Reads only (requireRead); a download route adds requireDownload.
 */
export async function roomsPlan(viewer: Viewer, schoolId: string, now = currentTime()): Promise<RoomPlan[]> {
  const access = await readingAccess(viewer, schoolId, now);
  const list = await subjectListFor(access.licence.examYear);
  const rooms = await db().examRoom.findMany({
    where: { schoolId, licenceId: access.licence.id },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      name: true,
      seats: true,
      sessions: {
        where: { schoolId },
        orderBy: { session: { startsAt: 'asc' } },
        select: {
          id: true,
          sessionId: true,
          approvedAt: true,
          session: { select: { subject: true, part: true, level: true, startsAt: true } },
          seats: {
            orderBy: [
              { student: { className: 'asc' } },
              { student: { lastName: 'asc' } },
              { student: { firstName: 'asc' } },
            ],
            select: { student: { select: { id: true, firstName: true, lastName: true, className: true } } },
          },
          members: {
            orderBy: [{ role: 'asc' }, { teacher: { name: 'asc' } }],
            select: { role: true, teacher: { select: { id: true, name: true, external: true } } },
          },
        },
      },
    },
  });
  return rooms.map((r) => ({
    roomId: r.id,
    room: r.name,
    seats: r.seats,
    sessions: r.sessions.map((s) => ({
      roomSessionId: s.id,
      sessionId: s.sessionId,
      ...s.session,
      label: sessionLabel(list, s.session),
      students: s.seats.map((x) => x.student),
      team: s.members.map((m) => ({
        teacherId: m.teacher.id,
        name: m.teacher.name,
        role: m.role === 'chair' ? ('chair' as const) : ('member' as const),
        external: m.teacher.external,
      })),
      approvedAt: s.approvedAt,
    })),
  }));
}
