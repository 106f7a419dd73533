// What the course page offers a company admin who already has a group of the course: seats
// added to it (lib/orders/cart.ts addTopUpToCart, priced by lib/catalog/rules/packages.ts).
import { db } from '@/lib/db/client';

/** The viewer's own active groups of the course, oldest first, with the seats they have. */
export function topUpTargets(ownerId: string, courseId: string) {
  return db().group.findMany({
    where: { ownerId, courseId, active: true },
    orderBy: { createdAt: 'asc' },
    select: { id: true, companyName: true, seats: true, seatsUsed: true },
  });
}
