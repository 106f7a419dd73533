// A19: 14 and 3 days before the purge, each director of a school that did not renew is told when
// its planner data go and pointed to the printouts and exports. Each reminder once per licence
// (purgeReminded14At / purgeReminded3At claimed in the e-mail's transaction). A run that was down
// past the 3-day point sends only the 3-day one: two reminders at once say nothing more.
import { db } from '@/lib/db/client';
import { currentTime } from '@/lib/clock/clock';
import { dispatchEmails } from '@/lib/jobs/queues';
import { queueEmailOnce } from '@/lib/mail/outbox';
import { absoluteUrl } from '@/lib/url';
import { lastInstantBefore, warsawParts } from '@/lib/format/time';
import { PURGE_REMINDER_DAYS, purgeDueAt, purgeRemindersAt } from '@/lib/matura/rules/deadlines';
import { plannerPath } from '../paths';
import { contractStatuses, paidRenewalOf, schoolDirectors } from './shared';

type Which = (typeof PURGE_REMINDER_DAYS)[number];
const STAMP = { 14: 'purgeReminded14At', 3: 'purgeReminded3At' } as const satisfies Record<Which, string>;

/** Which reminder is due for an exam year at `now`, if any: each has its window up to the next one. */
export function reminderDue(examYear: number, now: Date): Which | null {
  const at = purgeRemindersAt(examYear);
  const end = purgeDueAt(examYear);
  for (let i = 0; i < at.length; i += 1) if (now >= at[i] && now < (at[i + 1] ?? end)) return PURGE_REMINDER_DAYS[i];
  return null;
}

/** Sends one licence's due reminder; the number of e-mails queued (0: not due, renewed, or sent before). */
export async function remindPurge(licenceId: string, now = currentTime()): Promise<number> {
  const ids = await db().$transaction(async (tx) => {
    const l = await tx.schoolLicence.findUnique({
      where: { id: licenceId },
      select: { id: true, schoolId: true, examYear: true, purgedAt: true, school: { select: { name: true } } },
    });
    const which = l && !l.purgedAt ? reminderDue(l.examYear, now) : null;
    if (!l || !which || (await paidRenewalOf(tx, l))) return [];
    const claimed = await tx.schoolLicence.updateMany({
      where: { id: l.id, [STAMP[which]]: null },
      data: { [STAMP[which]]: now },
    });
    if (claimed.count === 0) return [];
    const exportsUrl = absoluteUrl(plannerPath(l.schoolId, 'printouts'));
    const lastDay = lastInstantBefore(purgeDueAt(l.examYear)).toISOString();
    const out: string[] = [];
    for (const d of await schoolDirectors(tx, l.schoolId)) {
      const id = await queueEmailOnce(tx, `licence-purge:${l.id}:${which}:${d.id}`, d.email, 'licence-purge-reminder', {
        firstName: d.firstName,
        school: l.school.name,
        examYear: l.examYear,
        days: which,
        lastDay,
        exportsUrl,
      });
      if (id) out.push(id);
    }
    return out;
  });
  await dispatchEmails(ids);
  return ids.length;
}

/** The job's step: the reminders due now for paid licences (a void order had no data to export). */
export async function remindDuePurges(now = currentTime()): Promise<number> {
  const year = warsawParts(now).year;
  const rows = await db().schoolLicence.findMany({
    where: { purgedAt: null, examYear: { in: [year - 1, year] } },
    select: { id: true, examYear: true, contractId: true },
    orderBy: { id: 'asc' },
  });
  const statuses = await contractStatuses(
    db(),
    rows.map((r) => r.contractId),
  );
  let sent = 0;
  for (const l of rows) {
    if (statuses.get(l.contractId) === 'VOID' || !reminderDue(l.examYear, now)) continue;
    sent += await remindPurge(l.id, now);
  }
  return sent;
}
