// A family as staff see it on /panel/rodziny/[id]: the parent, the children with their classes and
// packages, and which orders are theirs (so the family's history also shows refunds of them).
import { db } from '@/lib/db/client';

export async function familyForStaff(parentId: string) {
  const parent = await db().user.findFirst({
    where: { id: parentId, roles: { has: 'PARENT' } },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      email: true,
      phone: true,
      country: true,
      children: {
        orderBy: { createdAt: 'asc' },
        select: {
          id: true,
          fullName: true,
          birthYear: true,
          classShift: true,
          classChangeStatus: true,
          packages: {
            orderBy: { createdAt: 'asc' },
            select: { id: true, packageCode: true, schoolYear: true, status: true, orderId: true },
          },
        },
      },
      orders: { select: { id: true, number: true }, orderBy: { createdAt: 'desc' } },
    },
  });
  return parent;
}

/** The objects whose audit entries make up the family's history: the family and its orders. */
export function familyAuditObjects(f: { id: string; orders: { id: string }[] }) {
  return [{ type: 'family', id: f.id }, ...f.orders.map((o) => ({ type: 'order', id: o.id }))];
}
