// The contract services run inside either a Prisma transaction (staff actions, signing, booked
// transfers) or the plain-SQL transaction of PayU's payment notification (lib/settlement), so the
// few statements both need are written once in SQL against this small common face.
import type { Tx } from '@/lib/db/client';
import type { Sql } from '@/lib/db/sql';

export type Conn = Tx | Sql;

export type Query = <R = Record<string, unknown>>(text: string, values?: unknown[]) => Promise<R[]>;

export const isPrisma = (c: Conn): c is Tx => '$queryRawUnsafe' in c;

/** `query(text, values)` → rows, for either kind of transaction. */
export function queryOf(c: Conn): Query {
  if (isPrisma(c)) return (text, values = []) => c.$queryRawUnsafe(text, ...values);
  return async (text, values = []) => (await c.query(text, values)).rows;
}
