// Words for an offer's price and a charge's state, shared by the payer's and the staff's pages.
import { formatDate } from '@/lib/format/time';
import { formatMoney } from '@/lib/format/money';
import { DEFAULT_LOCALE, messages } from '@/lib/i18n';
import type { ChargeState } from '@/lib/billing/queries/charge-state';
import { currentLocale } from '@/lib/locale/current';

type Priced = {
  planKind: keyof ReturnType<typeof messages>['billingAccount']['per'];
  amount: number;
  currency: string;
};

export function offerPrice(o: Priced & { periodSessions: number | null }, locale: string = DEFAULT_LOCALE): string {
  const per = messages(locale).billingAccount.per;
  const what = o.planKind === 'SESSIONS' ? per.SESSIONS(o.periodSessions ?? 4) : per[o.planKind];
  return messages(locale).billingAccount.offers.price(formatMoney(o.amount, o.currency, locale), what);
}

export function chargeStateText(s: ChargeState, locale: string = DEFAULT_LOCALE): string {
  const t = messages(locale).billingAccount.detail;
  switch (s.kind) {
    case 'paid':
      return t.paid(s.paidAt ? formatDate(s.paidAt, locale) : '—');
    case 'cancelled':
      return t.cancelled;
    case 'due':
      return s.today ? t.dueToday : t.due;
    case 'overdue':
      return t.overdue(s.days);
  }
}

export const chargeStateTone = (s: ChargeState) =>
  s.kind === 'overdue'
    ? 'bg-red-100 text-red-900'
    : s.kind === 'paid'
      ? 'bg-green-100 text-green-900'
      : s.kind === 'cancelled'
        ? 'bg-slate-100 text-slate-700'
        : 'bg-amber-100 text-amber-900';

export const statusTone: Record<string, string> = {
  PENDING: 'bg-amber-100 text-amber-900',
  ACTIVE: 'bg-green-100 text-green-900',
  SUSPENDED: 'bg-red-100 text-red-900',
  ENDED: 'bg-slate-100 text-slate-700',
  VOID: 'bg-slate-100 text-slate-700',
};

/** A contract's state as a small badge. */
export async function StatusBadge({
  status,
}: {
  status: keyof ReturnType<typeof messages>['billingAccount']['status'];
}) {
  const locale = await currentLocale();
  return (
    <span
      className={`inline-block whitespace-nowrap rounded-full px-3 py-0.5 text-sm font-semibold ${statusTone[status]}`}
      data-testid="contract-status"
    >
      {messages(locale).billingAccount.status[status]}
    </span>
  );
}
