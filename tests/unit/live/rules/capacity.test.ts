// Seats of live sessions: the products' default sizes, the minimum, capacity changes, the waiting list's order.
import { describe, expect, it } from 'vitest';
import { messages } from '@/lib/i18n';
import {
  belowMinimum,
  capacityFor,
  checkCapacity,
  nextInLine,
  seatsLeft,
  waitlistOrder,
} from '@/lib/live/rules/capacity';

describe('default sizes by kind of class', () => {
  it.each([
    ['GROUP', 6, 12], // matplaneta Live §3.3: groups of 6–12
    ['SMALL_GROUP', 2, 3], // polonijka §4: 2–3 children
    ['INDIVIDUAL', 1, 1],
  ] as const)('%s: min %i, max %i', (kind, minParticipants, capacity) => {
    expect(capacityFor(kind)).toEqual({ minParticipants, capacity });
  });

  it('hands out a copy, not the table', () => {
    capacityFor('GROUP').capacity = 99;
    expect(capacityFor('GROUP').capacity).toBe(12);
  });
});

describe('below the minimum', () => {
  it.each([
    [5, 6, true],
    [6, 6, false],
    [0, 1, true],
    [12, 6, false],
  ])('%i booked, minimum %i: %s', (booked, min, below) => {
    expect(belowMinimum(booked, min)).toBe(below);
  });
});

describe('changing capacity', () => {
  it.each([
    [{ minParticipants: 6, capacity: 12 }, 0, null],
    [{ minParticipants: 6, capacity: 10 }, 10, null],
    [{ minParticipants: 6, capacity: 9 }, 10, 'below-booked'],
    [{ minParticipants: 1, capacity: 0 }, 0, 'bad-capacity'],
    [{ minParticipants: 0, capacity: 3 }, 0, 'bad-capacity'],
    [{ minParticipants: 2, capacity: 2.5 }, 0, 'bad-capacity'],
    [{ minParticipants: 4, capacity: 3 }, 0, 'min-above-capacity'],
  ] as const)('%j with %i booked: %s', (next, booked, reason) => {
    expect(checkCapacity(next, booked)).toEqual(reason ? { ok: false, reason } : { ok: true });
  });

  it('every refusal has its Polish text', () => {
    const t = messages().live.capacity;
    expect(t['bad-capacity']).toMatch(/\p{L}/u);
    expect(t['min-above-capacity']).toMatch(/\p{L}/u);
    expect(t['below-booked'](10)).toContain('10 osób');
    expect(t['below-booked'](3)).toContain('3 osoby');
  });

  it.each([
    [12, 10, 2],
    [12, 12, 0],
    [10, 12, 0],
  ])('capacity %i with %i booked leaves %i', (capacity, booked, left) => {
    expect(seatsLeft(capacity, booked)).toBe(left);
  });
});

describe('the waiting list: first come, first served', () => {
  const waiting = [
    { id: 'd', seq: 40 },
    { id: 'a', seq: 7 },
    { id: 'c', seq: 12 },
    { id: 'b', seq: 7 }, // equal numbers cannot come from a sequence; ties still resolve the same way each time
  ];
  it.each([
    [0, []],
    [1, ['a']],
    [2, ['a', 'b']],
    [3, ['a', 'b', 'c']],
    [9, ['a', 'b', 'c', 'd']],
    [-1, []],
  ])('%i free seats go to %j', (free, ids) => {
    expect(nextInLine(waiting, free).map((w) => w.id)).toEqual(ids);
  });

  it('orders big sequence numbers (bigint) without losing precision', () => {
    const big = [
      { id: 'x', seq: 9007199254740993n },
      { id: 'y', seq: 9007199254740992n },
    ];
    expect([...big].sort(waitlistOrder).map((w) => w.id)).toEqual(['y', 'x']);
  });

  it('does not reorder the caller’s list', () => {
    nextInLine(waiting, 2);
    expect(waiting.map((w) => w.id)).toEqual(['d', 'a', 'c', 'b']);
  });
});
