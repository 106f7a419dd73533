// The learner page's pure model: each session's state (booked / waiting with its place / free
// seats / full), whether the join button or its "opens at" notice shows, and a make-up's charge.
// No db, no clock: the page passes `now`, so unit tests pin every case.
import {
  canCancelBooking,
  canJoin,
  cancelDeadline,
  joinOpensAt,
  makeUpCharge,
  makeUpDeadline,
} from '@/lib/live/rules/windows';
import { TIME_ZONE } from '@/lib/format/time';

export type SessionFacts = {
  startsAt: Date;
  endsAt: Date;
  seatsLeft: number;
  cutoffHours: number;
  booking: { status: 'BOOKED' | 'WAITING' } | null;
  waitingPlace: number | null;
};

export type SessionState =
  | { kind: 'booked'; mayCancel: boolean; cancelClosedAt: Date; join: 'open' | Date }
  | { kind: 'waiting'; place: number }
  | { kind: 'free'; seatsLeft: number }
  | { kind: 'full' };

export function sessionState(s: SessionFacts, now: Date): SessionState {
  if (s.booking?.status === 'BOOKED')
    return {
      kind: 'booked',
      mayCancel: canCancelBooking(s.startsAt, s.cutoffHours, now),
      cancelClosedAt: cancelDeadline(s.startsAt, s.cutoffHours),
      join: canJoin(s.startsAt, s.endsAt, now) ? 'open' : joinOpensAt(s.startsAt),
    };
  if (s.booking?.status === 'WAITING') return { kind: 'waiting', place: s.waitingPlace ?? 1 };
  return s.seatsLeft > 0 ? { kind: 'free', seatsLeft: s.seatsLeft } : { kind: 'full' };
}

export type MakeUpTerms = { charge: 'free' | 'single-class-price'; freeUntil: Date };

/** What a make-up for a session missed at `missedStartsAt` costs if asked for now (windows.ts rule). */
export function makeUpTerms(missedStartsAt: Date, now: Date): MakeUpTerms {
  return { charge: makeUpCharge(missedStartsAt, now), freeUntil: makeUpDeadline(missedStartsAt) };
}

const clockFmt = new Intl.DateTimeFormat('pl-PL', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit' });
/** "18:40" in Warsaw: a session's end beside its full start date. */
export const formatClock = (d: Date) => clockFmt.format(d);

export type Learner = { id: string; name: string; self: boolean };

/** Whose classes the page shows: the one asked for if the actor may, else a parent's first child, else themself. */
export function pickLearner(people: readonly Learner[], requested: string | undefined, isParent: boolean): Learner {
  const asked = people.find((p) => p.id === requested);
  if (asked) return asked;
  const firstChild = people.find((p) => !p.self);
  return (isParent && firstChild) || people.find((p) => p.self) || people[0]!;
}
