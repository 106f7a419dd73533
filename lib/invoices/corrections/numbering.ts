// Numbers correcting invoices in their own gap-free yearly series "FK/2026/000001", right after
// the refund's commit and by the invoices' sweeper job after a crash, like lib/invoices/issue.ts
// does for invoices. The buyer's e-mail is queued in the same transaction as the number, so a
// numbered correction always has its e-mail and an unnumbered one never does.
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { invoiceSeriesYear } from '@/lib/invoices/numbering';
import { dispatchEmails } from '@/lib/jobs/queues';
import { queueEmailOnce } from '@/lib/mail/outbox';
import type { CorrectionSnapshot } from '@/lib/invoices/correction-snapshot';
import { correctionAmount } from './issue';
import { submitLater } from '@/lib/invoices/ksef/submission/enqueue';

/** formatInvoiceNumber's layout in the corrections' series ("FK/2026/000123"; wider past 999 999). */
export const CORRECTION_NUMBER_SQL = (year: string, seq: string) =>
  `'FK/' || ${year}::int || '/' || lpad(${seq}::text, greatest(6, length(${seq}::text)), '0')`;

// $1 series year  $2 issue instant  $3 the same as ISO text. Locks the unnumbered corrections no
// other numbering holds (SKIP LOCKED), whose invoice is numbered and issued by $2 — a correction
// never precedes the invoice it corrects — takes that many numbers from the year's counter (its
// row lock orders concurrent numberings) and gives them out in the order the corrections were
// issued. The corrected invoice's number and issue date are copied in from it at this moment.
const NUMBER_PENDING = `
WITH unnumbered AS (
       SELECT c."id", c."createdAt" FROM "InvoiceCorrection" c JOIN "Invoice" i ON i."id" = c."invoiceId"
        WHERE c."number" IS NULL AND i."number" IS NOT NULL AND i."issuedAt" <= $2::timestamptz
        ORDER BY c."createdAt", c."id" FOR UPDATE OF c SKIP LOCKED),
     ranked AS (SELECT "id", row_number() OVER (ORDER BY "createdAt", "id") AS k, count(*) OVER () AS total FROM unnumbered),
     counter AS (
       INSERT INTO "InvoiceCorrectionCounter" ("year", "last") SELECT $1::int, count(*) FROM unnumbered HAVING count(*) > 0
       ON CONFLICT ("year") DO UPDATE SET "last" = "InvoiceCorrectionCounter"."last" + EXCLUDED."last"
       RETURNING "last"),
     numbered AS (
       SELECT r."id", n."last" - r.total + r.k AS seq, ${CORRECTION_NUMBER_SQL('$1', '(n."last" - r.total + r.k)')} AS "number"
         FROM ranked r, counter n)
UPDATE "InvoiceCorrection" c
   SET "number" = x."number", "year" = $1::int, "seq" = x.seq, "issuedAt" = $2::timestamptz,
       "snapshot" = c."snapshot" || jsonb_build_object('number', x."number", 'issueDate', $3::text,
         'corrected', (c."snapshot" -> 'corrected') || jsonb_build_object('number', i."number", 'issueDate', i."snapshot" ->> 'issueDate'))
  FROM numbered x, "Invoice" i
 WHERE c."id" = x."id" AND i."id" = c."invoiceId"
RETURNING c."id"`;

/** Numbers every correction that can be numbered now and queues its e-mail; returns how many. */
export async function numberCorrections(now: Date = currentTime()): Promise<number> {
  const mailIds: string[] = [];
  const ksefIds: string[] = [];
  const count = await db().$transaction(async (tx) => {
    const rows = await tx.$queryRawUnsafe<{ id: string }[]>(
      NUMBER_PENDING,
      invoiceSeriesYear(now),
      now,
      now.toISOString(),
    );
    if (rows.length === 0) return 0;
    ksefIds.push(...rows.map((r) => r.id));
    const numbered = await tx.invoiceCorrection.findMany({
      where: { id: { in: rows.map((r) => r.id) } },
      select: {
        id: true,
        number: true,
        snapshot: true,
        invoice: {
          select: {
            number: true,
            order: { select: { id: true, number: true, buyerEmail: true, user: { select: { firstName: true } } } },
          },
        },
      },
    });
    for (const c of numbered) {
      const { order } = c.invoice;
      if (!order.buyerEmail) continue;
      const s = c.snapshot as unknown as CorrectionSnapshot;
      const id = await queueEmailOnce(tx, `invoice-correction:${c.id}`, order.buyerEmail, 'invoice-correction', {
        firstName: order.user.firstName,
        orderNumber: order.number,
        orderId: order.id,
        correctionId: c.id,
        number: c.number ?? '',
        invoiceNumber: c.invoice.number ?? '',
        amount: correctionAmount(s),
        currency: s.currency,
        issueDate: now.toISOString(),
        reason: s.reason,
      });
      if (id) mailIds.push(id);
    }
    return rows.length;
  });
  void dispatchEmails(mailIds);
  // After the commit: to KSeF (each waits there for its original's KSeF number if need be).
  if (ksefIds.length > 0) await submitLater(ksefIds.map((correctionId) => ({ correctionId })));
  return count;
}

/** After a refund's commit: numbers its correction (and any waiting), never failing the caller. */
export function numberCorrectionsAfterCommit(): void {
  void numberCorrections().catch((e) =>
    console.error('[invoices] correction numbering failed; the job will retry', e instanceof Error ? e.message : e),
  );
}
