// The learner page's model: each session's state and action window, make-up terms, whose classes show.
import { describe, expect, it } from 'vitest';
import { formatClock, makeUpTerms, pickLearner, sessionState, type SessionFacts } from '@/lib/live/learner/view';

const H = 3_600_000;
const start = new Date('2026-12-03T17:00:00Z'); // 18:00 in Warsaw
const base: SessionFacts = {
  startsAt: start,
  endsAt: new Date(start.getTime() + H),
  seatsLeft: 3,
  cutoffHours: 12,
  booking: null,
  waitingPlace: null,
};
const at = (hoursFromStart: number) => new Date(start.getTime() + hoursFromStart * H);

describe('sessionState', () => {
  it.each([
    ['free seats', { seatsLeft: 3 }, { kind: 'free', seatsLeft: 3 }],
    ['full', { seatsLeft: 0 }, { kind: 'full' }],
    [
      'waiting, second in line',
      { seatsLeft: 0, booking: { status: 'WAITING' }, waitingPlace: 2 },
      { kind: 'waiting', place: 2 },
    ],
  ] as const)('%s', (_name, facts, expected) => {
    expect(sessionState({ ...base, ...facts }, at(-24))).toEqual(expected);
  });

  it.each([
    [-24, true, 'closed-room'], // a day before: may cancel, room not open
    [-12, true, 'closed-room'], // exactly at the cut-off: still may cancel
    [-11.99, false, 'closed-room'],
    [-0.25, false, 'open'], // 15 minutes before: the room opens
    [0.5, false, 'open'],
    [1, false, 'open'], // at the end
  ])('booked, %f h from the start: cancel %s, room %s', (h, mayCancel, room) => {
    const s = sessionState({ ...base, booking: { status: 'BOOKED' } }, at(h));
    expect(s.kind).toBe('booked');
    if (s.kind !== 'booked') return;
    expect(s.mayCancel).toBe(mayCancel);
    expect(s.cancelClosedAt).toEqual(at(-12));
    if (room === 'open') expect(s.join).toBe('open');
    else expect(s.join).toEqual(at(-0.25));
  });

  it('a booked place wins over the seats count (the booked person took the last seat)', () => {
    expect(sessionState({ ...base, seatsLeft: 0, booking: { status: 'BOOKED' } }, at(-24)).kind).toBe('booked');
  });
});

describe('makeUpTerms', () => {
  const missed = new Date('2026-12-02T15:00:00Z'); // Wednesday 16:00 Warsaw
  it.each([
    ['before the class', new Date('2026-12-01T10:00:00Z'), 'free'],
    ['the next day at 23:59 Warsaw', new Date('2026-12-03T22:59:00Z'), 'free'],
    ['two days later', new Date('2026-12-03T23:00:00Z'), 'single-class-price'],
  ] as const)('%s → %s', (_n, now, charge) => {
    const terms = makeUpTerms(missed, now);
    expect(terms.charge).toBe(charge);
    expect(terms.freeUntil.toISOString()).toBe('2026-12-03T22:59:59.999Z');
  });
});

describe('pickLearner', () => {
  const me = { id: 'p', name: 'Paula', self: true };
  const kid = { id: 'c', name: 'Zosia', self: false };
  it.each([
    ['a parent lands on the first child', [me, kid], undefined, true, 'c'],
    ['a parent may switch to themself', [me, kid], 'p', true, 'p'],
    ['a learner sees their own', [me], undefined, false, 'p'],
    ["someone else's id is ignored", [me, kid], 'stranger', false, 'p'],
    ['a parent without children sees their own', [me], undefined, true, 'p'],
  ] as const)('%s', (_n, people, requested, parent, expected) => {
    expect(pickLearner(people, requested, parent).id).toBe(expected);
  });
});

it('formatClock shows Warsaw wall-clock time across DST', () => {
  expect(formatClock(new Date('2026-12-03T17:40:00Z'))).toBe('18:40');
  expect(formatClock(new Date('2026-07-03T16:40:00Z'))).toBe('18:40');
});
