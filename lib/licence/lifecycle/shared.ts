// What the licence's lifecycle steps (renewal, carry-over, reminders, purge) share: the school's
// directors to e-mail, whether a licence is renewed, and which licences a step looks at.
import type { Tx } from '@/lib/db/client';
import { PAID, STANDING } from '../access';

/** The school's directors who can be e-mailed, earliest first. */
export async function schoolDirectors(tx: Tx, schoolId: string) {
  const rows = await tx.schoolStaff.findMany({
    where: { schoolId, role: 'DIRECTOR', user: { deletedAt: null, email: { not: null } } },
    orderBy: { invitedAt: 'asc' },
    select: { user: { select: { id: true, email: true, firstName: true } } },
  });
  return rows.map((r) => ({ id: r.user.id, email: r.user.email!, firstName: r.user.firstName }));
}

/**
 * The school's standing licence of the next exam year (paid or awaiting payment, not void): the
 * renewal, whether the offer's or one the school ordered itself. The same test as schoolAccess's
 * "renewed" (lib/licence/access.ts), so the planner's phase and the purge never disagree.
 */
export async function renewalOf(
  tx: Tx,
  licence: { schoolId: string; examYear: number },
): Promise<{ id: string; contractId: string; renewalOfId: string | null; status: string } | null> {
  const next = await tx.schoolLicence.findUnique({
    where: { schoolId_examYear: { schoolId: licence.schoolId, examYear: licence.examYear + 1 } },
    select: { id: true, contractId: true, renewalOfId: true },
  });
  if (!next) return null;
  const c = await tx.contract.findUnique({ where: { id: next.contractId }, select: { status: true } });
  return c && STANDING.includes(c.status) ? { ...next, status: c.status } : null;
}

/** Contract statuses by id, for a batch of licences. */
export async function contractStatuses(tx: Tx, contractIds: string[]): Promise<Map<string, string>> {
  const rows = await tx.contract.findMany({ where: { id: { in: contractIds } }, select: { id: true, status: true } });
  return new Map(rows.map((r) => [r.id, r.status]));
}

/**
 * Renewed for the purposes of read-only, reminders and the page's "renewed": the renewal is paid.
 * An offer still awaiting payment does not keep the school out of read-only after 30 June, nor
 * spare it the reminders — otherwise an offer sent late and never paid would let the school's data
 * be deleted without a read-only month or a warning.
 */
export async function paidRenewalOf(tx: Tx, licence: { schoolId: string; examYear: number }) {
  const renewal = await renewalOf(tx, licence);
  return renewal && PAID.includes(renewal.status) ? renewal : null;
}
