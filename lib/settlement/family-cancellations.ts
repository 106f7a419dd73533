// Leaving a paid package: resignation during the year (§7: effective at the end of the month,
// refund paid ÷ 10 × unused months) or withdrawal within 14 days of paying (§8: full refund).
// The parent sees the amount before confirming; staff send the money back through PayU from
// the queue in /panel/rodziny (lib/settlement/refunds.ts).
// Either way §5.3 is re-evaluated for the siblings who stay (reevaluateSiblingDiscount): the
// refund shown, stored and paid is "refund − loss of sibling discount = payout".
import { messages } from '@/lib/i18n';
import { db, type Tx } from '@/lib/db/client';
import { UserError } from '@/lib/errors';
import { currentTime } from '@/lib/clock/clock';
import { resignationRefund, type ResignationRefund } from '@/lib/families/rules/refunds';
import { isWithinWithdrawal, withdrawalWindow } from '@/lib/families/rules/withdrawal';
import { refundOrder } from '@/lib/settlement/refunds';
import type { PackageCode } from '@/lib/families/rules/packages';
import { reevaluateSiblingDiscount, type SiblingReevaluation } from '@/lib/families/rules/sibling-discount';
import { siblingLedger } from '@/lib/families/sibling-ledger';
import type { Currency } from '@/lib/format/money';
import { absoluteUrl } from '@/lib/url';
import { formatMoney } from '@/lib/format/money';
import { queueEmail } from '@/lib/mail/outbox';
import { dispatchEmails } from '@/lib/jobs/queues';
import { cancelStaleSiblingOrders } from '@/lib/settlement/stale-orders';

export type CancellationPreview = {
  packageId: string;
  packageName: string;
  childName: string;
  currency: string;
  amountPaid: number;
  /** refundMinor is what the law and §8.4 give back for this package; `sibling` settles §5.3. */
  withdrawal: { allowed: boolean; until: Date; refundMinor: number; sibling: SiblingReevaluation };
  resignation: ResignationRefund & { sibling: SiblingReevaluation };
};

async function ownActivePackage(parentId: string, packageId: string) {
  const p = await db().familyPackage.findFirst({
    where: { id: packageId, child: { parentId } },
    select: {
      id: true,
      status: true,
      packageCode: true,
      schoolYear: true,
      currency: true,
      amountPaid: true,
      paidAt: true,
      orderId: true,
      orderItemId: true,
      child: { select: { fullName: true, userId: true, parentId: true } },
    },
  });
  return p;
}

/**
 * Withdrawal (§8, art. 27 ff. of the consumer rights act): the refund for THIS contract is every
 * payment made for it (art. 32 ust. 1) and is shown as such; the contract counts as never made
 * (art. 31 ust. 1), so a sibling priced with the §5.3 discount no longer has a full-price
 * sibling and owes the difference on its own contract. That claim is a separate, visible item
 * set off against the refund (art. 498 KC) only when the parent confirms the numbers shown;
 * it is never more than the refund. Resignation (§7) refunds the unused months, and the
 * sibling pays the full price for those same months. Both recomputed inside the transaction.
 */
async function siblingAdjustments(
  p: { id: string; schoolYear: number; currency: string; child: { parentId: string } },
  refunds: { withdrawal: number; resignation: number; unusedMonths: number },
  client: Tx = db(),
) {
  const ledger = await siblingLedger(p.child.parentId, p.schoolYear, { packageId: p.id }, client);
  const base = {
    currency: p.currency as Currency,
    remaining: ledger.paid,
    discountsRepaid: ledger.discountsRepaid,
    withheldMinor: ledger.withheldMinor,
  };
  return {
    withdrawal: reevaluateSiblingDiscount({ ...base, months: 10, refundMinor: refunds.withdrawal }),
    resignation: reevaluateSiblingDiscount({ ...base, months: refunds.unusedMonths, refundMinor: refunds.resignation }),
  };
}

export async function previewCancellation(
  parentId: string,
  packageId: string,
  now = currentTime(),
  locale?: string,
): Promise<CancellationPreview | null> {
  const p = await ownActivePackage(parentId, packageId);
  if (!p || p.status !== 'ACTIVE' || !p.paidAt) return null;
  const resignation = resignationRefund(
    {
      paidMinor: p.amountPaid,
      filedAt: now,
      schoolYear: { startYear: p.schoolYear },
    },
    locale,
  );
  const sibling = await siblingAdjustments(p, {
    withdrawal: p.amountPaid,
    resignation: resignation.refundMinor,
    unusedMonths: resignation.unusedMonths,
  });
  return {
    packageId: p.id,
    packageName: messages(locale).families.packages[p.packageCode as PackageCode].name,
    childName: p.child.fullName,
    currency: p.currency,
    amountPaid: p.amountPaid,
    withdrawal: {
      allowed: isWithinWithdrawal(p.paidAt, now),
      until: withdrawalWindow(p.paidAt).until,
      refundMinor: p.amountPaid,
      sibling: sibling.withdrawal,
    },
    resignation: { ...resignation, sibling: sibling.resignation },
  };
}

export async function fileCancellation(
  parentId: string,
  packageId: string,
  kind: 'RESIGNATION' | 'WITHDRAWAL',
  now = currentTime(),
) {
  const preview = await previewCancellation(parentId, packageId, now);
  if (!preview) throw new UserError('families.errors.packageNotActive');
  if (kind === 'WITHDRAWAL' && !preview.withdrawal.allowed) {
    throw new UserError('families.errors.withdrawalExpired');
  }
  const effectiveAt = kind === 'WITHDRAWAL' ? now : preview.resignation.effectiveAt;
  const shown = kind === 'WITHDRAWAL' ? preview.withdrawal : preview.resignation;
  const p = (await ownActivePackage(parentId, packageId))!;
  const parent = await db().user.findUniqueOrThrow({
    where: { id: parentId },
    select: { email: true, firstName: true },
  });
  const { mailId, refundAmount } = await db().$transaction(async (tx) => {
    // One family's cancellations one at a time: two siblings leaving at once must each see the
    // other gone, or both would keep the discount.
    await tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${parentId} FOR UPDATE`;
    const current = await siblingAdjustments(
      p,
      {
        withdrawal: preview.withdrawal.refundMinor,
        resignation: preview.resignation.refundMinor,
        unusedMonths: preview.resignation.unusedMonths,
      },
      tx,
    );
    const sibling = kind === 'WITHDRAWAL' ? current.withdrawal : current.resignation;
    // The parent confirmed the numbers on the preview; if a sibling changed meanwhile, show them again.
    if (sibling.lossMinor !== shown.sibling.lossMinor) throw new UserError('families.errors.siblingChanged');
    const refundAmount = sibling.refundAfterMinor;
    // Only one cancellation per package, even when the form is sent twice at once.
    const claimed = await tx.familyPackage.updateMany({
      where: { id: p.id, status: 'ACTIVE' },
      data: { status: kind === 'WITHDRAWAL' ? 'WITHDRAWN' : 'RESIGNED', accessEndsAt: effectiveAt },
    });
    if (claimed.count !== 1) throw new UserError('families.errors.alreadyCancelled');
    await tx.familyCancellation.create({
      data: {
        packageId: p.id,
        kind,
        filedAt: now,
        effectiveAt,
        refundAmount,
        siblingDiscountLoss: sibling.lossMinor,
        currency: p.currency,
        unusedMonths: kind === 'RESIGNATION' ? preview.resignation.unusedMonths : null,
        status: refundAmount > 0 ? 'PENDING' : 'CLOSED',
      },
    });
    // Access ends when the cancellation takes effect: at once for a withdrawal, with the end
    // of the month for a resignation.
    await tx.enrolment.updateMany({
      where: {
        orderItemId: p.orderItemId,
        userId: p.child.userId,
        OR: [{ endsAt: null }, { endsAt: { gt: effectiveAt } }],
      },
      data: { endsAt: effectiveAt },
    });
    if (!parent.email) return { mailId: null, refundAmount };
    const mailId = await queueEmail(tx, parent.email, 'family-cancellation', {
      firstName: parent.firstName,
      childName: p.child.fullName,
      packageName: preview.packageName,
      withdrawal: kind === 'WITHDRAWAL',
      effectiveAt: effectiveAt.toISOString(),
      refund: refundAmount,
      currency: p.currency,
      link: absoluteUrl('/rodzina'),
    });
    return { mailId, refundAmount };
  });
  if (mailId) await dispatchEmails([mailId]);
  // The paid set changed: an unpaid sibling order priced with a discount that lapsed goes.
  await cancelStaleSiblingOrders(parentId, p.schoolYear);
  return { effectiveAt, refundAmount };
}

/** Staff: send the computed refund back through PayU and close the queue entry. */
export async function refundCancellation(
  cancellationId: string,
  staffId: string,
): Promise<{ amount: number; currency: string }> {
  const c = await db().familyCancellation.findUnique({
    where: { id: cancellationId },
    select: {
      id: true,
      kind: true,
      status: true,
      refundAmount: true,
      siblingDiscountLoss: true,
      currency: true,
      package: {
        select: {
          orderId: true,
          orderItemId: true,
          schoolYear: true,
          child: { select: { fullName: true, parentId: true } },
        },
      },
    },
  });
  if (!c) throw new UserError('families.errors.cancellationMissing');
  if (c.status !== 'PENDING') throw new UserError('families.errors.cancellationClosed');
  const description = messages().families.cancellationRefund(c.kind, c.package.child.fullName).slice(0, 200);
  const parts = await refundParts(c);
  // The package's own order last: its refund is the one the cancellation points to. Every part
  // is named after the cancellation and its order, so a second click, a second staff member or a
  // retry after a failed part gets the same refund back (PayU deduplicates by extRefundId, our
  // Refund row is unique on it) instead of paying it twice.
  const partId = (orderId: string) => `ZW-${c.id}-${orderId}`;
  // A part already sent comes back as `repeated`; one PayU refused or cancelled is tried again.
  for (const part of parts.slice(1)) {
    const extRefundId = partId(part.orderId);
    const staffPermission = 'families:refund';
    await refundOrder({
      orderId: part.orderId,
      amount: part.amount,
      itemIds: [],
      description,
      staffId,
      extRefundId,
      staffPermission,
    });
  }
  const own = await refundOrder({
    orderId: c.package.orderId,
    amount: parts[0].amount,
    itemIds: c.kind === 'WITHDRAWAL' ? [c.package.orderItemId] : [],
    description,
    staffId,
    staffPermission: 'families:refund',
    extRefundId: partId(c.package.orderId),
  });
  await db().familyCancellation.updateMany({
    where: { id: c.id, status: 'PENDING' },
    data: { status: 'REFUNDED', refundId: own.refundId, processedAt: currentTime() },
  });
  return { amount: c.refundAmount, currency: c.currency };
}

/**
 * A returned sibling discount (siblingDiscountLoss < 0) was withheld from another child's
 * refund, possibly in another order: what this package's order cannot refund any more comes
 * from the orders that withheld it. The first part is always the package's own order.
 */
async function refundParts(c: {
  refundAmount: number;
  siblingDiscountLoss: number;
  package: { orderId: string; schoolYear: number; child: { parentId: string } };
}): Promise<{ orderId: string; amount: number }[]> {
  const left = async (orderId: string) => {
    const o = await db().order.findUniqueOrThrow({
      where: { id: orderId },
      select: { totalGross: true, refundedGross: true },
    });
    return o.totalGross - o.refundedGross;
  };
  const own = Math.min(c.refundAmount, await left(c.package.orderId));
  const parts = [{ orderId: c.package.orderId, amount: own }];
  let rest = c.refundAmount - own;
  if (rest <= 0 || c.siblingDiscountLoss >= 0) return [{ orderId: c.package.orderId, amount: c.refundAmount }];
  const withheld = await db().familyCancellation.findMany({
    where: {
      siblingDiscountLoss: { gt: 0 },
      package: { schoolYear: c.package.schoolYear, child: { parentId: c.package.child.parentId } },
    },
    select: { package: { select: { orderId: true } } },
  });
  for (const orderId of new Set(withheld.map((w) => w.package.orderId))) {
    if (rest <= 0 || orderId === c.package.orderId) continue;
    const amount = Math.min(rest, await left(orderId));
    if (amount > 0) parts.push({ orderId, amount });
    rest -= amount;
  }
  // Nothing found to take the rest from: let refundOrder refuse the whole amount as before.
  if (rest > 0 || own === 0) return [{ orderId: c.package.orderId, amount: c.refundAmount }];
  return parts;
}

/**
 * The §5.3 adjustment as the parent and staff see it: "refund X − loss Y = Z" (or "+ return"),
 * with the reason. Null when the siblings' discounts do not change.
 */
export function describeSiblingAdjustment(
  kind: 'RESIGNATION' | 'WITHDRAWAL',
  refundMinor: number,
  lossMinor: number,
  currency: string,
  locale?: string,
): { sum: string; reason: string } | null {
  if (lossMinor === 0) return null;
  const t = messages(locale).families.siblingAdjustment;
  const money = (m: number) => formatMoney(m, currency, locale);
  if (lossMinor > 0) {
    return {
      sum: t.loss(money(refundMinor), money(lossMinor), money(refundMinor - lossMinor)),
      reason: kind === 'WITHDRAWAL' ? t.lossWithdrawal : t.lossResignation,
    };
  }
  return {
    sum: t.returned(money(refundMinor), money(-lossMinor), money(refundMinor - lossMinor)),
    reason: t.returnedWhy,
  };
}
