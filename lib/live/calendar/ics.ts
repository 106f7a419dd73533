// A person's private calendar feed of live sessions (issue 18): ical-generator, local times with
// TZID=Europe/Warsaw and the zone's VTIMEZONE, so calendar apps keep 17:00 at 17:00 across DST.
import ical, { ICalEventStatus } from 'ical-generator';
import { Temporal } from 'temporal-polyfill';
import { TIME_ZONE } from '@/lib/format/time';

export type FeedEvent = {
  uid: string;
  startsAt: Date;
  endsAt: Date;
  title: string;
  description?: string;
  location?: string;
  url?: string;
  cancelled?: boolean;
  /** When the event last changed (DTSTAMP); omitted: the feed's `now`. */
  updatedAt?: Date;
  /** Raised on each change of time or status so clients replace their copy (SEQUENCE). */
  sequence?: number;
};

/**
 * Europe/Warsaw under the EU rule Poland follows since 1996: CEST from the last Sunday of March
 * 02:00 local (01:00 UTC) to the last Sunday of October 03:00 local (01:00 UTC), CET otherwise.
 */
export const WARSAW_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TIME_ZONE}`,
  `X-LIC-LOCATION:${TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19960331T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19961027T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

/** ical-generator's VTIMEZONE callback: it has no zone database of its own. */
export function vtimezone(zone: string): string | null {
  if (zone !== TIME_ZONE) throw new Error(`No VTIMEZONE for ${zone}`);
  return WARSAW_VTIMEZONE;
}

/** RFC 5545 §3.3.11 TEXT escaping, for the one property ical-generator writes as given (the name). */
export const escapeText = (s: string) => s.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');

/**
 * ical-generator TEXT-escapes URL values, but a URI is not TEXT (RFC 5545 §3.3.13): `;`, `,` and `\` are
 * percent-encoded first, which leaves nothing for it to escape and means the same to the server.
 */
function uriValue(url: string): string {
  return new URL(url).href.replace(/[;,\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

const inWarsaw = (d: Date) => Temporal.Instant.fromEpochMilliseconds(d.getTime()).toZonedDateTimeISO(TIME_ZONE);

/** Subscribed calendars poll; an hour keeps a moved or cancelled class visible the same day. */
const REFRESH_SECONDS = 3600;

/** Europe/Warsaw with a VTIMEZONE; cancelled events stay in the feed as STATUS:CANCELLED. */
export function buildIcsFeed(input: { name: string; events: readonly FeedEvent[]; now?: Date }): string {
  const cal = ical({
    prodId: { company: 'Planeta', product: 'live-classes', language: 'PL' },
    name: escapeText(input.name),
    ttl: REFRESH_SECONDS,
    // No calendar-wide name: DTSTAMP stays in UTC; the events carry the TZID and the generator adds the block.
    timezone: { name: null, generator: vtimezone },
  });
  for (const e of input.events) {
    // UIDs are the caller's stable ids; a line break in one would end the property, so it is a bug.
    if (!e.uid || /[\r\n]/.test(e.uid)) throw new Error(`Bad calendar UID: ${JSON.stringify(e.uid)}`);
    cal.createEvent({
      id: e.uid,
      sequence: e.sequence ?? 0,
      // Never the library's own clock: the same data gives the same bytes.
      stamp: e.updatedAt ?? input.now ?? e.startsAt,
      start: inWarsaw(e.startsAt),
      end: inWarsaw(e.endsAt),
      timezone: TIME_ZONE,
      summary: e.title,
      description: e.description ?? null,
      location: e.location ? { title: e.location } : null,
      url: e.url ? uriValue(e.url) : null,
      status: e.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return cal.toString();
}
