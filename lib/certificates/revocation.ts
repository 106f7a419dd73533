// A certificate attests a completed, paid training: when the purchase itself is undone (a refund,
// a withdrawal) it is revoked with the access, in the same transaction. Removing a participant
// from a group or a resignation that only shortens access leave it valid: the training happened.
import type { Tx } from '@/lib/db/client';

/** Stored in Certificate.revokedReason; translated where shown (learning.certificateRevokedReason). */
export const REVOCATION_REASONS = ['refund'] as const;
export type RevocationReason = (typeof REVOCATION_REASONS)[number];

export type RevokedCertificate = { number: string; enrolmentId: string };

/** Revokes the valid certificates of these enrolments; returns those it revoked (none twice). */
export async function revokeCertificatesOf(
  tx: Tx,
  enrolmentIds: readonly string[],
  reason: RevocationReason,
  now: Date,
): Promise<RevokedCertificate[]> {
  if (enrolmentIds.length === 0) return [];
  const valid = await tx.certificate.findMany({
    where: { enrolmentId: { in: [...enrolmentIds] }, revokedAt: null },
    select: { id: true, number: true, enrolmentId: true },
    orderBy: { number: 'asc' },
  });
  if (valid.length === 0) return [];
  await tx.certificate.updateMany({
    where: { id: { in: valid.map((c) => c.id) }, revokedAt: null },
    data: { revokedAt: now, revokedReason: reason },
  });
  return valid.map(({ number, enrolmentId }) => ({ number, enrolmentId }));
}

/**
 * The revocation undone with what caused it (PayU refused or cancelled the refund, so the access
 * comes back): only certificates revoked for `reason`, on the enrolments whose access came back.
 */
export async function restoreCertificatesOf(
  tx: Tx,
  enrolmentIds: readonly string[],
  reason: RevocationReason,
): Promise<RevokedCertificate[]> {
  if (enrolmentIds.length === 0) return [];
  const revoked = await tx.certificate.findMany({
    where: { enrolmentId: { in: [...enrolmentIds] }, revokedReason: reason, revokedAt: { not: null } },
    select: { id: true, number: true, enrolmentId: true },
    orderBy: { number: 'asc' },
  });
  if (revoked.length === 0) return [];
  await tx.certificate.updateMany({
    where: { id: { in: revoked.map((c) => c.id) } },
    data: { revokedAt: null, revokedReason: null },
  });
  return revoked.map(({ number, enrolmentId }) => ({ number, enrolmentId }));
}
