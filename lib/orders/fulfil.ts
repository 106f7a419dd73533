// What a paid order grants: an enrolment for one person, or a group of N seats owned by the
// buyer (who becomes a company admin). Runs inside the payment transaction, exactly once.
import type { Tx } from '@/lib/db/client';
import { grantEnrolment, revokeEnrolmentsOf } from '@/lib/learning/enrolments';
import { activateFamilyPackages } from '@/lib/families/activation';

export async function fulfilOrder(tx: Tx, orderId: string, now: Date): Promise<void> {
  const order = await tx.order.findUniqueOrThrow({
    where: { id: orderId },
    select: {
      userId: true, companyName: true, buyerName: true,
      items: { select: { id: true, seats: true, quantity: true, course: { select: { id: true, accessMonths: true } } } },
    },
  });
  for (const item of order.items) {
    if (!item.course) continue;
    if (item.seats === 1) {
      await grantEnrolment(tx, { userId: order.userId, courseId: item.course.id, accessMonths: item.course.accessMonths, orderItemId: item.id, now });
      continue;
    }
    await tx.group.create({
      data: {
        ownerId: order.userId, courseId: item.course.id, orderItemId: item.id,
        companyName: order.companyName ?? order.buyerName, seats: item.seats * item.quantity,
      },
    });
    await tx.$executeRaw`UPDATE "User" SET "roles" = array_append("roles", 'COMPANY_ADMIN'::"Role")
                         WHERE "id" = ${order.userId} AND NOT ('COMPANY_ADMIN'::"Role" = ANY("roles"))`;
  }
  await activateFamilyPackages(tx, orderId, now);
}

/** A refund takes back what the refunded items granted (accounts stay; access ends). */
export async function revokeItems(tx: Tx, orderItemIds: string[]): Promise<void> {
  for (const id of orderItemIds) {
    await revokeEnrolmentsOf(tx, id);
    const group = await tx.group.findUnique({ where: { orderItemId: id }, select: { id: true } });
    if (group) {
      await tx.group.update({ where: { id: group.id }, data: { active: false } });
      await tx.enrolment.updateMany({ where: { groupId: group.id, status: 'ACTIVE' }, data: { status: 'REVOKED' } });
    }
  }
}
