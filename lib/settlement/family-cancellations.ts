// Leaving a paid package: resignation during the year (§7: effective at the end of the month,
// refund paid ÷ 10 × unused months) or withdrawal within 14 days of paying (§8: full refund).
// The parent sees the amount before confirming; staff send the money back through PayU from
// the queue in /panel/rodziny (lib/settlement/refunds.ts).
import { messages } from '@/lib/i18n';
import { db } from '@/lib/db/client';
import { UserError } from '@/lib/errors';
import { currentTime } from '@/lib/clock/clock';
import { resignationRefund, type ResignationRefund } from '@/lib/families/rules/refunds';
import { isWithinWithdrawal, withdrawalWindow } from '@/lib/families/rules/withdrawal';
import { refundOrder } from '@/lib/settlement/refunds';
import { PACKAGES, type PackageCode } from '@/lib/families/rules/packages';
import { absoluteUrl } from '@/lib/url';
import { formatMoney } from '@/lib/format/money';
import { formatDateTime } from '@/lib/format/time';
import { queueEmail } from '@/lib/mail/outbox';
import { dispatchEmails } from '@/lib/jobs/queues';

export type CancellationPreview = {
  packageId: string;
  packageName: string;
  childName: string;
  currency: string;
  amountPaid: number;
  withdrawal: { allowed: boolean; until: Date; refundMinor: number };
  resignation: ResignationRefund;
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
      child: { select: { fullName: true, userId: true } },
    },
  });
  return p;
}

export async function previewCancellation(
  parentId: string,
  packageId: string,
  now = currentTime(),
): Promise<CancellationPreview | null> {
  const p = await ownActivePackage(parentId, packageId);
  if (!p || p.status !== 'ACTIVE' || !p.paidAt) return null;
  return {
    packageId: p.id,
    packageName: PACKAGES[p.packageCode as PackageCode].name,
    childName: p.child.fullName,
    currency: p.currency,
    amountPaid: p.amountPaid,
    withdrawal: {
      allowed: isWithinWithdrawal(p.paidAt, now),
      until: withdrawalWindow(p.paidAt).until,
      refundMinor: p.amountPaid,
    },
    resignation: resignationRefund({ paidMinor: p.amountPaid, filedAt: now, schoolYear: { startYear: p.schoolYear } }),
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
  const refundAmount = kind === 'WITHDRAWAL' ? preview.withdrawal.refundMinor : preview.resignation.refundMinor;
  const p = (await ownActivePackage(parentId, packageId))!;
  const parent = await db().user.findUniqueOrThrow({
    where: { id: parentId },
    select: { email: true, firstName: true },
  });
  const mailId = await db().$transaction(async (tx) => {
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
    if (!parent.email) return null;
    return queueEmail(tx, parent.email, 'family-cancellation', {
      firstName: parent.firstName,
      childName: p.child.fullName,
      packageName: preview.packageName,
      withdrawal: kind === 'WITHDRAWAL',
      effectiveAt: formatDateTime(effectiveAt),
      refund: formatMoney(refundAmount, p.currency),
      link: absoluteUrl('/rodzina'),
    });
  });
  if (mailId) await dispatchEmails([mailId]);
  return { effectiveAt, refundAmount };
}

/** Staff: send the computed refund back through PayU and close the queue entry. */
export async function refundCancellation(cancellationId: string, staffId: string): Promise<void> {
  const c = await db().familyCancellation.findUnique({
    where: { id: cancellationId },
    select: {
      id: true,
      kind: true,
      status: true,
      refundAmount: true,
      package: { select: { orderId: true, orderItemId: true, child: { select: { fullName: true } } } },
    },
  });
  if (!c) throw new UserError('families.errors.cancellationMissing');
  if (c.status !== 'PENDING') throw new UserError('families.errors.cancellationClosed');
  await refundOrder({
    orderId: c.package.orderId,
    amount: c.refundAmount,
    itemIds: c.kind === 'WITHDRAWAL' ? [c.package.orderItemId] : [],
    description: messages().families.cancellationRefund(c.kind, c.package.child.fullName).slice(0, 200),
    staffId,
  });
  const refund = await db().refund.findFirst({
    where: { orderId: c.package.orderId },
    orderBy: { createdAt: 'desc' },
    select: { id: true },
  });
  await db().familyCancellation.update({
    where: { id: c.id },
    data: { status: 'REFUNDED', refundId: refund?.id, processedAt: currentTime() },
  });
}
