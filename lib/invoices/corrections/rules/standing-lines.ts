// The lines a correction starts from: the original invoice's lines (lib/invoices/lines.ts, from
// its frozen snapshot), each tied to the order item it invoices, less what earlier corrections
// of the same invoice already took off.
import { invoiceLines, type SnapshotItem } from '@/lib/invoices/lines';
import type { InvoiceLine } from '@/lib/invoices/pdf';
import type { StandingLine } from './correction-lines';

/** The parts of an invoice snapshot (lib/invoices/issue.ts) that hold its lines. */
export type OriginalLines = { items?: readonly SnapshotItem[]; lines?: readonly InvoiceLine[] };

/**
 * `itemIds`: the order's item ids in the snapshot's order (it froze them sorted by id); a
 * snapshot of older times has one line per item. `earlier`: the `after[]` of the invoice's
 * earlier corrections, any order. A correction only ever raises a line's discount, so a line
 * stands at the largest discount any correction gave it — the last one's `after`.
 */
export function standingLines(
  original: OriginalLines,
  itemIds: readonly (string | null)[],
  earlier: readonly (readonly InvoiceLine[])[],
): StandingLine[] {
  const lines: StandingLine[] = original.items
    ? original.items.flatMap((item, k) => invoiceLines([item]).map((line) => ({ line, itemId: itemIds[k] ?? null })))
    : (original.lines ?? []).map((line, k) => ({ line: { ...line }, itemId: itemIds[k] ?? null }));
  for (const after of earlier) {
    if (after.length !== lines.length || after.some((l, i) => l.name !== lines[i].line.name))
      throw new Error('An earlier correction does not have the lines of the invoice it corrects');
    after.forEach((l, i) => {
      const discount = Math.max(lines[i].line.discountGross ?? 0, l.discountGross ?? 0);
      if (discount > 0) lines[i] = { ...lines[i], line: { ...lines[i].line, discountGross: discount } };
    });
  }
  return lines;
}
