// The families area's reminders: the trial ends tomorrow (§2.3), a child's yearly package ends in
// a week. Each is one outbox row keyed by what it is about and when that ends, so a job run twice,
// retried or run by two instances sends it once; an extended end is a new end and a new reminder.
import { db } from '@/lib/db/client';
import { currentTime } from '@/lib/clock/clock';
import { lastInstantBefore } from '@/lib/format/time';
import { absoluteUrl } from '@/lib/url';
import { queueEmailOnce } from '@/lib/mail/outbox';
import { dispatchEmails } from '@/lib/jobs/queues';
import { PACKAGES } from '@/lib/families/rules/packages';
import { ACCESS_REMINDER_DAYS, isReminderDue, lookAheadMs, TRIAL_REMINDER_DAYS } from '@/lib/mail/rules/reminder-due';

/** Trials ending within a day: a reminder to the parent, unless every child already has a paid package that year. */
export async function remindTrialsEnding(now = currentTime()): Promise<string[]> {
  const trials = await db().familyTrial.findMany({
    where: { endsAt: { gt: now, lte: new Date(now.getTime() + lookAheadMs(TRIAL_REMINDER_DAYS)) } },
    select: {
      id: true,
      endsAt: true,
      schoolYear: true,
      parent: { select: { email: true, firstName: true, children: { select: { packages: true } } } },
    },
  });
  const ids: string[] = [];
  for (const t of trials) {
    if (!t.parent.email || !isReminderDue(t.endsAt, TRIAL_REMINDER_DAYS, now)) continue;
    const covered = t.parent.children.every((c) =>
      c.packages.some((p) => p.schoolYear === t.schoolYear && p.status === 'ACTIVE'),
    );
    if (t.parent.children.length > 0 && covered) continue;
    const id = await queueEmailOnce(db(), `trial-ending:${t.id}`, t.parent.email, 'trial-ending', {
      firstName: t.parent.firstName,
      endsAt: t.endsAt.toISOString(),
      link: absoluteUrl('/rodzina/pakiety'),
    });
    if (id) ids.push(id);
  }
  await dispatchEmails(ids);
  return ids;
}

/** Paid yearly packages ending within a week: a reminder to the parent, unless the child has the next year already. */
export async function remindPackagesEnding(now = currentTime()): Promise<string[]> {
  const packages = await db().familyPackage.findMany({
    where: {
      status: 'ACTIVE',
      accessEndsAt: { gt: now, lte: new Date(now.getTime() + lookAheadMs(ACCESS_REMINDER_DAYS)) },
    },
    select: {
      id: true,
      packageCode: true,
      schoolYear: true,
      accessEndsAt: true,
      child: {
        select: {
          fullName: true,
          packages: { where: { status: 'ACTIVE' }, select: { schoolYear: true } },
          parent: { select: { email: true, firstName: true } },
        },
      },
    },
  });
  const ids: string[] = [];
  for (const p of packages) {
    const end = p.accessEndsAt!;
    const { parent } = p.child;
    if (!parent.email || !isReminderDue(end, ACCESS_REMINDER_DAYS, now)) continue;
    if (p.child.packages.some((other) => other.schoolYear > p.schoolYear)) continue;
    const id = await queueEmailOnce(
      db(),
      `access-ending:package:${p.id}:${end.toISOString()}`,
      parent.email,
      'access-ending',
      {
        firstName: parent.firstName,
        what: PACKAGES[p.packageCode].name,
        kind: 'family',
        childName: p.child.fullName,
        lastDay: lastInstantBefore(end).toISOString(),
        link: absoluteUrl('/rodzina/pakiety'),
      },
    );
    if (id) ids.push(id);
  }
  await dispatchEmails(ids);
  return ids;
}
