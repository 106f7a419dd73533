// The payer's contract page (/konto/umowy/[number]): the contract, each charge with its state
// today and its documents, the plain explanation, and what ending it now would mean.
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { quoteContract } from '@/lib/billing/contracts/state';
import { formatLastDay } from '@/lib/format/time';
import { withdrawalEnd } from '@/lib/orders/confirmation/summary';
import { myContract, type MyContract } from './payer';
import { chargeState, warsawDay, type ChargeState } from './charge-state';
import { explainContract } from './explain';
import { numberFromSlug } from './paths';
import type { Locale } from '@/lib/i18n';

export type PageCharge = MyContract['charges'][number] & {
  state: ChargeState;
  invoiceOrderId: string | null;
  invoiceNumber: string | null;
};

export async function myContractPage(payerId: string, slug: string, now = currentTime(), locale?: Locale) {
  const contract = await myContract(payerId, numberFromSlug(slug));
  if (!contract) return null;
  const today = warsawDay(now);
  const charges: PageCharge[] = contract.charges.map((c) => {
    const order = c.orderItems[0]?.order ?? null;
    return {
      ...c,
      state: chargeState(c, today),
      invoiceOrderId: order?.id ?? null,
      invoiceNumber: order?.invoice?.number ?? null,
    };
  });
  const open = charges.filter((c) => c.status === 'OPEN');
  const explained = explainContract({ ...contract, oldestOpenDue: open[0]?.dueDate ?? null }, today, locale);
  const canEnd = (contract.status === 'ACTIVE' || contract.status === 'SUSPENDED') && contract.endsOn === null;
  // The same facts giveNotice uses (a class group's days: S11's full refund, S13's classes used),
  // so what the payer sees is what the notice does.
  const quote = canEnd ? await quoteContract(db(), contract.id, now, { locale }) : null;
  // "Zapłać teraz" on what is overdue and on the next charge due; later instalments wait their turn.
  // A pro-forma is paid by bank transfer against its number (A5), not through PayU.
  const byLink = contract.payMethod !== 'TRANSFER';
  const payable = new Set(byLink ? open.filter((c, i) => i === 0 || c.state.kind === 'overdue').map((c) => c.id) : []);
  // The statute's withdrawal (14 days from signing) said as such before the payer confirms.
  const withdrawal =
    quote?.kind === 'withdrawal'
      ? {
          lastDay: formatLastDay(withdrawalEnd({ termsAcceptedAt: contract.signedAt }), locale),
          early: contract.immediateStartConsent,
        }
      : null;
  return { contract, charges, explained, quote, payable, withdrawal };
}
