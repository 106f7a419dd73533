// The public verification page reads only what it shows: name, course and date.
import { db } from '@/lib/db/client';
import { normalizeCertificateNumber } from './number';

export type Verification =
  | { status: 'malformed' }
  | { status: 'unknown'; number: string }
  | { status: 'genuine'; number: string; fullName: string; courseTitle: string; issuedAt: Date };

export async function verifyCertificate(input: string): Promise<Verification> {
  const number = normalizeCertificateNumber(input);
  if (!number) return { status: 'malformed' };
  const c = await db().certificate.findUnique({
    where: { number },
    select: { fullName: true, courseTitle: true, issuedAt: true },
  });
  return c ? { status: 'genuine', number, ...c } : { status: 'unknown', number };
}
