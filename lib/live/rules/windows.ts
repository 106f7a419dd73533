// The time windows of a live session: cancelling a booking, joining the room, the free make-up
// (matplaneta §2.7 / S9) and the recording's 30 days (razem §5.7 / B16). Pure: every rule takes `now`.
import { Temporal } from 'temporal-polyfill';
import { TIME_ZONE } from '@/lib/format/time';

export const DEFAULT_CANCEL_CUTOFF_HOURS = 12;
export const JOIN_OPENS_MINUTES = 15;
export const RECORDING_DAYS = 30;

const HOUR = 3_600_000;
const MINUTE = 60_000;

const warsaw = (d: Date) => Temporal.Instant.fromEpochMilliseconds(d.getTime()).toZonedDateTimeISO(TIME_ZONE);

/** The last moment a booking may be cancelled: `cutoffHours` before the start, inclusive. */
export function cancelDeadline(startsAt: Date, cutoffHours: number): Date {
  return new Date(startsAt.getTime() - cutoffHours * HOUR);
}

/** now ≤ start − cutoff: at exactly 12 h before a class one may still cancel. */
export function canCancelBooking(startsAt: Date, cutoffHours: number, now: Date): boolean {
  return now.getTime() <= cancelDeadline(startsAt, cutoffHours).getTime();
}

/** When the room opens for a session: 15 minutes before its start. */
export function joinOpensAt(startsAt: Date): Date {
  return new Date(startsAt.getTime() - JOIN_OPENS_MINUTES * MINUTE);
}

/** start − 15 min ≤ now ≤ end. */
export function canJoin(startsAt: Date, endsAt: Date, now: Date): boolean {
  return joinOpensAt(startsAt).getTime() <= now.getTime() && now.getTime() <= endsAt.getTime();
}

/**
 * The last moment (23:59:59.999 Warsaw) of the day after the missed session's Warsaw day: "before the
 * class or the next day" (§2.7). Days are Warsaw calendar days, so a Saturday class on the night of a
 * DST change still gives the whole Sunday.
 */
export function makeUpDeadline(missedStartsAt: Date): Date {
  const dayAfterNext = warsaw(missedStartsAt).toPlainDate().add({ days: 2 });
  return new Date(dayAfterNext.toZonedDateTime(TIME_ZONE).epochMilliseconds - 1);
}

/** Until the deadline a make-up is free; later it costs the single-class price (§2.7, priced by #15). */
export function makeUpCharge(missedStartsAt: Date, requestedAt: Date): 'free' | 'single-class-price' {
  return requestedAt.getTime() <= makeUpDeadline(missedStartsAt).getTime() ? 'free' : 'single-class-price';
}

/**
 * End + 30 calendar days at the same Warsaw wall-clock time (B16: "30 days after it ends"): a class
 * ending at 18:40 in October is replayable until 18:40 in November, though that is 721 hours.
 */
export function recordingExpiresAt(sessionEndsAt: Date): Date {
  return new Date(warsaw(sessionEndsAt).add({ days: RECORDING_DAYS }).epochMilliseconds);
}

/** From the session's end until (exclusive) its expiry; who may see it is the caller's check. */
export function isRecordingVisible(sessionEndsAt: Date, now: Date): boolean {
  return sessionEndsAt.getTime() <= now.getTime() && now.getTime() < recordingExpiresAt(sessionEndsAt).getTime();
}
