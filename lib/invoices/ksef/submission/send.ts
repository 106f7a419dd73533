// One step of a document's way through KSeF: PENDING → SENT → ACCEPTED | REJECTED. A worker first
// claims the document (one UPDATE; a second worker finds it claimed and leaves it), sends its
// frozen XML outside any transaction, records the reference at once (a crash after that asks for
// the status instead of sending again), then asks for the status. KSeF unreachable at the first
// send makes the document offline (tryby-offline.md), and so does a first send on a later day than
// the issue date, which KSeF counts as offline anyway; a duplicate answer keeps the original's number.
import { readStoredFile } from '@/lib/storage';
import { Prisma } from '@/lib/db/generated/client';
import { db } from '@/lib/db/client';
import { currentTime } from '@/lib/clock/clock';
import { warsawDateKey } from '@/lib/format/time';
import { ksefGateway } from '@/lib/invoices/ksef/gateway';
import {
  KsefRequestError,
  KsefUnavailableError,
  type KsefGateway,
  type KsefInvoiceStatus,
  type KsefSent,
} from '@/lib/invoices/ksef/types';
import { duplicateOf } from './rules/duplicate';
import { offlineDeadline } from './rules/offline-deadline';
import { CLAIM_MS, retryDelayMs, STATUS_RECHECK_MS } from './rules/state';
import { submitCorrectionsOf } from './enqueue';

export type StepOutcome = 'accepted' | 'rejected' | 'processing' | 'unavailable' | 'busy' | 'done';

export type StepOptions = {
  gateway?: KsefGateway;
  now?: Date;
  /** Pauses between status questions right after a send (KSeF usually decides within seconds). */
  pollDelaysMs?: readonly number[];
};

const DEFAULT_POLL_MS = [300, 700, 1500, 3000];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Claimed = {
  id: string;
  status: 'PENDING' | 'SENT';
  offline: boolean;
  xmlKey: string;
  correctedSha256: string | null;
  sessionReference: string | null;
  invoiceReference: string | null;
  attempts: number;
  issuedAt: Date | null;
  invoiceId: string | null;
};

/** Takes the document for this worker until the claim runs out; null when another holds it or it is final. */
async function claim(id: string, now: Date): Promise<Claimed | null> {
  const rows = await db().$queryRaw<Claimed[]>`
    UPDATE "KsefDocument" d SET "claimedUntil" = ${new Date(now.getTime() + CLAIM_MS)}
     WHERE d."id" = ${id} AND d."status" IN ('PENDING', 'SENT')
       AND (d."claimedUntil" IS NULL OR d."claimedUntil" <= ${now})
    RETURNING d."id", d."status"::text AS "status", d."offline", d."xmlKey", d."correctedSha256",
              d."sessionReference", d."invoiceReference", d."attempts", d."invoiceId",
              coalesce((SELECT i."issuedAt" FROM "Invoice" i WHERE i."id" = d."invoiceId"),
                       (SELECT c."issuedAt" FROM "InvoiceCorrection" c WHERE c."id" = d."correctionId")) AS "issuedAt"`;
  return rows[0] ?? null;
}

const update = (id: string, data: Prisma.KsefDocumentUpdateInput) =>
  db().ksefDocument.update({ where: { id }, data: { ...data, claimedUntil: null }, select: { id: true } });

/**
 * A document first sent on a later (Warsaw) day than its issue date is an offline invoice: KSeF
 * marks it so whatever is declared (offline/automatyczne-okreslanie-trybu-offline.md), and an
 * offline invoice needs KOD II on its PDF (kody-qr.md). So it is made offline before the send and
 * declared with offlineMode, like one issued while KSeF was unreachable.
 */
export function sentLate(doc: { offline: boolean; issuedAt: Date | null }, now: Date): boolean {
  return !doc.offline && !!doc.issuedAt && warsawDateKey(doc.issuedAt) < warsawDateKey(now);
}

/** KSeF could not be reached: try again later; at the very first send the invoice becomes offline. */
async function unavailable(doc: Claimed, now: Date, e: KsefUnavailableError): Promise<StepOutcome> {
  const attempts = doc.attempts + 1;
  const goesOffline = doc.status === 'PENDING' && !doc.offline && doc.attempts === 0 && doc.issuedAt;
  console.warn(`[ksef] ${doc.id}: KSeF unavailable (attempt ${attempts}): ${e.message}`);
  await update(doc.id, {
    attempts,
    nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)),
    ...(goesOffline ? { offline: true, offlineDeadline: offlineDeadline(doc.issuedAt!) } : {}),
  });
  return 'unavailable';
}

async function rejected(
  doc: Claimed,
  r: { code: number | null; description: string; details: readonly string[] },
): Promise<StepOutcome> {
  console.warn(`[ksef] ${doc.id}: rejected ${r.code ?? ''} ${r.description}`);
  await update(doc.id, {
    status: 'REJECTED',
    errorCode: r.code,
    errorMessage: r.description,
    errorDetails: [...r.details] as Prisma.InputJsonValue,
    nextAttemptAt: null,
  });
  return 'rejected';
}

/** The KSeF number is written once (the database refuses a change); waiting corrections may go now. */
async function accepted(
  doc: Claimed,
  ksefNumber: string,
  acceptedAt: Date,
  sessionReference?: string | null,
  keptOffline = false,
): Promise<StepOutcome> {
  await db().ksefDocument.updateMany({
    where: { id: doc.id, ksefNumber: null },
    data: {
      status: 'ACCEPTED',
      // KSeF recorded it as offline (received after its issue day): it carries KOD II from now on.
      ...(keptOffline && !doc.offline ? { offline: true } : {}),
      ksefNumber,
      acceptedAt,
      errorCode: null,
      errorMessage: null,
      errorDetails: Prisma.DbNull,
      nextAttemptAt: null,
      claimedUntil: null,
      ...(sessionReference ? { sessionReference } : {}),
    },
  });
  if (doc.invoiceId) await submitCorrectionsOf(doc.invoiceId);
  return 'accepted';
}

async function settle(doc: Claimed, st: KsefInvoiceStatus, now: Date): Promise<StepOutcome | null> {
  if (st.state === 'PROCESSING') return null;
  if (st.state === 'ACCEPTED')
    return accepted(doc, st.ksefNumber, new Date(st.acquisitionDate || now), null, st.invoicingMode === 'Offline');
  // Already in KSeF (our earlier send whose answer was lost, or a twin): the original's number is ours.
  const dup = duplicateOf(st as Parameters<typeof duplicateOf>[0]);
  if (dup) return accepted(doc, dup.ksefNumber, now, dup.sessionReference);
  return rejected(doc, st);
}

/**
 * Moves one document as far as KSeF lets it now. Safe to call from any number of workers at
 * once and again after a crash: a claimed or final document is left alone.
 */
export async function advanceDocument(id: string, opts: StepOptions = {}): Promise<StepOutcome> {
  const now = opts.now ?? currentTime();
  const doc = await claim(id, now);
  if (!doc) {
    const row = await db().ksefDocument.findUnique({ where: { id }, select: { status: true } });
    return row && (row.status === 'PENDING' || row.status === 'SENT') ? 'busy' : 'done';
  }
  const gateway = opts.gateway ?? ksefGateway();
  try {
    let sent: KsefSent | null =
      doc.sessionReference && doc.invoiceReference
        ? { sessionReference: doc.sessionReference, invoiceReference: doc.invoiceReference }
        : null;
    if (!sent) {
      if (sentLate(doc, now)) {
        await db().ksefDocument.update({
          where: { id: doc.id },
          data: { offline: true, offlineDeadline: offlineDeadline(doc.issuedAt!) },
        });
        doc.offline = true;
      }
      try {
        sent = await gateway.send({
          xml: await readStoredFile(doc.xmlKey),
          offlineMode: doc.offline,
          ...(doc.correctedSha256 ? { hashOfCorrectedInvoice: doc.correctedSha256 } : {}),
        });
      } catch (e) {
        if (e instanceof KsefUnavailableError) return await unavailable(doc, now, e);
        if (e instanceof KsefRequestError)
          return await rejected(doc, { code: e.code ?? e.status, description: e.message, details: e.details });
        throw e;
      }
      // Recorded before anything else: from now on this document is asked about, never sent again.
      await db().ksefDocument.update({
        where: { id: doc.id },
        data: { status: 'SENT', ...sent, sentAt: now, attempts: { increment: 1 } },
      });
      doc.status = 'SENT';
    }
    for (const pause of [0, ...(opts.pollDelaysMs ?? DEFAULT_POLL_MS)]) {
      if (pause) await sleep(pause);
      let st: KsefInvoiceStatus;
      try {
        st = await gateway.status(sent);
      } catch (e) {
        if (e instanceof KsefUnavailableError) return await unavailable(doc, now, e);
        throw e;
      }
      const outcome = await settle(doc, st, now);
      if (outcome) return outcome;
    }
    await update(doc.id, { nextAttemptAt: new Date(now.getTime() + STATUS_RECHECK_MS) });
    return 'processing';
  } catch (e) {
    // A bug or an unexpected answer: release the claim so the sweeper tries again later.
    await update(doc.id, { nextAttemptAt: new Date(now.getTime() + retryDelayMs(doc.attempts + 1)) }).catch(() => {});
    throw e;
  }
}
