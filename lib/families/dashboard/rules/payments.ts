// Which unpaid charges the family page lists: every overdue one (its due day is before today,
// Warsaw) and, per contract, the next one ahead — not the whole schedule of ten instalments.
import type { DayKey } from '@/lib/calendar/business-days';

export type OpenCharge = { id: string; contractId: string; dueDay: DayKey; toPay: number; currency: string };

export type DueCharge<C extends OpenCharge> = C & { overdue: boolean };

export function chargesDue<C extends OpenCharge>(charges: readonly C[], today: DayKey): DueCharge<C>[] {
  const sorted = [...charges].sort((a, b) => a.dueDay.localeCompare(b.dueDay) || a.id.localeCompare(b.id));
  const nextTaken = new Set<string>();
  const out: DueCharge<C>[] = [];
  for (const c of sorted) {
    if (c.dueDay < today) out.push({ ...c, overdue: true });
    else if (!nextTaken.has(c.contractId)) {
      nextTaken.add(c.contractId);
      out.push({ ...c, overdue: false });
    }
  }
  return out;
}

/** Totals per currency (a family may pay in PLN and EUR), in the order the currencies first appear. */
export function totalsByCurrency(charges: readonly { toPay: number; currency: string }[]) {
  const sums = new Map<string, number>();
  for (const c of charges) sums.set(c.currency, (sums.get(c.currency) ?? 0) + c.toPay);
  return [...sums].map(([currency, amount]) => ({ currency, amount }));
}
