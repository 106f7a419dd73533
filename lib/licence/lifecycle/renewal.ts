// A11 (seed §2.12): from 1 June of the exam year every paid licence is offered its renewal — the
// next exam year's licence ordered for the same school through the order's own signing
// (lib/licence/order.ts signLicenceIn: the pro-forma contract with the school's discount), its
// licence marked as renewing this one (renewalOfId), starting on 1 July (finding 6) — and the
// pro-forma e-mailed to each of the school's directors after the commit. Once per licence: the
// renewalOfferedAt stamp is claimed in the same transaction, so a second run, or a second
// instance, offers nothing. A school that already ordered the next year itself gets no second
// contract: its licence is marked as the renewal and no e-mail goes.
import { db } from '@/lib/db/client';
import { currentTime } from '@/lib/clock/clock';
import { dispatchEmails } from '@/lib/jobs/queues';
import { queueEmailOnce } from '@/lib/mail/outbox';
import { absoluteUrl } from '@/lib/url';
import { warsawParts } from '@/lib/format/time';
import { maxDay, warsawToday } from '@/lib/billing/rules/days';
import { licencePeriod, purgeDueAt, renewalOfferedFrom } from '@/lib/matura/rules/deadlines';
import { licenceOfferId, licenceProformaMail, signLicenceIn } from '../order';
import { plannerPath } from '../paths';
import { contractStatuses, renewalOf, schoolDirectors } from './shared';

export type RenewalOffered = { licenceId: string; renewalId: string; contractId: string | null; emailIds: string[] };

/** Licences due their offer at `now`: paid, not purged, not yet offered, between 1 June and the purge. */
export async function renewalCandidates(now: Date): Promise<string[]> {
  const year = warsawParts(now).year;
  const rows = await db().schoolLicence.findMany({
    where: { renewalOfferedAt: null, purgedAt: null, examYear: { in: [year - 1, year] } },
    select: { id: true, examYear: true, contractId: true },
    orderBy: { id: 'asc' },
  });
  const statuses = await contractStatuses(
    db(),
    rows.map((r) => r.contractId),
  );
  return rows
    .filter((r) => statuses.get(r.contractId) === 'ACTIVE')
    .filter((r) => now >= renewalOfferedFrom(r.examYear) && now < purgeDueAt(r.examYear))
    .map((r) => r.id);
}

/** Offers one licence's renewal (see the file's comment); null when it was offered already. */
export async function offerRenewal(licenceId: string, now = currentTime()): Promise<RenewalOffered | null> {
  const offerId = await licenceOfferId();
  const done = await db().$transaction(async (tx) => {
    const claimed = await tx.schoolLicence.updateMany({
      where: { id: licenceId, renewalOfferedAt: null, purgedAt: null },
      data: { renewalOfferedAt: now },
    });
    if (claimed.count === 0) return null;
    const old = await tx.schoolLicence.findUniqueOrThrow({
      where: { id: licenceId },
      select: { id: true, schoolId: true, examYear: true, contractId: true },
    });
    const existing = await renewalOf(tx, old);
    if (existing) {
      if (existing.renewalOfId === null)
        await tx.schoolLicence.update({ where: { id: existing.id }, data: { renewalOfId: old.id } });
      return { licenceId, renewalId: existing.id, contractId: null, emailIds: [] };
    }
    const directors = await schoolDirectors(tx, old.schoolId);
    const { payerId } = await tx.contract.findUniqueOrThrow({
      where: { id: old.contractId },
      select: { payerId: true },
    });
    // The renewal is the old payer's while they are still a director; else the longest-serving one.
    const payer = directors.find((d) => d.id === payerId) ?? directors[0];
    if (!payer) {
      console.warn(`[licence] renewal of ${licenceId} not offered: the school has no director with an e-mail`);
      return { licenceId, renewalId: '', contractId: null, emailIds: [] };
    }
    const examYear = old.examYear + 1;
    const signed = await signLicenceIn(tx, {
      offerId,
      schoolId: old.schoolId,
      payerId: payer.id,
      examYear,
      startDay: maxDay(licencePeriod(examYear, { renewal: true }).firstDay, warsawToday(now)),
      now,
      renewalOfId: old.id,
      event: { renewal: true },
    });
    if (!signed) throw new Error(`renewal of ${licenceId}: a standing licence appeared for ${examYear}`);
    const { payer: _payer, schoolUrl: _url, ...props } = await licenceProformaMail(tx, signed.contractId, examYear);
    const licenceUrl = absoluteUrl(plannerPath(old.schoolId, 'licence'));
    const emailIds: string[] = [];
    for (const d of directors) {
      const id = await queueEmailOnce(tx, `licence-renewal:${old.id}:${d.id}`, d.email, 'licence-renewal', {
        firstName: d.firstName,
        ...props,
        licenceUrl,
      });
      if (id) emailIds.push(id);
    }
    return { licenceId, renewalId: signed.licenceId, contractId: signed.contractId, emailIds };
  });
  if (done) await dispatchEmails(done.emailIds);
  return done;
}

/** The job's step: every due licence's offer; the number offered. */
export async function offerDueRenewals(now = currentTime()): Promise<number> {
  let offered = 0;
  for (const id of await renewalCandidates(now)) {
    try {
      if ((await offerRenewal(id, now))?.contractId) offered += 1;
    } catch (e) {
      // One school's failure (say, the offer withdrawn) must not stop the others' offers.
      console.error(`[licence] renewal of ${id} failed`, e instanceof Error ? e.message : e);
    }
  }
  return offered;
}
