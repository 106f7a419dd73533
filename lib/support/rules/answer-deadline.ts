// The complaint answer deadline: 14 calendar days from the day of receipt (art. 7a u.p.k.;
// every source regulation sets 14 days). Counted as art. 111 § 2 k.c. counts days: the day of
// receipt is not counted, and the term ends with the end of the 14th day, Warsaw time. It is not
// moved off a weekend or holiday (art. 115 k.c. would allow it; we answer sooner, not later).
import { fromWarsaw, warsawParts } from '@/lib/format/time';

export const ANSWER_DAYS = 14;

export type AnswerDeadline = {
  /** The last day for the answer, YYYY-MM-DD in Warsaw. */
  lastDay: string;
  /** The exclusive end: midnight in Warsaw after the last day. */
  dueAt: Date;
};

/** When the answer to a complaint received at `receivedAt` is due. */
export function answerDeadline(receivedAt: Date): AnswerDeadline {
  const p = warsawParts(receivedAt);
  // Date.UTC normalises the day overflow (31 Jan + 14); only the calendar date is taken from it.
  const last = new Date(Date.UTC(p.year, p.month - 1, p.day + ANSWER_DAYS));
  const y = last.getUTCFullYear();
  const m = last.getUTCMonth() + 1;
  const d = last.getUTCDate();
  return {
    lastDay: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
    dueAt: fromWarsaw(y, m, d + 1),
  };
}

/**
 * Whole Warsaw calendar days from `now` to the last day: 0 on the last day itself, negative once
 * overdue (−1 the day after). Null when answered.
 */
export function daysLeft(dueAt: Date, now: Date): number {
  const key = (d: Date) => {
    const p = warsawParts(d);
    return Date.UTC(p.year, p.month - 1, p.day) / 86_400_000;
  };
  const lastDay = key(new Date(dueAt.getTime() - 1));
  return lastDay - key(now);
}
