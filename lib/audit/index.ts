// The audit log's one writer: every staff decision and change of money or access calls this inside
// its own transaction, so the change and its record commit (or fail) together. Rows are append-only
// (a database trigger refuses UPDATE/DELETE) and name the actor by id only.
import { Prisma } from '@/lib/db/generated/client';
import type { Tx } from '@/lib/db/client';
import { currentTime } from '@/lib/clock/clock';
import { AUDIT_ACTIONS, type AuditAction } from './actions';

export { AUDIT_ACTIONS, type AuditAction } from './actions';

export type AuditEvent = {
  /** The person who decided; null for the system (a scheduled job). */
  actorId: string | null;
  /** A stable English code, e.g. 'refund.requested' (lib/audit/actions.ts lists them). */
  action: AuditAction | (string & {});
  objectType: string;
  objectId: string;
  before?: unknown;
  after?: unknown;
  note?: string;
};

function json(v: unknown): Prisma.InputJsonValue | typeof Prisma.DbNull {
  if (v === undefined || v === null) return Prisma.DbNull;
  // Dates, bigints and class instances become plain JSON the history can show.
  return JSON.parse(JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x))) as Prisma.InputJsonValue;
}

/** Writes one audit row in `tx` (the change's own transaction). Returns the row's id. */
export async function recordAudit(tx: Tx, e: AuditEvent): Promise<string> {
  if (!e.action || !e.objectType || !e.objectId)
    throw new Error('recordAudit: action, objectType and objectId are required');
  const row = await tx.auditEntry.create({
    data: {
      at: currentTime(),
      actorId: e.actorId,
      action: e.action,
      objectType: e.objectType,
      objectId: e.objectId,
      before: json(e.before),
      after: json(e.after),
      note: e.note ?? null,
    },
    select: { id: true },
  });
  return row.id;
}

/** Known action codes are listed; an unknown one is still stored and shown as stored. */
export function isKnownAuditAction(code: string): code is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(code);
}
