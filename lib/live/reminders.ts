// The e-mail a day before each booked session (live.reminders): one outbox row per booking and
// start time, so a job run twice, retried, or run on two instances sends it once, and a moved
// session is a new start and a new reminder.
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { messages } from '@/lib/i18n';
import { absoluteUrl } from '@/lib/url';
import { queueEmailOnce } from '@/lib/mail/outbox';
import { dispatchEmails } from '@/lib/jobs/queues';
import { contactOf } from '@/lib/live/access';
import { LIVE_LEARNER_PATH } from '@/lib/live/paths';

export const REMINDER_HOURS = 24;

export async function remindBookedSessions(now = currentTime()): Promise<string[]> {
  const bookings = await db().liveBooking.findMany({
    where: {
      status: 'BOOKED',
      session: {
        status: 'SCHEDULED',
        startsAt: { gt: now, lte: new Date(now.getTime() + REMINDER_HOURS * 3_600_000) },
      },
    },
    select: { id: true, userId: true, session: { select: { startsAt: true, group: { select: { title: true } } } } },
  });
  const ids: string[] = [];
  for (const b of bookings) {
    const to = await contactOf(db(), b.userId);
    if (!to) continue;
    const id = await queueEmailOnce(
      db(),
      `live-reminder:${b.id}:${b.session.startsAt.toISOString()}`,
      to.email,
      'live-reminder',
      {
        firstName: to.firstName,
        title: b.session.group?.title ?? messages().liveEngine.slotTitle,
        startsAt: b.session.startsAt.toISOString(),
        link: absoluteUrl(LIVE_LEARNER_PATH),
      },
    );
    if (id) ids.push(id);
  }
  await dispatchEmails(ids);
  return ids;
}
