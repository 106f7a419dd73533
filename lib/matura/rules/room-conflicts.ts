// One room's side of sessionConflicts (lib/matura/rules/teams.ts): that rule names only the second
// room a teacher appears in, so each room of the session would see the conflict only if it came
// later; a room's page shows it whichever room was planned first.
import { sessionConflicts, type RoomSession, type TeamWarning } from './teams';

/** The "teacher in two rooms of one session" warnings about `roomId`'s team, one per shared teacher. */
export function conflictsOf(rooms: readonly RoomSession[], roomId: string): TeamWarning[] {
  const here = rooms.find((r) => r.roomId === roomId);
  if (!here) return [];
  // This room last: sessionConflicts then names it for every teacher it shares with another room.
  const ordered = [...rooms.filter((r) => r.roomId !== roomId), here];
  return sessionConflicts(ordered)
    .filter((c) => c.roomId === roomId)
    .map((c) => ({ rule: c.rule, code: c.code, teacherId: c.teacherId }));
}
