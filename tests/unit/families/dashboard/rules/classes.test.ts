import { describe, expect, it } from 'vitest';
import { nextClassesOf, placeOf, type SessionFacts } from '@/lib/families/dashboard/rules/classes';

const s = (id: string, day: number, bookings: SessionFacts['bookings'] = [], members: string[] = []) => ({
  id,
  startsAt: new Date(Date.UTC(2026, 11, day, 16)),
  bookings,
  members,
});

describe('placeOf', () => {
  it.each([
    ['booked', s('a', 3, [{ userId: 'z', status: 'BOOKED' }]), 'booked'],
    ['on the waiting list', s('a', 3, [{ userId: 'z', status: 'WAITING' }]), 'waiting'],
    ['a member of the group without a booking row', s('a', 3, [], ['z']), 'group'],
    ['a member who gave the place up', s('a', 3, [{ userId: 'z', status: 'CANCELLED' }], ['z']), null],
    ['another child booked', s('a', 3, [{ userId: 'k', status: 'BOOKED' }], ['k']), null],
  ] as const)('%s', (_, session, expected) => {
    expect(placeOf(session, 'z')).toBe(expected);
  });
});

describe('nextClassesOf', () => {
  it('keeps the child’s own sessions, earliest first, up to the limit', () => {
    const sessions = [
      s('late', 9, [{ userId: 'z', status: 'BOOKED' }]),
      s('other', 2, [{ userId: 'k', status: 'BOOKED' }]),
      s('early', 4, [], ['z']),
      s('mid', 6, [{ userId: 'z', status: 'WAITING' }]),
    ];
    expect(nextClassesOf(sessions, 'z', 2).map((x) => `${x.id}:${x.place}`)).toEqual(['early:group', 'mid:waiting']);
    expect(nextClassesOf(sessions, 'k', 5).map((x) => x.id)).toEqual(['other']);
  });
});
