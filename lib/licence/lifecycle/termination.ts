// A16 (seed §5.2, §7.2): staff end a paid licence when the school terminates it for
// non-performance; the fee comes back in proportion to the days left to 30 June. The contract is
// ended through billing's own endContract with its PRO_RATA settlement (quoteContract, endNow):
// the 'refund-due' event it writes is what accounting sends back by transfer within 14 days
// (lib/billing/contracts/after-change.ts), and the correcting invoice follows that refund. The
// licence's own arithmetic (lib/licence/rules/refund.ts) is shown beside it: the two must agree.
import { db, type Tx } from '@/lib/db/client';
import { currentTime } from '@/lib/clock/clock';
import { UserError } from '@/lib/errors';
import { formatMoney } from '@/lib/format/money';
import { recordAudit } from '@/lib/audit';
import { actorWith } from '@/lib/staff/authority';
import { dateToDay, warsawToday } from '@/lib/billing/rules/days';
import { endContract, quoteContract } from '@/lib/billing/contracts/state';
import { afterContractChange } from '@/lib/billing/contracts/after-change';
import { licenceEndsAt, licencePeriod } from '@/lib/matura/rules/deadlines';
import { licenceRefund, type LicenceRefund } from '../rules/refund';

export type TerminableLicence = {
  licenceId: string;
  school: string;
  examYear: number;
  paid: string;
  refund: number;
  refundText: string;
  daysLeft: number;
  daysPaid: number;
};

/** The licence's refund if it ended today (A16): what was paid, over the days it paid for. */
async function licenceQuote(tx: Tx, licenceId: string, now: Date) {
  const l = await tx.schoolLicence.findUniqueOrThrow({
    where: { id: licenceId },
    select: { id: true, examYear: true, contractId: true, school: { select: { name: true } } },
  });
  const c = await tx.contract.findUniqueOrThrow({
    where: { id: l.contractId },
    select: {
      status: true,
      currency: true,
      charges: { select: { status: true, amount: true, discount: true, periodStart: true } },
    },
  });
  const paidCharges = c.charges.filter((ch) => ch.status === 'PAID');
  const paid = paidCharges.reduce((a, ch) => a + ch.amount - ch.discount, 0);
  const start = paidCharges.find((ch) => ch.periodStart)?.periodStart;
  const refund: LicenceRefund = licenceRefund({
    paid,
    period: licencePeriod(l.examYear),
    accessFrom: start ? dateToDay(start) : undefined,
    terminatedOn: warsawToday(now),
  });
  return { licence: l, contract: c, paid, refund };
}

/** Staff's list (/panel/szkoly): paid licences still running, with today's refund. */
export async function terminableLicences(now = currentTime(), locale?: string): Promise<TerminableLicence[]> {
  const rows = await db().schoolLicence.findMany({
    where: { purgedAt: null },
    orderBy: [{ examYear: 'asc' }, { id: 'asc' }],
    select: { id: true, examYear: true, contractId: true },
  });
  const active = new Set(
    (
      await db().contract.findMany({
        where: { id: { in: rows.map((r) => r.contractId) }, status: 'ACTIVE' },
        select: { id: true },
      })
    ).map((c) => c.id),
  );
  const out: TerminableLicence[] = [];
  for (const r of rows) {
    if (!active.has(r.contractId) || now >= licenceEndsAt(r.examYear)) continue;
    const q = await licenceQuote(db(), r.id, now);
    if (q.paid === 0) continue;
    const money = (n: number) => formatMoney(n, q.contract.currency, locale);
    out.push({
      licenceId: r.id,
      school: q.licence.school.name,
      examYear: r.examYear,
      paid: money(q.paid),
      refund: q.refund.refund,
      refundText: money(q.refund.refund),
      daysLeft: q.refund.daysLeft,
      daysPaid: q.refund.daysPaid,
    });
  }
  return out;
}

/**
 * Ends the licence's contract now for non-performance, with billing's pro-rata settlement. The
 * licence then reads and exports only (accessLevel: ended → read-only). Refused unless paid and
 * still running. Returns the refund due, in grosze.
 */
export async function terminateLicence(actorId: string, licenceId: string, now = currentTime()): Promise<number> {
  const result = await db().$transaction(async (tx) => {
    await actorWith(tx, actorId, 'contracts:manage');
    const q = await licenceQuote(tx, licenceId, now);
    if (q.contract.status !== 'ACTIVE' || now >= licenceEndsAt(q.licence.examYear))
      throw new UserError('plannerLifecycle.termination.notActive');
    const settlement = await quoteContract(tx, q.licence.contractId, now, { endNow: true });
    if (settlement.refund !== q.refund.refund)
      console.warn(
        `[licence] refund of ${licenceId}: billing ${settlement.refund}, licence rule ${q.refund.refund} (billing's settles)`,
      );
    const ended = await endContract(tx, q.licence.contractId, {
      reason: 'non-performance',
      actorId,
      now,
      settlement,
    });
    await recordAudit(tx, {
      actorId,
      action: 'licence.terminated',
      objectType: 'schoolLicence',
      objectId: licenceId,
      after: { refund: settlement.refund, daysLeft: q.refund.daysLeft, daysPaid: q.refund.daysPaid },
    });
    return { ended, refund: settlement.refund };
  });
  await afterContractChange(result.ended, actorId);
  return result.refund;
}
