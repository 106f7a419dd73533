// The lines of an invoice or a purchase confirmation, from the order's items as the snapshot
// froze them: each product, add-on and discount on its own line (art. 106e ust. 1 pt 7–10 of
// the VAT act). A family package's sibling discount is a discount on its package's line (the
// "Rabat" column, pt 10), so every line's value and the total are what was really paid.
import type { InvoiceLine } from '@/lib/invoices/pdf';
import { SERVICE_UNIT } from '@/lib/invoices/legal-wording';

/** One OrderItem as the snapshot keeps it (lib/invoices/issue.ts). */
export type SnapshotItem = {
  name: string;
  quantity: number;
  seats?: number;
  unitGross: number;
  vatRate: number;
  totalGross: number;
  kind?: string | null;
  details?: FamilyDetails | null;
};

/** A child's priced lines as lib/families/family-order.ts stores them in `details`. */
type FamilyDetails = {
  /** "Pakiet Standard 2026/2027 — Ola Kowalska"; absent on orders placed before it was stored. */
  title?: string;
  childName?: string;
  lines?: { kind: string; description: string; amountMinor: number }[];
};

function familyLines(item: SnapshotItem, d: FamilyDetails): InvoiceLine[] {
  const lines = d.lines ?? [];
  const pkg = lines.find((l) => l.kind === 'PACKAGE');
  if (!pkg) return [plainLine(item)];
  const discount = -lines.filter((l) => l.kind === 'SIBLING_DISCOUNT').reduce((s, l) => s + l.amountMinor, 0);
  const title = d.title ?? item.name.split('; ')[0];
  const who = d.childName ?? title.split(' — ').at(-1) ?? '';
  const out: InvoiceLine[] = [
    {
      name: title,
      quantity: 1,
      unit: SERVICE_UNIT,
      unitGross: pkg.amountMinor,
      vatRate: item.vatRate,
      ...(discount > 0 ? { discountGross: discount, discountLabel: discountName(lines) } : {}),
    },
  ];
  for (const l of lines) {
    if (l.kind === 'PACKAGE' || l.kind === 'SIBLING_DISCOUNT') continue;
    out.push({
      name: who ? `${l.description} — ${who}` : l.description,
      quantity: 1,
      unit: SERVICE_UNIT,
      unitGross: l.amountMinor,
      vatRate: item.vatRate,
    });
  }
  return out;
}

const discountName = (lines: NonNullable<FamilyDetails['lines']>) =>
  lines.find((l) => l.kind === 'SIBLING_DISCOUNT')?.description ?? '';

const plainLine = (item: SnapshotItem): InvoiceLine => ({
  name: item.name,
  quantity: item.quantity,
  unit: SERVICE_UNIT,
  unitGross: item.unitGross,
  vatRate: item.vatRate,
});

/**
 * The invoice lines of the items, in order. A course or a group package is one line (a group
 * package is one service for its N accounts, named so); a family package is its package line
 * with the sibling discount in the "Rabat" column, then one line per add-on. The lines' gross
 * values add up to the items' totals exactly; a mismatch is a bug and throws.
 */
export function invoiceLines(items: readonly SnapshotItem[]): InvoiceLine[] {
  return items.flatMap((item) => {
    const lines = item.details?.lines ? familyLines(item, item.details) : [plainLine(item)];
    const gross = lines.reduce((s, l) => s + l.unitGross * l.quantity - (l.discountGross ?? 0), 0);
    if (gross !== item.totalGross)
      throw new Error(`Invoice lines of "${item.name}" add up to ${gross}, the item to ${item.totalGross}`);
    return lines;
  });
}
