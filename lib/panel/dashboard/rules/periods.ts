// The windows the staff home counts in: today and this month as Warsaw calendar days, whatever
// the server's zone, with DST handled by the Warsaw-midnight instants they start and end at.
import {
  addDays,
  addMonthsClamped,
  startOfMonth,
  warsawDayStart,
  warsawToday,
  type Day,
} from '@/lib/billing/rules/days';

export type DashboardPeriods = {
  /** Today's Warsaw calendar day ('YYYY-MM-DD'): overdue charges are due before it. */
  today: Day;
  /** [dayStart, dayEnd): today from Warsaw midnight to the next. */
  dayStart: Date;
  dayEnd: Date;
  /** [monthStart, monthEnd): this Warsaw calendar month. */
  monthStart: Date;
  monthEnd: Date;
};

export function dashboardPeriods(now: Date): DashboardPeriods {
  const today = warsawToday(now);
  const first = startOfMonth(today);
  return {
    today,
    dayStart: warsawDayStart(today),
    dayEnd: warsawDayStart(addDays(today, 1)),
    monthStart: warsawDayStart(first),
    monthEnd: warsawDayStart(addMonthsClamped(first, 1)),
  };
}
