// What the §5.3 re-evaluation needs from the database: a family's paid packages of one school
// year, which of them carry the sibling discount, and how many discounts were already paid back
// (or returned) by earlier cancellations.
import { db, type Tx } from '@/lib/db/client';
import type { PackageCode } from '@/lib/families/rules/packages';

export type SiblingLedger = {
  paid: { childId: string; package: PackageCode; discounted: boolean }[];
  /** Net discounts paid back this school year: +1 per loss settled, −1 per one returned. */
  discountsRepaid: number;
  /** Net amount withheld for §5.3 by those cancellations (Σ siblingDiscountLoss, minor units). */
  withheldMinor: number;
};

export async function siblingLedger(
  parentId: string,
  startYear: number,
  except: { packageId?: string; childIds?: readonly string[] } = {},
  client: Tx = db(),
): Promise<SiblingLedger> {
  const packages = await client.familyPackage.findMany({
    where: {
      child: { parentId },
      schoolYear: startYear,
      status: 'ACTIVE',
      ...(except.packageId ? { id: { not: except.packageId } } : {}),
      ...(except.childIds ? { childId: { notIn: [...except.childIds] } } : {}),
    },
    select: { childId: true, packageCode: true, orderItemId: true },
  });
  const items = await client.orderItem.findMany({
    where: { id: { in: packages.map((p) => p.orderItemId) } },
    select: { id: true, details: true },
  });
  const discounted = new Set(items.filter((i) => hasSiblingDiscount(i.details)).map((i) => i.id));
  const settled = await client.familyCancellation.findMany({
    where: { package: { child: { parentId }, schoolYear: startYear }, siblingDiscountLoss: { not: 0 } },
    select: { siblingDiscountLoss: true },
  });
  return {
    paid: packages.map((p) => ({
      childId: p.childId,
      package: p.packageCode as PackageCode,
      discounted: discounted.has(p.orderItemId),
    })),
    discountsRepaid: settled.reduce((n, c) => n + Math.sign(c.siblingDiscountLoss), 0),
    withheldMinor: settled.reduce((sum, c) => sum + c.siblingDiscountLoss, 0),
  };
}

/** Discounts the paid packages still hold once the paid-back ones are taken off. */
export const discountsHeld = (l: SiblingLedger) =>
  Math.max(0, l.paid.filter((p) => p.discounted).length - l.discountsRepaid);

/** The order item's stored lines (family-order.ts) name the discount. */
function hasSiblingDiscount(details: unknown): boolean {
  const lines = (details as { lines?: { kind?: string }[] } | null)?.lines;
  return Array.isArray(lines) && lines.some((l) => l?.kind === 'SIBLING_DISCOUNT');
}
