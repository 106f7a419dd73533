// Staff queues of the family area: class-change requests and cancellations.
import { db } from '@/lib/db/client';
import { UserError } from '@/lib/errors';
import { currentTime } from '@/lib/clock/clock';

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
      parent: { select: { email: true, firstName: true, lastName: true } },
    },
  });
}

export async function decideClassChange(childId: string, approve: boolean): Promise<void> {
  const r = await db().child.findUnique({
    where: { id: childId },
    select: { requestedShift: true, classChangeStatus: true },
  });
  if (!r || r.classChangeStatus !== 'PENDING' || r.requestedShift === null)
    throw new UserError('families.errors.classRequestDecided');
  await db().child.update({
    where: { id: childId },
    data: approve
      ? {
          classShift: r.requestedShift,
          requestedShift: null,
          classChangeStatus: 'APPROVED',
          classChangeAt: currentTime(),
        }
      : { requestedShift: null, classChangeStatus: 'REJECTED', classChangeAt: currentTime() },
  });
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
          child: { select: { fullName: true, parent: { select: { email: true } } } },
        },
      },
    },
  });
}
