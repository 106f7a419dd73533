// A child's next classes on the family page: sessions they hold a place in (booked or waiting)
// and sessions of their MEMBERS groups (their own group's class, a centre's class) unless they gave
// the place up. Pure: the loader reads the sessions of all children at once.

export type ClassPlace = 'booked' | 'waiting' | 'group';

export type SessionFacts = {
  id: string;
  startsAt: Date;
  /** Each child's booking row of this session, whatever its status. */
  bookings: { userId: string; status: 'BOOKED' | 'WAITING' | 'CANCELLED' }[];
  /** Children who are members of the session's MEMBERS group. */
  members: string[];
};

export function placeOf(s: SessionFacts, userId: string): ClassPlace | null {
  const booking = s.bookings.find((b) => b.userId === userId);
  if (booking?.status === 'BOOKED') return 'booked';
  if (booking?.status === 'WAITING') return 'waiting';
  if (booking?.status === 'CANCELLED') return null;
  return s.members.includes(userId) ? 'group' : null;
}

/** The child's next `limit` sessions with their place, earliest first. */
export function nextClassesOf<S extends SessionFacts>(
  sessions: readonly S[],
  userId: string,
  limit: number,
): (S & { place: ClassPlace })[] {
  return [...sessions]
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
    .flatMap((s) => {
      const place = placeOf(s, userId);
      return place ? [{ ...s, place }] : [];
    })
    .slice(0, limit);
}
