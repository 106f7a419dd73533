// What the course page says about an on-line course's consultations (O2): until when the buyer may
// sign up, or that the window has closed while the materials stay (§3.4–3.5). The booking rule
// itself is in lib/live/bookings/entitlement.ts; both read rules/consultation-window.ts's reckoning.
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { consultationUntil } from '@/lib/live/rules/consultation-window';

export type ConsultationWindow = { until: Date; open: boolean };

/** The window from the enrolment's start, pure; null for a course without consultations. */
export function consultationWindowOf(
  enrolmentStart: Date,
  months: number | null,
  now: Date,
): ConsultationWindow | null {
  const until = consultationUntil(enrolmentStart, months);
  return until && { until, open: now.getTime() < until.getTime() };
}

export async function consultationWindow(
  courseId: string,
  enrolmentStart: Date,
  now = currentTime(),
): Promise<ConsultationWindow | null> {
  const course = await db().course.findUnique({ where: { id: courseId }, select: { consultationMonths: true } });
  return consultationWindowOf(enrolmentStart, course?.consultationMonths ?? null, now);
}
