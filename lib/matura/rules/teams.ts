// Supervising teams (zespoły nadzorujące) per room and session, and oral teams (Z1–Z6): the rules
// as warnings — the director appoints the teams (Z6) and may have reasons the planner cannot see
// (a substitute in a listed case, Z1), so nothing here refuses; each broken rule is named.
import type { MessageCode } from '@/lib/i18n';

export type TeamMember = {
  teacherId: string;
  role: 'chair' | 'member';
  /** Employed at another school or institution (Z1, Z5). */
  external: boolean;
  /** Subject codes the teacher teaches (Z4, Z5). */
  subjects: readonly string[];
};

export type RoomSession = {
  roomId: string;
  /** The session: one exam (subject, part) at one date and time. */
  sessionId: string;
  subject: string;
  part: 'written' | 'oral';
  students: number;
  members: readonly TeamMember[];
};

/** Yearly configuration (Z3: the small-room exception is a draft whose adoption is not verified). */
export type TeamRules = {
  minMembers: number;
  /** Z2: students covered by the minimum team; one more member per `extraPer` students above. */
  studentsCovered: number;
  extraPer: number;
  /** Z3: up to `maxStudents` in a room, `minMembers` suffice; null while not in force. */
  smallRoom: { maxStudents: number; minMembers: number } | null;
  /** Z5: an oral team's minimum. */
  oralMinMembers: number;
};

export const TEAM_RULES: TeamRules = {
  minMembers: 3,
  studentsCovered: 30,
  extraPer: 25,
  smallRoom: null,
  oralMinMembers: 2,
};

export type TeamWarning = {
  rule: 'Z1' | 'Z2' | 'Z3' | 'Z4' | 'Z5' | 'rooms';
  code: MessageCode;
  /** The teacher the warning is about, when it is about one. */
  teacherId?: string;
};

/** Z1–Z3: the smallest supervising team for `students` — 3, plus one per 25 (or part) above 30. */
export function requiredMembers(students: number, rules: TeamRules = TEAM_RULES): number {
  if (rules.smallRoom && students <= rules.smallRoom.maxStudents) return rules.smallRoom.minMembers;
  return rules.minMembers + Math.ceil(Math.max(0, students - rules.studentsCovered) / rules.extraPer);
}

const unique = (members: readonly TeamMember[]) =>
  members.filter((m, i) => members.findIndex((o) => o.teacherId === m.teacherId) === i);

/** Every broken rule of one room's team for one session. */
export function teamWarnings(room: RoomSession, rules: TeamRules = TEAM_RULES): TeamWarning[] {
  const out: TeamWarning[] = [];
  const members = unique(room.members);
  const chairs = members.filter((m) => m.role === 'chair');
  const external = members.some((m) => m.external);

  if (room.part === 'written') {
    const need = requiredMembers(room.students, rules);
    if (members.length < need) {
      // Z3 in a small room, Z1 below the basic three, Z2 short of the members the room's size adds.
      const rule = need < rules.minMembers ? 'Z3' : members.length < rules.minMembers ? 'Z1' : 'Z2';
      out.push({ rule, code: { code: 'matura.teams.tooFew', params: [members.length, need] } });
    }
  } else if (members.length < rules.oralMinMembers) {
    out.push({ rule: 'Z5', code: { code: 'matura.teams.tooFew', params: [members.length, rules.oralMinMembers] } });
  }
  const rule = room.part === 'written' ? 'Z1' : 'Z5';
  if (chairs.length === 0) out.push({ rule, code: 'matura.teams.noChair' });
  if (chairs.length > 1) out.push({ rule, code: 'matura.teams.twoChairs' });
  // Z1: the chair is employed at the school (in an oral team, Z5, the chair is a teacher too).
  for (const c of chairs.filter((m) => m.external)) {
    out.push({ rule, code: 'matura.teams.chairExternal', teacherId: c.teacherId });
  }
  if (!external) out.push({ rule, code: 'matura.teams.noExternal' });

  if (room.part === 'written') {
    // Z4: a teacher of the examined subject does not supervise its written exam.
    for (const m of members.filter((x) => x.subjects.includes(room.subject))) {
      out.push({ rule: 'Z4', code: 'matura.teams.teachesSubject', teacherId: m.teacherId });
    }
  } else if (!members.some((m) => m.subjects.includes(room.subject))) {
    // Z5: the oral team includes a teacher of the subject.
    out.push({ rule: 'Z5', code: 'matura.teams.noSubjectTeacher' });
  }
  return out;
}

/** A teacher in two rooms of one session cannot be in both: one warning per extra room. */
export function sessionConflicts(rooms: readonly RoomSession[]): (TeamWarning & { roomId: string })[] {
  const out: (TeamWarning & { roomId: string })[] = [];
  const seen = new Map<string, string>();
  for (const room of rooms) {
    for (const m of unique(room.members)) {
      const key = `${room.sessionId}:${m.teacherId}`;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, room.roomId);
      else out.push({ rule: 'rooms', code: 'matura.teams.twoRooms', teacherId: m.teacherId, roomId: room.roomId });
    }
  }
  return out;
}
