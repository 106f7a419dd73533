// One room session's warnings: the team's rules, the two-rooms conflict and the room's own.
import { describe, expect, it } from 'vitest';
import { roomWarnings } from '@/lib/matura/rules/room-warnings';
import type { RoomSession } from '@/lib/matura/rules/teams';

const team = [
  { teacherId: 'c', role: 'chair' as const, external: false, subjects: ['history'] },
  { teacherId: 'm', role: 'member' as const, external: false, subjects: ['polish'] },
  { teacherId: 'x', role: 'member' as const, external: true, subjects: [] },
];
const rs = (over: Partial<RoomSession> = {}): RoomSession => ({
  roomId: 'r1',
  sessionId: 's1',
  subject: 'informatyka',
  part: 'written',
  students: 10,
  members: team,
  ...over,
});

describe('roomWarnings', () => {
  it('is empty for a good team in a fitting room', () => {
    expect(roomWarnings(rs(), [rs()], { seats: 10, computers: true })).toEqual([]);
  });

  it.each([
    ['informatyka without computers', rs(), { seats: 10, computers: false }, ['plannerTeams.warnings.noComputers']],
    [
      'more students than seats',
      rs({ subject: 'history', students: 12 }),
      { seats: 10, computers: false },
      ['plannerTeams.warnings.overSeats'],
    ],
  ])('%s', (_name, own, room, codes) => {
    const got = roomWarnings(own, [own], room).map((w) => (typeof w.code === 'string' ? w.code : w.code.code));
    expect(got).toEqual(expect.arrayContaining(codes));
  });

  it('names the subject teacher (Z4), the seats and a teacher of another room of the session', () => {
    const own = rs({ subject: 'polish', students: 12 });
    const other = rs({ roomId: 'r2', members: [team[2]] });
    expect(roomWarnings(own, [own, other], { seats: 10, computers: false })).toEqual([
      { code: 'matura.teams.teachesSubject', teacherId: 'm' },
      { code: 'matura.teams.twoRooms', teacherId: 'x' },
      { code: { code: 'plannerTeams.warnings.overSeats', params: [10] } },
    ]);
  });
});
