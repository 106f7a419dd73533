// A contract's history (issue 19: staff see every state change, e-mail and payment): one row per
// event, written in the transaction of the change it records (a Prisma or a plain-SQL one).
import { randomUUID } from 'node:crypto';
import { currentTime } from '@/lib/clock/clock';
import { queryOf, type Conn } from './conn';

export type EventKind =
  | 'signed'
  | 'activated'
  | 'charge-paid'
  | 'charge-created'
  | 'charges-cancelled'
  | 'suspended'
  | 'resumed'
  | 'notice-given'
  | 'ended'
  | 'voided'
  | 'periods-recomputed'
  | 'refund-due'
  // Accounting sent a refund due back by transfer (lib/settlement/transfer-refunds.ts).
  | 'refund-sent'
  // The run's and other helpers' kinds (reminder-sent, demand-sent, …), in kebab-case.
  | (string & {});

export type EventOptions = { chargeId?: string | null; actorId?: string | null; detail?: unknown; at?: Date };

export async function recordEvent(conn: Conn, contractId: string, kind: EventKind, opts: EventOptions = {}) {
  await queryOf(conn)(
    `INSERT INTO "ContractEvent" ("id", "contractId", "kind", "chargeId", "actorId", "detail", "createdAt")
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7)`,
    [
      randomUUID(),
      contractId,
      kind,
      opts.chargeId ?? null,
      opts.actorId ?? null,
      opts.detail === undefined ? null : JSON.stringify(opts.detail),
      opts.at ?? currentTime(),
    ],
  );
}
