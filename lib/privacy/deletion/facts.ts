// What stands in the way of deleting an account now, read from the database for the pure rule
// (lib/privacy/rules/deletion.ts). Takes a transaction so the deletion checks what it deletes.
import type { Tx } from '@/lib/db/client';
import type { DeletionFacts } from '@/lib/privacy/rules/deletion';
import { isStaffRole } from '@/lib/auth/permissions';

export async function deletionFacts(tx: Tx, userId: string, now: Date): Promise<DeletionFacts> {
  const [user, pendingPayments, refunds, cancellations, owned, adminOf, participantOf, activeChildPackages] =
    await Promise.all([
      tx.user.findUniqueOrThrow({ where: { id: userId }, select: { roles: true } }),
      tx.payment.count({
        where: {
          order: { userId, status: 'AWAITING_PAYMENT' },
          status: { in: ['NEW', 'PENDING', 'WAITING_FOR_CONFIRMATION'] },
        },
      }),
      tx.refund.count({ where: { order: { userId }, status: 'PENDING' } }),
      tx.familyCancellation.count({ where: { package: { child: { parentId: userId } }, status: 'PENDING' } }),
      tx.group.findMany({
        where: { ownerId: userId, active: true },
        select: {
          id: true,
          companyName: true,
          admins: { where: { user: { deletedAt: null } }, select: { userId: true } },
        },
      }),
      tx.groupAdmin.findMany({
        where: { userId, group: { active: true } },
        select: {
          group: {
            select: {
              id: true,
              companyName: true,
              owner: { select: { deletedAt: true } },
              admins: { where: { user: { deletedAt: null } }, select: { userId: true } },
            },
          },
        },
      }),
      tx.groupParticipant.findMany({
        where: { userId, group: { active: true } },
        select: { group: { select: { companyName: true } } },
      }),
      tx.familyPackage.findMany({
        where: {
          child: { parentId: userId },
          status: 'ACTIVE',
          OR: [{ accessEndsAt: null }, { accessEndsAt: { gt: now } }],
        },
        select: { accessEndsAt: true, child: { select: { fullName: true } } },
      }),
    ]);
  const soleAdminGroups = [
    ...owned.filter((g) => g.admins.every((a) => a.userId === userId)),
    ...adminOf
      .map((a) => a.group)
      .filter((g) => g.owner.deletedAt !== null && g.admins.every((a) => a.userId === userId)),
  ].map((g) => ({ id: g.id, companyName: g.companyName }));
  return {
    staff: user.roles.some(isStaffRole),
    pendingPayments,
    refundsInProgress: refunds + cancellations,
    soleAdminGroups,
    participantOf: participantOf.map((p) => ({ companyName: p.group.companyName })),
    activeChildPackages: activeChildPackages.map((p) => ({ childName: p.child.fullName, endsAt: p.accessEndsAt })),
  };
}
