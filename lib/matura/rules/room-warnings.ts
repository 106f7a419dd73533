// Everything the planner says about one room at one session, as codes: the team's rules (Z1–Z5,
// lib/matura/rules/teams.ts), a teacher also in another room of the session, and the room itself
// (informatyka needs computers; more students seated than seats). Warnings never refuse (Z6).
import type { MessageCode } from '@/lib/i18n';
import { teamWarnings, type RoomSession, type TeamWarning } from './teams';
import { conflictsOf } from './room-conflicts';

export type RoomWarning = { code: MessageCode; teacherId?: string };

/** COMPUTER_SUBJECTS: written exams taken at a computer (CKE: informatyka). */
export const COMPUTER_SUBJECTS: readonly string[] = ['informatyka'];

export function roomWarnings(
  own: RoomSession,
  /** Every room of the same session (own included), for the two-rooms conflict. */
  peers: readonly RoomSession[],
  room: { seats: number; computers: boolean },
): RoomWarning[] {
  const out: RoomWarning[] = [...teamWarnings(own), ...conflictsOf(peers, own.roomId)].map((w: TeamWarning) =>
    w.teacherId ? { code: w.code, teacherId: w.teacherId } : { code: w.code },
  );
  if (own.part === 'written' && COMPUTER_SUBJECTS.includes(own.subject) && !room.computers)
    out.push({ code: 'plannerTeams.warnings.noComputers' });
  if (own.students > room.seats) out.push({ code: { code: 'plannerTeams.warnings.overSeats', params: [room.seats] } });
  return out;
}
