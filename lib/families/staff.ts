// Staff queues of the family area: class-change requests and cancellations.
import { db } from '@/lib/db/client';
import { recordAudit } from '@/lib/audit';
import { UserError } from '@/lib/errors';
import { currentTime } from '@/lib/clock/clock';
import { absoluteUrl } from '@/lib/url';
import { queueEmailOnce } from '@/lib/mail/outbox';
import { dispatchEmails } from '@/lib/jobs/queues';
import { childClass } from '@/lib/families/children';
import { schoolYearForPurchase, schoolYearLabel } from '@/lib/families/rules/school-year';

export async function classChangeQueue() {
  return db().child.findMany({
    where: { classChangeStatus: 'PENDING' },
    orderBy: { classChangeAt: 'asc' },
    select: {
      id: true,
      fullName: true,
      birthYear: true,
      classShift: true,
      requestedShift: true,
      classChangeAt: true,
      parentId: true,
      parent: { select: { email: true, firstName: true, lastName: true } },
    },
  });
}

/**
 * Approves or rejects a pending request and tells the parent, in one transaction: the claim on
 * the PENDING status lets one decision through (a second click or a second instance finds it
 * decided), and the e-mail is keyed by the request it answers.
 */
export async function decideClassChange(
  childId: string,
  approve: boolean,
  staffId: string | null = null,
  now = currentTime(),
): Promise<void> {
  const r = await db().child.findUnique({
    where: { id: childId },
    select: {
      fullName: true,
      birthYear: true,
      classShift: true,
      requestedShift: true,
      classChangeStatus: true,
      classChangeAt: true,
      parentId: true,
      parent: { select: { email: true, firstName: true } },
    },
  });
  if (!r || r.classChangeStatus !== 'PENDING' || r.requestedShift === null)
    throw new UserError('families.errors.classRequestDecided');
  const classShift = approve ? r.requestedShift : r.classShift;
  const year = schoolYearForPurchase(now);
  const cls = childClass({ birthYear: r.birthYear, classShift }, year);
  const mailId = await db().$transaction(async (tx) => {
    const claimed = await tx.child.updateMany({
      where: { id: childId, classChangeStatus: 'PENDING', requestedShift: r.requestedShift },
      data: approve
        ? { classShift, requestedShift: null, classChangeStatus: 'APPROVED', classChangeAt: now }
        : { requestedShift: null, classChangeStatus: 'REJECTED', classChangeAt: now },
    });
    if (claimed.count !== 1) throw new UserError('families.errors.classRequestDecided');
    await recordAudit(tx, {
      actorId: staffId,
      action: approve ? 'family.class-change.approved' : 'family.class-change.rejected',
      objectType: 'family',
      objectId: r.parentId,
      before: { childId, classShift: r.classShift, requestedShift: r.requestedShift },
      after: { childId, classShift, classChangeStatus: approve ? 'APPROVED' : 'REJECTED' },
    });
    if (!r.parent.email) return null;
    return queueEmailOnce(
      tx,
      `class-change:${childId}:${r.classChangeAt?.toISOString() ?? 'none'}`,
      r.parent.email,
      'class-change-decided',
      {
        firstName: r.parent.firstName,
        childName: r.fullName,
        approved: approve,
        classNumber: cls.ok ? cls.classNumber : null,
        schoolYear: schoolYearLabel(year),
        link: absoluteUrl('/rodzina'),
      },
    );
  });
  if (mailId) await dispatchEmails([mailId]);
}

export async function cancellationQueue() {
  return db().familyCancellation.findMany({
    orderBy: [{ status: 'asc' }, { filedAt: 'desc' }],
    take: 100,
    select: {
      id: true,
      kind: true,
      status: true,
      filedAt: true,
      effectiveAt: true,
      refundAmount: true,
      siblingDiscountLoss: true,
      currency: true,
      unusedMonths: true,
      package: {
        select: {
          packageCode: true,
          amountPaid: true,
          orderId: true,
          child: { select: { fullName: true, parentId: true, parent: { select: { email: true } } } },
        },
      },
    },
  });
}
