// The dates of an exam year: the declaration deadline (M13) and the licence's calendar (A3, A11,
// A19). Days are Warsaw calendar days ('YYYY-MM-DD'); instants are the Warsaw midnight that ends or
// starts them, so a lock or a purge happens at the same moment whatever the server's time zone.
import { isBusinessDay, nextBusinessDay } from '@/lib/calendar/business-days';
import { addDays, warsawDayStart, type Day } from '@/lib/billing/rules/days';

/**
 * M13 (Dz.U. 2024 poz. 1143, §12 ust. 2): one declaration, "nie później niż do dnia 7 lutego" of the
 * exam year — no preliminary one since 2024/25 (finding 1). A deadline falling on a Saturday,
 * Sunday or public holiday ends on the next working day (art. 115 k.c.): 9 Feb 2026, 8 Feb 2027.
 * `lateStart` is M13's exception for Ukrainian citizens who begin the final class after 7 February:
 * 14 March, moved the same way.
 */
export function declarationDeadline(examYear: number, kind: 'standard' | 'lateStart' = 'standard'): Day {
  const day = kind === 'standard' ? `${examYear}-02-07` : `${examYear}-03-14`;
  return isBusinessDay(day) ? day : nextBusinessDay(day);
}

/** The instant declarations lock: the end of the deadline day in Warsaw. */
export function declarationsLockAt(examYear: number, kind: 'standard' | 'lateStart' = 'standard'): Date {
  return warsawDayStart(addDays(declarationDeadline(examYear, kind), 1));
}

export type DeclarationLock = { locked: false } | { locked: true; reason: 'matura.deadlines.locked'; since: Date };

/**
 * Whether a student's declaration can still be changed at `now`. After the deadline only the
 * director's unlock (with a reason, logged by the service) opens one student's declaration.
 */
export function declarationLock(
  examYear: number,
  now: Date,
  opts: { kind?: 'standard' | 'lateStart'; unlockedByDirector?: boolean } = {},
): DeclarationLock {
  const since = declarationsLockAt(examYear, opts.kind);
  if (now.getTime() < since.getTime() || opts.unlockedByDirector) return { locked: false };
  return { locked: true, reason: 'matura.deadlines.locked', since };
}

/** A licence's days (A3, seed §2.2): 1 September to 30 June, for one exam year. */
export type LicencePeriod = { firstDay: Day; lastDay: Day };

/**
 * The licence for an exam year. A renewal begins the day after the licence it renews ends
 * (1 July), so a school that renews never drops to read-only over the summer: its data, and the
 * students who resit in August, stay in full use (finding 6).
 */
export function licencePeriod(examYear: number, opts: { renewal?: boolean } = {}): LicencePeriod {
  return { firstDay: opts.renewal ? `${examYear - 1}-07-01` : `${examYear - 1}-09-01`, lastDay: `${examYear}-06-30` };
}

/** The instant the licence of an exam year expires (A3): the end of 30 June. */
export const licenceEndsAt = (examYear: number): Date => warsawDayStart(`${examYear}-07-01`);

/** A11: the renewal pro-forma for the next exam year is offered and e-mailed from 1 June. */
export const renewalOfferedFrom = (examYear: number): Date => warsawDayStart(`${examYear}-06-01`);

/** A19: days of read-only access with exports after expiry, before the school's data are deleted. */
export const READ_ONLY_DAYS = 30;

/** Days before the purge on which the school is e-mailed (A19, the issue: 14 and 3 days before). */
export const PURGE_REMINDER_DAYS = [14, 3] as const;

/**
 * Finding 6 — the August resit falls after the licence ends (30 June) and after the purge
 * (≈30 July). Decision: keep §6.4's promise — a school that does not renew is deleted within 30
 * days of expiry — rather than silently keeping pupils' data to 31 August, which the seed does not
 * allow the processor to do. The resit is served by (a) renewal, offered from 1 June and starting
 * on 1 July (see licencePeriod), which keeps every student and declaration, and (b) the read-only
 * window's exports, which the reminder e-mails point to. The 30 days are counted from the day after
 * expiry (art. 111 §2 k.c.): read-only 1–30 July, the purge due at the end of 30 July.
 */
export function purgeDueAt(examYear: number): Date {
  return warsawDayStart(addDays(`${examYear}-07-01`, READ_ONLY_DAYS));
}

/** The instants of the purge reminders, earliest first. */
export function purgeRemindersAt(examYear: number): Date[] {
  const purgeDay = addDays(`${examYear}-07-01`, READ_ONLY_DAYS);
  return PURGE_REMINDER_DAYS.map((d) => warsawDayStart(addDays(purgeDay, -d)));
}

/**
 * Where a paid licence of an exam year stands at `now` (payment states — pending, void — are the
 * order's, not the calendar's). `renewed`: the school holds the next exam year's licence, so this
 * year's data carry over and nothing goes read-only or is purged.
 */
export type LicencePhase = 'notStarted' | 'active' | 'renewalOffered' | 'readOnly' | 'purgeDue' | 'renewed';

export function licencePhase(
  examYear: number,
  now: Date,
  opts: { renewed?: boolean; renewal?: boolean } = {},
): LicencePhase {
  const t = now.getTime();
  if (t < warsawDayStart(licencePeriod(examYear, { renewal: opts.renewal }).firstDay).getTime()) return 'notStarted';
  if (t < renewalOfferedFrom(examYear).getTime()) return 'active';
  if (t < licenceEndsAt(examYear).getTime()) return opts.renewed ? 'active' : 'renewalOffered';
  if (opts.renewed) return 'renewed';
  return t < purgeDueAt(examYear).getTime() ? 'readOnly' : 'purgeDue';
}
