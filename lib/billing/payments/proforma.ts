// Pro-forma numbers "PF/2026/000001": their own gap-free yearly series (Warsaw calendar year),
// apart from the invoices, since a pro-forma is not an invoice (A5). The counter row is bumped in
// the signing transaction, so a rolled-back signing leaves no gap; a charge keeps the number it got.
import type { Tx } from '@/lib/db/client';
import { warsawParts } from '@/lib/format/time';

const PATTERN = /PF\/(\d{4})\/(\d{6,})/i;

/** (7, 2026) → "PF/2026/000007"; past 999 999 the sequence simply grows wider. */
export function formatProformaNumber(seq: number, year: number): string {
  if (!Number.isSafeInteger(seq) || seq < 1) throw new Error(`Invalid pro-forma sequence number: ${seq}`);
  return `PF/${year}/${String(seq).padStart(6, '0')}`;
}

/**
 * The pro-forma number named in a transfer title, however the bank wrote it ("PF/2026/000007",
 * "pf/2026/000007", "PF 2026 000007", "PF-2026-000007", split across lines); null when none.
 */
export function proformaNumberIn(title: string): string | null {
  const compact = title.replace(/\s*([/\-\s])\s*/g, '/');
  const m = PATTERN.exec(compact);
  return m ? formatProformaNumber(Number(m[2]), Number(m[1])) : null;
}

/** Gives the charge its pro-forma number (once: a repeat returns the number it has). */
export async function assignProformaNumber(tx: Tx, chargeId: string, now: Date): Promise<string> {
  const rows = await tx.$queryRaw<{ proformaNumber: string | null }[]>`
    SELECT "proformaNumber" FROM "ContractCharge" WHERE "id" = ${chargeId} FOR UPDATE`;
  if (rows.length === 0) throw new Error(`No charge ${chargeId}`);
  if (rows[0].proformaNumber) return rows[0].proformaNumber;
  const year = warsawParts(now).year;
  const [{ last }] = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO "ProformaCounter" ("year", "last") VALUES (${year}, 1)
    ON CONFLICT ("year") DO UPDATE SET "last" = "ProformaCounter"."last" + 1
    RETURNING "last"`;
  const number = formatProformaNumber(last, year);
  await tx.contractCharge.update({ where: { id: chargeId }, data: { proformaNumber: number } });
  return number;
}
