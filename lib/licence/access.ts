// A school's planner as one viewer may use it now (A7, A9, A19; the rules: enforced in the
// server, another school's data never reachable). Null when the viewer is not the school's staff
// (→ 404). The licence that counts is the earliest standing one not yet past its purge; a school
// holding the next year's licence is "renewed". Every download route calls requireDownload.
import { db } from '@/lib/db/client';
import { currentTime } from '@/lib/clock/clock';
import { UserError, type FieldCodes } from '@/lib/errors';
import { formatDate } from '@/lib/format/time';
import { formatMoney } from '@/lib/format/money';
import type { SchoolRole } from '@/lib/db/generated/enums';
import { contractGrantsAccess } from '@/lib/billing/access';
import { warsawToday } from '@/lib/billing/rules/days';
import { licencePhase, purgeDueAt, type LicencePhase } from '@/lib/matura/rules/deadlines';
import { accessLevel, canDownload, type SchoolAccessLevel } from './rules/access-level';

export type SchoolAccess = {
  schoolId: string;
  role: SchoolRole;
  level: SchoolAccessLevel;
  licence: {
    id: string;
    examYear: number;
    contractId: string;
    contractStatus: string;
    /** The viewer pays for it (the pro-forma and PayU are the payer's: lib/billing/payments). */
    viewerPays: boolean;
    phase: LicencePhase;
    /** The pro-forma of an unpaid licence: what to pay, by when. */
    proforma: { chargeId: string; number: string; amount: number; currency: string; deadline: Date } | null;
  } | null;
};

/** Contract states of a licence that counts (paid, awaiting payment, ended early): not VOID. */
export const STANDING = ['PENDING', 'ACTIVE', 'SUSPENDED', 'ENDED'];
/** Standing and paid at least once (a renewal that keeps the school in full use over the summer). */
export const PAID = ['ACTIVE', 'SUSPENDED', 'ENDED'];

export async function schoolAccess(
  viewer: { id: string },
  schoolId: string,
  now = currentTime(),
): Promise<SchoolAccess | null> {
  const staff = await db().schoolStaff.findUnique({
    where: { schoolId_userId: { schoolId, userId: viewer.id } },
    select: { role: true },
  });
  if (!staff) return null;
  const licences = await db().schoolLicence.findMany({
    where: { schoolId },
    orderBy: { examYear: 'asc' },
    select: { id: true, examYear: true, contractId: true, renewalOfId: true, purgedAt: true },
  });
  const contracts = await db().contract.findMany({
    where: { id: { in: licences.map((l) => l.contractId) } },
    select: {
      id: true,
      payerId: true,
      status: true,
      paidThrough: true,
      endReason: true,
      charges: {
        where: { status: 'OPEN', proformaNumber: { not: null } },
        orderBy: { seq: 'asc' },
        take: 1,
        select: { id: true, proformaNumber: true, amount: true, discount: true, currency: true, dueDate: true },
      },
    },
  });
  const byId = new Map(contracts.map((c) => [c.id, c]));
  const standing = licences.filter((l) => STANDING.includes(byId.get(l.contractId)?.status ?? 'VOID'));
  const current =
    standing.find((l) => !l.purgedAt && now.getTime() < purgeDueAt(l.examYear).getTime()) ?? licences.at(-1) ?? null;
  if (!current) return { schoolId, role: staff.role, level: 'blocked', licence: null };
  const contract = byId.get(current.contractId)!;
  const renewed = standing.some(
    (l) => l.examYear === current.examYear + 1 && PAID.includes(byId.get(l.contractId)?.status ?? 'VOID'),
  );
  const phase = licencePhase(current.examYear, now, { renewed, renewal: current.renewalOfId !== null });
  const grants = contractGrantsAccess(contract, warsawToday(now));
  const level = accessLevel({ contractStatus: contract.status, grants, phase, purged: current.purgedAt !== null });
  const pf = contract.status === 'PENDING' ? contract.charges[0] : undefined;
  return {
    schoolId,
    role: staff.role,
    level,
    licence: {
      id: current.id,
      examYear: current.examYear,
      contractId: contract.id,
      contractStatus: contract.status,
      viewerPays: contract.payerId === viewer.id,
      phase,
      proforma: pf
        ? {
            chargeId: pf.id,
            number: pf.proformaNumber!,
            amount: pf.amount - pf.discount,
            currency: pf.currency,
            deadline: pf.dueDate,
          }
        : null,
    },
  };
}

/**
 * The server's gate of every download, printout and export (A7): refused in restricted mode with
 * what to pay and by when, and when the licence is void or purged.
 */
export function requireDownload(access: SchoolAccess): void {
  if (canDownload(access.level)) return;
  const pf = access.licence?.proforma;
  if (access.level === 'restricted' && pf) {
    const code = {
      code: 'licence.access.downloadUnpaid' as const,
      params: [pf.number, formatMoney(pf.amount, pf.currency), formatDate(pf.deadline)] as [string, string, string],
    };
    throw new UserError(code, { _form: code } satisfies FieldCodes);
  }
  throw new UserError('licence.access.downloadBlocked');
}
