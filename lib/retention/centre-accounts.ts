// S14: a learning centre's parent keeps the account for the contract plus 8 months; then the
// personal data go — the parent's and the children's accounts anonymised the way an account
// deletion does it (lib/privacy/deletion), invoices and the orders they need kept by law — unless
// the parent enrolled again (a contract live, or one that ended within the 8 months) or still uses
// the site otherwise (an order within the 8 months). A parent who asked sooner deletes the account
// themselves. One transaction per account; an account that cannot be deleted now (a payment or
// refund in progress, a staff role) is left for a later run.
import { db } from '@/lib/db/client';
import { UserError } from '@/lib/errors';
import { dispatchEmails } from '@/lib/jobs/queues';
import { eraseAccountIn } from '@/lib/privacy/deletion/delete-account';
import { cutoff, ruleOf } from './rules/table';

const LIVE = ['PENDING', 'ACTIVE', 'SUSPENDED'] as const;

/** Parents whose every contract ended more than the period ago, at least one of them a centre's. */
export async function centreAccountsDue(now: Date, take = 200): Promise<string[]> {
  const before = cutoff(ruleOf('centreAccount').keep!, now);
  const recent = {
    OR: [{ status: { in: [...LIVE] } }, { endedAt: { gte: before } }, { endsOn: { gte: before } }],
  };
  const users = await db().user.findMany({
    where: {
      deletedAt: null,
      contractsPaid: { some: { offer: { product: 'centre' }, status: { in: ['ENDED', 'VOID'] } }, none: recent },
      contractsBenefiting: { none: recent },
      // An order paid (or placed, unpaid) within the period: the person still uses the site.
      orders: { none: { OR: [{ paidAt: { gte: before } }, { paidAt: null, createdAt: { gte: before } }] } },
    },
    select: { id: true },
    orderBy: { id: 'asc' },
    take,
  });
  return users.map((u) => u.id);
}

export async function purgeCentreAccounts(now: Date): Promise<number> {
  let erased = 0;
  for (const userId of await centreAccountsDue(now)) {
    try {
      const { mailId } = await db().$transaction((tx) => eraseAccountIn(tx, userId, now, { actorId: null }));
      if (mailId) await dispatchEmails([mailId]);
      erased += 1;
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      console.warn(`[retention] centre account ${userId} kept for now: ${e.message}`);
    }
  }
  return erased;
}
