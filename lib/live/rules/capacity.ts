// Seats of a live session: the sizes the products sell (matplaneta Live §3.3 / L4: groups of 6–12;
// polonijka §4: small groups of 2–3 and individual lessons), the minimum checked before each class
// (L13 / S2) and the waiting list's order. Pure; the database enforces the count under concurrency.

export type LiveKind = 'GROUP' | 'SMALL_GROUP' | 'INDIVIDUAL';
export type CapacityBounds = { minParticipants: number; capacity: number };

const DEFAULTS: Record<LiveKind, CapacityBounds> = {
  GROUP: { minParticipants: 6, capacity: 12 },
  SMALL_GROUP: { minParticipants: 2, capacity: 3 },
  INDIVIDUAL: { minParticipants: 1, capacity: 1 },
};

/** The default minimum and capacity of a kind of class; staff may change them per group. */
export function capacityFor(kind: LiveKind): CapacityBounds {
  return { ...DEFAULTS[kind] };
}

/** Below the minimum a session may be cancelled with a pro-rata refund (S2); make-ups count as booked. */
export function belowMinimum(booked: number, minParticipants: number): boolean {
  return booked < minParticipants;
}

export type CapacityRefusal = 'bad-capacity' | 'min-above-capacity' | 'below-booked';

/** A group's or session's capacity as staff set it; `booked` is the seats taken now (make-ups included). */
export function checkCapacity(next: CapacityBounds, booked = 0): { ok: true } | { ok: false; reason: CapacityRefusal } {
  const whole = (n: number) => Number.isInteger(n) && n >= 1;
  if (!whole(next.capacity) || !whole(next.minParticipants)) return { ok: false, reason: 'bad-capacity' };
  if (next.minParticipants > next.capacity) return { ok: false, reason: 'min-above-capacity' };
  // Lowering below the seats taken would drop someone's booking; staff cancel bookings first.
  if (next.capacity < booked) return { ok: false, reason: 'below-booked' };
  return { ok: true };
}

/** Seats still free; never negative even if a counter was corrected by hand. */
export function seatsLeft(capacity: number, booked: number): number {
  return Math.max(0, capacity - booked);
}

export type Waiting = { seq: number | bigint; id: string };

/** First come, first served: the lower sequence number (assigned on joining the list) goes first. */
export function waitlistOrder(a: Waiting, b: Waiting): number {
  if (a.seq !== b.seq) return a.seq < b.seq ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Who gets the freed seats, in order: the first `freeSeats` of the list. */
export function nextInLine<W extends Waiting>(waiting: readonly W[], freeSeats: number): W[] {
  return [...waiting].sort(waitlistOrder).slice(0, Math.max(0, freeSeats));
}
