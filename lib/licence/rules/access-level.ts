// What a school's staff may do with its planner now (A7, A9, A19): the licence's contract state
// (lib/billing/access.ts) combined with the exam year's calendar (licencePhase). Unpaid: work, but
// no download or printout; paid: everything; after expiry: read and export only; void, purged or
// past the purge: nothing.
import type { LicencePhase } from '@/lib/matura/rules/deadlines';

export type SchoolAccessLevel = 'restricted' | 'full' | 'read-only' | 'blocked';

export type LicenceFacts = {
  /** The licence contract's status (PENDING, ACTIVE, SUSPENDED, ENDED, VOID). */
  contractStatus: string;
  /** lib/billing/access.ts contractGrantsAccess of that contract today. */
  grants: boolean;
  phase: LicencePhase;
  purged: boolean;
};

export function accessLevel(f: LicenceFacts | null): SchoolAccessLevel {
  if (!f || f.purged || f.contractStatus === 'VOID' || f.phase === 'purgeDue') return 'blocked';
  if (f.phase === 'readOnly') return 'read-only';
  if (f.grants) return 'full';
  // A8: until the payment is booked the school works in restricted mode (seed §2.6).
  if (f.contractStatus === 'PENDING' || f.contractStatus === 'SUSPENDED') return 'restricted';
  // Ended (terminated for non-performance, A16): what is there can still be read and exported.
  return 'read-only';
}

/** Downloads, printouts and exports (XLSX/CSV/PDF) are allowed in these levels only. */
export const canDownload = (level: SchoolAccessLevel) => level === 'full' || level === 'read-only';
/** Changes to students, declarations and teams. */
export const canWork = (level: SchoolAccessLevel) => level === 'full' || level === 'restricted';
