// A teacher in two rooms of one session is shown on both rooms' pages, whichever came first.
import { describe, expect, it } from 'vitest';
import { conflictsOf } from '@/lib/matura/rules/room-conflicts';
import type { RoomSession } from '@/lib/matura/rules/teams';

const member = (teacherId: string) => ({ teacherId, role: 'member' as const, external: false, subjects: [] });
const room = (roomId: string, teachers: string[], sessionId = 's1'): RoomSession => ({
  roomId,
  sessionId,
  subject: 'polish',
  part: 'written',
  students: 20,
  members: teachers.map(member),
});

describe('conflictsOf', () => {
  const rooms = [room('a', ['t1', 't2']), room('b', ['t1', 't3']), room('c', ['t2', 't1'])];

  it.each([
    ['a', ['t1', 't2']],
    ['b', ['t1']],
    ['c', ['t1', 't2']],
  ])('room %s is warned about %j', (roomId, teachers) => {
    const got = conflictsOf(rooms, roomId);
    expect(got.map((w) => w.teacherId).sort()).toEqual(teachers);
    expect(got.every((w) => w.rule === 'rooms' && w.code === 'matura.teams.twoRooms')).toBe(true);
  });

  it('ignores other sessions and an unknown room', () => {
    expect(conflictsOf([room('a', ['t1']), room('b', ['t1'], 's2')], 'a')).toEqual([]);
    expect(conflictsOf(rooms, 'z')).toEqual([]);
  });
});
