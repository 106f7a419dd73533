// "Your access ends in a week" for a course a person bought for themselves. One outbox row per
// enrolment and end (a renewal moves the end, and gets its own reminder), so a job run twice,
// retried or run by two instances sends it once. Group participants' and children's access is
// the company's and the parent's business (their own reminders), so only self-bought courses.
import { db } from '@/lib/db/client';
import { currentTime } from '@/lib/clock/clock';
import { lastInstantBefore } from '@/lib/format/time';
import { absoluteUrl } from '@/lib/url';
import { queueEmailOnce } from '@/lib/mail/outbox';
import { dispatchEmails } from '@/lib/jobs/queues';
import { ACCESS_REMINDER_DAYS, isReminderDue, lookAheadMs } from '@/lib/mail/rules/reminder-due';

export async function remindCourseAccessEnding(now = currentTime()): Promise<string[]> {
  const enrolments = await db().enrolment.findMany({
    where: {
      status: 'ACTIVE',
      groupId: null,
      endsAt: { gt: now, lte: new Date(now.getTime() + lookAheadMs(ACCESS_REMINDER_DAYS)) },
      orderItem: { is: { kind: null, seats: 1 } },
      user: { email: { not: null } },
    },
    select: {
      id: true,
      endsAt: true,
      user: { select: { email: true, firstName: true } },
      course: { select: { title: true, slug: true } },
    },
  });
  const ids: string[] = [];
  for (const e of enrolments) {
    const end = e.endsAt!;
    if (!isReminderDue(end, ACCESS_REMINDER_DAYS, now)) continue;
    const id = await queueEmailOnce(
      db(),
      `access-ending:enrolment:${e.id}:${end.toISOString()}`,
      e.user.email!,
      'access-ending',
      {
        firstName: e.user.firstName,
        what: e.course.title,
        kind: 'course',
        lastDay: lastInstantBefore(end).toISOString(),
        link: absoluteUrl(`/kursy/${e.course.slug}`),
      },
    );
    if (id) ids.push(id);
  }
  await dispatchEmails(ids);
  return ids;
}
