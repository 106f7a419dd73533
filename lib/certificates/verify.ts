// The public verification page reads only what it shows: name, course and date — for a number
// replaced by a corrected certificate, the number that replaced it; for a revoked one, the date.
// Public and anonymous, hence on the replica when there is one; a revocation shows once replayed.
import { readDb } from '@/lib/db/replica';
import { normalizeCertificateNumber } from './number';

export type Verification =
  | { status: 'malformed' }
  | { status: 'unknown'; number: string }
  | { status: 'genuine'; number: string; fullName: string; courseTitle: string; issuedAt: Date }
  | {
      status: 'revoked';
      number: string;
      courseTitle: string;
      issuedAt: Date;
      revokedAt: Date;
      /** A stored code (lib/certificates/revocation.ts), translated where shown. */
      reason: string | null;
    }
  | {
      status: 'replaced';
      number: string;
      fullName: string;
      courseTitle: string;
      issuedAt: Date;
      replacedAt: Date;
      /** The certificate in force now (after several corrections, the latest). */
      replacedBy: string;
    };

export async function verifyCertificate(input: string): Promise<Verification> {
  const number = normalizeCertificateNumber(input);
  if (!number) return { status: 'malformed' };
  const c = await readDb().certificate.findUnique({
    where: { number },
    select: { fullName: true, courseTitle: true, issuedAt: true, revokedAt: true, revokedReason: true },
  });
  if (c) {
    const { revokedAt, revokedReason, ...shown } = c;
    // A revoked certificate no longer names its holder: the page only says it is void and since when.
    if (revokedAt) {
      const { courseTitle, issuedAt } = shown;
      return { status: 'revoked', number, courseTitle, issuedAt, revokedAt, reason: revokedReason };
    }
    return { status: 'genuine', number, ...shown };
  }
  const old = await readDb().certificateReplacement.findUnique({
    where: { oldNumber: number },
    select: {
      fullName: true,
      courseTitle: true,
      issuedAt: true,
      replacedAt: true,
      certificate: { select: { number: true } },
    },
  });
  if (!old) return { status: 'unknown', number };
  const { certificate, ...rest } = old;
  return { status: 'replaced', number, ...rest, replacedBy: certificate.number };
}
