// The zone's payments box: each contract the learner studies by, its state in plain words
// (lib/billing's explanation), what is open — overdue first — with the pay link where the payer's
// own contract page offers one, and the link to that page. Read through lib/billing's payer queries.
import { db } from '@/lib/db/client';
import { myContractPage } from '@/lib/billing/queries/contract-page';
import { contractSlug } from '@/lib/billing/queries/paths';
import { toPay, type ChargeState } from '@/lib/billing/queries/charge-state';
import type { Locale } from '@/lib/i18n';

export type ZoneCharge = {
  id: string;
  label: string;
  amount: number;
  currency: string;
  dueDate: Date;
  state: ChargeState;
  payable: boolean;
};

export type ZoneContract = {
  id: string;
  number: string;
  title: string;
  status: string;
  paidThrough: Date | null;
  endReason: string | null;
  /** The learner pays it themself (else only the state is shown). */
  ownPayer: boolean;
  explained: { tone: 'success' | 'warning' | 'error' | 'info'; lines: string[] } | null;
  open: ZoneCharge[];
};

export async function zonePayments(
  userId: string,
  contractIds: string[],
  now: Date,
  locale?: Locale,
): Promise<ZoneContract[]> {
  const learner = await db().languageLearner.findMany({ where: { userId }, select: { contractId: true } });
  const ids = [...new Set([...contractIds, ...learner.flatMap((l) => (l.contractId ? [l.contractId] : []))])];
  const rows = await db().contract.findMany({
    where: { id: { in: ids }, OR: [{ payerId: userId }, { beneficiaryId: userId }] },
    orderBy: { signedAt: 'desc' },
    select: {
      id: true,
      number: true,
      status: true,
      payerId: true,
      paidThrough: true,
      endReason: true,
      offer: { select: { title: true } },
    },
  });
  return Promise.all(
    rows.map(async (c) => {
      const base = {
        id: c.id,
        number: c.number,
        title: c.offer.title,
        status: c.status,
        paidThrough: c.paidThrough,
        endReason: c.endReason,
      };
      const page = c.payerId === userId ? await myContractPage(userId, contractSlug(c.number), now, locale) : null;
      if (!page) return { ...base, ownPayer: false, explained: null, open: [] };
      const open = page.charges
        .filter((x) => x.status === 'OPEN')
        .map((x) => ({
          id: x.id,
          label: x.label,
          amount: toPay(x),
          currency: x.currency,
          dueDate: x.dueDate,
          state: x.state,
          payable: page.payable.has(x.id),
        }));
      return { ...base, ownPayer: true, explained: page.explained, open };
    }),
  );
}
