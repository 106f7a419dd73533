// Enrolments: who may learn which course, from when until when. Granted by a paid order
// (checkout), a group's provisioning or staff; revoked by a refund.
import { currentTime } from '@/lib/clock/clock';
import type { Tx } from '@/lib/db/client';
import { accessEnd } from './access-window';

export type GrantInput = {
  userId: string;
  courseId: string;
  accessMonths: number | null; // null = unlimited
  orderItemId?: string;
  groupId?: string;
  now?: Date;
};

/**
 * Gives `userId` access to the course. Buying a course one already has extends the access
 * (from the later of now and the current end) rather than creating a second enrolment.
 */
export async function grantEnrolment(tx: Tx, input: GrantInput) {
  const now = input.now ?? currentTime();
  const existing = await tx.enrolment.findUnique({
    where: { userId_courseId: { userId: input.userId, courseId: input.courseId } },
    select: { id: true, endsAt: true, status: true },
  });
  const from = existing?.status === 'ACTIVE' && existing.endsAt && existing.endsAt > now ? existing.endsAt : now;
  const endsAt = input.accessMonths === null ? null : accessEnd(from, { kind: 'months', months: input.accessMonths });
  if (existing) {
    return tx.enrolment.update({
      where: { id: existing.id },
      data: {
        status: 'ACTIVE',
        endsAt: existing.status === 'ACTIVE' && existing.endsAt === null ? null : endsAt,
        orderItemId: input.orderItemId ?? undefined,
        groupId: input.groupId ?? undefined,
        ...(existing.status === 'REVOKED' ? { startsAt: now } : {}),
      },
      select: { id: true },
    });
  }
  return tx.enrolment.create({
    data: {
      userId: input.userId, courseId: input.courseId, startsAt: now, endsAt,
      orderItemId: input.orderItemId, groupId: input.groupId,
    },
    select: { id: true },
  });
}

/** A refund takes back what the order item granted. Earned certificates are kept. */
export async function revokeEnrolmentsOf(tx: Tx, orderItemId: string): Promise<number> {
  const r = await tx.enrolment.updateMany({ where: { orderItemId, status: 'ACTIVE' }, data: { status: 'REVOKED' } });
  return r.count;
}
