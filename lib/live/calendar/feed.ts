// A person's private calendar feed (phase 2's route builds the ICS with calendar/ics.ts): a random
// token shown once, only its sha256 stored; the events are their booked sessions, their children's
// and the sessions they teach, cancelled ones kept as CANCELLED so calendars remove them.
import { createHash, randomBytes } from 'node:crypto';
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { messages } from '@/lib/i18n';
import { absoluteUrl } from '@/lib/url';
import type { FeedEvent } from '@/lib/live/calendar/ics';
import { LIVE_LEARNER_PATH } from '@/lib/live/paths';

const hash = (token: string) => createHash('sha256').update(token).digest('hex');
const DAY = 86_400_000;

/** A new token for the person (the old one stops working); returned once, never stored. */
export async function issueFeedToken(userId: string): Promise<string> {
  const token = randomBytes(24).toString('base64url');
  await db().calendarFeedToken.upsert({
    where: { userId },
    create: { userId, tokenHash: hash(token) },
    update: { tokenHash: hash(token), createdAt: currentTime() },
  });
  return token;
}

/** The token's owner, or null for an unknown token (the route answers 404). */
export async function feedOwner(token: string): Promise<string | null> {
  if (!token || token.length > 100) return null;
  const row = await db().calendarFeedToken.findUnique({ where: { tokenHash: hash(token) }, select: { userId: true } });
  return row?.userId ?? null;
}

/** Events from 30 days back: sessions booked by or for the person (their children) and sessions they teach. */
export async function feedEventsFor(userId: string, now = currentTime()): Promise<FeedEvent[]> {
  const since = new Date(now.getTime() - 30 * DAY);
  const sessions = await db().liveSession.findMany({
    where: {
      startsAt: { gte: since },
      OR: [
        { teacherId: userId },
        {
          bookings: {
            some: {
              status: { in: ['BOOKED', 'CANCELLED'] },
              OR: [{ userId }, { user: { childProfile: { parentId: userId } } }],
            },
          },
        },
      ],
    },
    orderBy: { startsAt: 'asc' },
    select: {
      id: true,
      teacherId: true,
      startsAt: true,
      endsAt: true,
      status: true,
      group: { select: { title: true, place: true } },
      bookings: {
        where: { OR: [{ userId }, { user: { childProfile: { parentId: userId } } }] },
        select: { status: true, user: { select: { firstName: true } } },
      },
    },
  });
  const t = messages().liveEngine;
  const link = absoluteUrl(LIVE_LEARNER_PATH);
  const events: FeedEvent[] = [];
  for (const s of sessions) {
    const teaching = s.teacherId === userId;
    const booked = s.bookings.filter((b) => b.status === 'BOOKED');
    // A booking the person cancelled themself leaves the calendar; a session staff cancelled stays, marked.
    if (!teaching && booked.length === 0 && s.status !== 'CANCELLED') continue;
    const title = s.group?.title ?? t.slotTitle;
    const who = booked.map((b) => b.user.firstName).join(', ');
    events.push({
      uid: `live-${s.id}@planeta`,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      title: !teaching && who ? `${title} (${who})` : title,
      location: s.group?.place ?? undefined,
      url: link,
      cancelled: s.status === 'CANCELLED',
    });
  }
  return events;
}
