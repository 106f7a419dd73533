// The lines of a correcting invoice (art. 106j ust. 2 pkt 5 of the VAT Act: what the correction
// changes, line by line): a refund lowers the value of the lines it is for, as a larger discount,
// so `after[i]` is `before[i]` with less left to pay and the invoices' sums stay exact to the grosz.
import type { InvoiceLine } from '@/lib/invoices/pdf';

/** A line as it stands now (the original's, less earlier corrections) and the order item it invoices. */
export type StandingLine = { line: InvoiceLine; itemId: string | null };

export type CorrectionRefund = {
  /** Minor units, in the invoice's currency. */
  amount: number;
  /** The order items the refund is for; none (or none on the invoice) means the whole order. */
  itemIds: readonly string[];
};

export type CorrectionLines =
  { ok: true; after: InvoiceLine[] } | { ok: false; reason: 'invalidAmount' | 'exceedsRemaining'; remaining: number };

/** What is still to pay on a line: its gross less its discount (and so less earlier corrections). */
export const lineValue = (l: InvoiceLine) => l.unitGross * l.quantity - (l.discountGross ?? 0);

/**
 * Shares the refund over the refunded items' lines in proportion to what is left on each, by the
 * largest-remainder method (each line's exact share rounded down, the grosze left over to the
 * largest fractions, ties to the earlier line), so the shares add up to the refund exactly and no
 * line goes below zero. Should the refund exceed what is left on the items it names (staff may
 * refund more than one item's price in one go), the rest comes off the order's other lines the
 * same way. A refund of everything left takes every line to zero. A refund larger than what is
 * left on the whole invoice is refused: the refund's reservation (lib/settlement/refunds.ts)
 * never allows one, so it means the invoice and the order disagree.
 */
export function correctionLines(standing: readonly StandingLine[], refund: CorrectionRefund): CorrectionLines {
  const values = standing.map((s) => lineValue(s.line));
  const remaining = values.reduce((a, v) => a + v, 0);
  if (!Number.isSafeInteger(refund.amount) || refund.amount <= 0)
    return { ok: false, reason: 'invalidAmount', remaining };
  if (refund.amount > remaining) return { ok: false, reason: 'exceedsRemaining', remaining };

  const named = new Set(refund.itemIds);
  const isTarget = (i: number) => named.size === 0 || named.has(standing[i].itemId ?? '');
  let targets = standing.map((_, i) => i).filter(isTarget);
  if (targets.length === 0) targets = standing.map((_, i) => i);
  const others = standing.map((_, i) => i).filter((i) => !targets.includes(i));

  const shares = new Array<number>(standing.length).fill(0);
  const onTargets = Math.min(refund.amount, sum(targets.map((i) => values[i])));
  share(onTargets, targets, values, shares);
  share(refund.amount - onTargets, others, values, shares);

  const after = standing.map(({ line }, i) => {
    if (shares[i] === 0) return { ...line };
    return { ...line, discountGross: (line.discountGross ?? 0) + shares[i] };
  });
  return { ok: true, after };
}

const sum = (xs: readonly number[]) => xs.reduce((a, x) => a + x, 0);

/** `amount` (≤ the lines' total) over the lines `idx` by their values, into `out`. */
function share(amount: number, idx: readonly number[], values: readonly number[], out: number[]): void {
  if (amount <= 0) return;
  const total = BigInt(sum(idx.map((i) => values[i])));
  // BigInt: amount × value may pass 2^53 for large orders.
  const exact = idx.map((i) => {
    const product = BigInt(amount) * BigInt(values[i]);
    return { i, floor: Number(product / total), rest: product % total };
  });
  let left = amount - sum(exact.map((e) => e.floor));
  const byRest = [...exact].sort((a, b) => (a.rest === b.rest ? a.i - b.i : a.rest > b.rest ? -1 : 1));
  for (const e of byRest) {
    if (left === 0) break;
    if (e.rest === 0n) continue;
    e.floor += 1;
    left -= 1;
  }
  for (const e of exact) out[e.i] += e.floor;
}
