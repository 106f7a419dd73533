// KSeF submission end to end through the local simulator (lib/invoices/ksef/submission/): a paid
// order's invoice gets its KSeF number; KSeF down → offline with its deadline → sent later with
// offlineMode; a refund's correction names the original's KSeF number; a rejection is shown and
// resent; the same document sent twice (two workers, a lost answer) → one KSeF number.
import { readStoredFile } from '@/lib/storage';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { freePort } from '@/lib/db/dev/embedded';
import { currentTime } from '@/lib/clock/clock';
import { numberInvoices, type InvoiceSnapshot } from '@/lib/invoices/issue';
import { numberCorrections } from '@/lib/invoices/corrections';
import { refundOrder } from '@/lib/settlement/refunds';
import { handleRefundNotification } from '@/lib/settlement/notifications';
import { startLocalKsef } from '@/lib/invoices/ksef/simulator/local';
import { createKsefClient } from '@/lib/invoices/ksef/client/client';
import { ksefConfig } from '@/lib/invoices/ksef/env';
import { isKsefNumber } from '@/lib/invoices/ksef/number';
import { validateAgainstSchema } from '@/lib/invoices/ksef/fa3/validate';
import { KsefUnavailableError, type KsefGateway } from '@/lib/invoices/ksef/types';
import {
  advanceDocument,
  correctionXmlFor,
  invoiceXmlFor,
  ksefBacklog,
  ksefMarkOf,
  resendDocument,
  staffKsefList,
  submitDocument,
  sweepKsef,
  upoOf,
} from '@/lib/invoices/ksef/submission';
import { sha256Base64Url } from '@/lib/invoices/ksef/submission/documents';
import { offlineDeadline } from '@/lib/invoices/ksef/submission/rules/offline-deadline';
import { salesDocumentFor } from '@/lib/invoices/order-invoice-pdf';
import { setUpCoursePurchases } from './course-purchases';

// Jobs are run by the test itself (submitDocument / sweepKsef), not by pg-boss workers.
vi.mock('@/lib/jobs/queues', () => ({ dispatchEmails: async () => {}, enqueueMany: async () => {} }));

const { buyer, paidOrder } = setUpCoursePurchases();
let sim: Awaited<ReturnType<typeof startLocalKsef>>;
let gateway: KsefGateway;
const fast = { pollDelaysMs: [50, 100, 200, 400, 800] };

beforeAll(async () => {
  sim = await startLocalKsef({ port: await freePort(), quiet: true, processingDelayMs: 20 });
  const c = ksefConfig();
  // One try per call: a test of "KSeF down" need not wait out the client's own retries.
  gateway = createKsefClient({ baseUrl: c.baseUrl, nip: c.nip, token: c.token, retry: { attempts: 1 } });
});
afterAll(async () => {
  await sim.close();
});

const opts = (extra: Record<string, unknown> = {}) => ({ gateway, ...fast, ...extra });

async function invoicedOrder() {
  const bought = await paidOrder({ invoice: true });
  // The payment's own numbering runs after its commit; until it is done its invoice is skipped.
  let invoice = await db().invoice.findUniqueOrThrow({ where: { orderId: bought.order.id } });
  for (let i = 0; i < 100 && !invoice.number; i++) {
    await numberInvoices();
    await new Promise((r) => setTimeout(r, 10));
    invoice = await db().invoice.findUniqueOrThrow({ where: { orderId: bought.order.id } });
  }
  expect(invoice.number).toMatch(/^FV\//);
  return { ...bought, invoice };
}

const docOf = (where: { invoiceId: string } | { correctionId: string }) =>
  db().ksefDocument.findUniqueOrThrow({ where });

describe('an invoice goes to KSeF after its numbering', () => {
  it('paid order → invoice → frozen valid XML → KSeF number on the document, the PDF mark and the XML download', async () => {
    const { user, order, invoice } = await invoicedOrder();
    expect(await submitDocument({ invoiceId: invoice.id }, opts())).toBe('accepted');
    const doc = await docOf({ invoiceId: invoice.id });
    expect(doc.status).toBe('ACCEPTED');
    expect(isKsefNumber(doc.ksefNumber!)).toBe(true);
    expect(doc.ksefNumber!.startsWith(ksefConfig().nip)).toBe(true);
    expect(doc.xmlSha256).toBe(sha256Base64Url(await readStoredFile(doc.xmlKey)));
    const xml = (await readStoredFile(doc.xmlKey)).toString('utf8');
    expect(await validateAgainstSchema(xml, 'FA3')).toEqual({ valid: true });
    expect(xml).toContain(`<P_2>${invoice.number}</P_2>`);
    // KSeF holds exactly these bytes under that number.
    expect(sim.accepted.get(doc.ksefNumber!)!.xml!.equals(await readStoredFile(doc.xmlKey))).toBe(true);

    const mark = await ksefMarkOf({ invoiceId: invoice.id });
    expect(mark).toMatchObject({ ksefNumber: doc.ksefNumber, certificateUrl: null });
    expect(mark!.verifyUrl).toContain(`/invoice/${ksefConfig().nip}/`);
    expect(mark!.verifyUrl.endsWith(doc.xmlSha256)).toBe(true);
    expect((await salesDocumentFor(order.id, user.id))!.pdf.length).toBeGreaterThan(1000);

    // The buyer downloads the very bytes sent; anyone else finds nothing.
    expect((await invoiceXmlFor(order.id, user.id))!.xml.equals(await readStoredFile(doc.xmlKey))).toBe(true);
    expect(await invoiceXmlFor(order.id, (await buyer()).id)).toBeNull();

    // A second run changes nothing: the number is stored once.
    expect(await submitDocument({ invoiceId: invoice.id }, opts())).toBe('done');
    expect((await docOf({ invoiceId: invoice.id })).ksefNumber).toBe(doc.ksefNumber);
    await expect(
      db().ksefDocument.update({ where: { id: doc.id }, data: { ksefNumber: '1111111111-20260101-000000000000-00' } }),
    ).rejects.toThrow();

    // The UPO is fetched once and kept.
    const upo = await upoOf(doc.id, gateway);
    expect(upo!.xml.toString('utf8')).toContain(doc.ksefNumber!);
    expect((await db().ksefDocument.findUniqueOrThrow({ where: { id: doc.id } })).upoKey).not.toBeNull();
  });

  it('a receipt is never sent to KSeF', async () => {
    const bought = await paidOrder();
    const receipt = await db().invoice.findUniqueOrThrow({ where: { orderId: bought.order.id } });
    expect(receipt.kind).toBe('RECEIPT');
    expect(await submitDocument({ invoiceId: receipt.id }, opts())).toBe('waiting');
    expect(await db().ksefDocument.count({ where: { invoiceId: receipt.id } })).toBe(0);
  });
});

describe('KSeF unavailable at the first send', () => {
  it('the invoice becomes offline with its deadline, QR II is printed, and it is sent with offlineMode once KSeF is back', async () => {
    const { invoice } = await invoicedOrder();
    sim.setMode('down');
    try {
      expect(await submitDocument({ invoiceId: invoice.id }, opts())).toBe('unavailable');
    } finally {
      sim.setMode('up');
    }
    const offline = await docOf({ invoiceId: invoice.id });
    expect(offline).toMatchObject({ status: 'PENDING', offline: true, attempts: 1, ksefNumber: null });
    expect(offline.offlineDeadline).toEqual(offlineDeadline(invoice.issuedAt!));
    const mark = await ksefMarkOf({ invoiceId: invoice.id });
    expect(mark).toMatchObject({ ksefNumber: null });
    expect(mark!.certificateUrl).toMatch(/\/certificate\/Nip\//);
    const listed = await staffKsefList({ state: 'offline' });
    expect(listed.map((r) => r.number)).toContain(invoice.number);
    expect((await ksefBacklog()).total).toBeGreaterThanOrEqual(1);

    // Not before its next try is due…
    expect((await sweepKsef(opts())).outcomes).toEqual([]);
    // …then sent as offline and accepted; the XML is the one the buyer already holds.
    const later = new Date(currentTime().getTime() + 60 * 60_000);
    const swept = await sweepKsef(opts({ now: later }));
    expect(swept.outcomes).toContain('accepted');
    const done = await docOf({ invoiceId: invoice.id });
    expect(done).toMatchObject({ status: 'ACCEPTED', offline: true, xmlSha256: offline.xmlSha256 });
    const atKsef = sim.accepted.get(done.ksefNumber!)!;
    expect(atKsef).toMatchObject({ offlineMode: true, invoicingMode: 'Offline' });
    const after = await ksefMarkOf({ invoiceId: invoice.id });
    expect(after!.ksefNumber).toBe(done.ksefNumber);
    expect(after!.certificateUrl).toMatch(/\/certificate\/Nip\//);
  });
});

describe('a refund issues a correcting invoice sent to KSeF', () => {
  it('waits for the original KSeF number, then is accepted with it in its XML; the buyer downloads it', async () => {
    const { user, order, invoice } = await invoicedOrder();
    const staff = await buyer();
    const items = await db().orderItem.findMany({ where: { orderId: order.id } });
    const refund = await refundOrder({
      orderId: order.id,
      amount: 5000,
      itemIds: [items[0].id],
      description: 'Zwrot części ceny',
      staffId: staff.id,
    });
    const r = await db().refund.findUniqueOrThrow({ where: { id: refund.refundId } });
    await handleRefundNotification({
      kind: 'refund',
      orderId: 'x',
      refundId: r.payuRefundId!,
      amount: r.amount,
      currencyCode: 'PLN',
      status: 'FINALIZED',
    });
    let correction = await db().invoiceCorrection.findUniqueOrThrow({ where: { refundId: r.id } });
    for (let i = 0; i < 100 && !correction.number; i++) {
      await numberCorrections();
      await new Promise((res) => setTimeout(res, 10));
      correction = await db().invoiceCorrection.findUniqueOrThrow({ where: { refundId: r.id } });
    }
    expect(correction.number).toMatch(/^FK\//);
    // The original is not in KSeF yet: the correction waits (tryby-offline.md).
    expect(await submitDocument({ correctionId: correction.id }, opts())).toBe('waiting');
    expect((await staffKsefList({ q: correction.number! }))[0]).toMatchObject({ waitsForOriginal: true });

    expect(await submitDocument({ invoiceId: invoice.id }, opts())).toBe('accepted');
    const original = await docOf({ invoiceId: invoice.id });
    expect(await submitDocument({ correctionId: correction.id }, opts())).toBe('accepted');
    const doc = await docOf({ correctionId: correction.id });
    const xml = (await readStoredFile(doc.xmlKey)).toString('utf8');
    expect(await validateAgainstSchema(xml, 'FA3')).toEqual({ valid: true });
    expect(xml).toContain(`<NrKSeFFaKorygowanej>${original.ksefNumber}</NrKSeFFaKorygowanej>`);
    // The correction's snapshot (its PDF) names the original's KSeF number as its XML does.
    const frozen = await db().invoiceCorrection.findUniqueOrThrow({ where: { id: correction.id } });
    expect((frozen.snapshot as { corrected: { ksefNumber: string } }).corrected.ksefNumber).toBe(original.ksefNumber);
    expect(isKsefNumber(doc.ksefNumber!)).toBe(true);
    expect(doc.ksefNumber).not.toBe(original.ksefNumber);
    expect((await correctionXmlFor(order.id, correction.id, user.id))!.fileName).toMatch(/^FK-/);
    expect(await correctionXmlFor(order.id, correction.id, staff.id)).toBeNull();
    expect((await ksefMarkOf({ correctionId: correction.id }))!.ksefNumber).toBe(doc.ksefNumber);
  });
});

describe('a rejected document', () => {
  it('is shown to staff with KSeF’s message and, resent unchanged, is a plain retry that KSeF accepts', async () => {
    const { invoice } = await invoicedOrder();
    sim.setMode('reject-next');
    expect(await submitDocument({ invoiceId: invoice.id }, opts())).toBe('rejected');
    const rejected = await docOf({ invoiceId: invoice.id });
    expect(rejected).toMatchObject({ status: 'REJECTED', errorCode: 450, ksefNumber: null });
    const row = (await staffKsefList({ state: 'rejected' })).find((x) => x.number === invoice.number)!;
    expect(row.document!.errorMessage).toBe('Błąd weryfikacji semantyki dokumentu faktury');
    expect(row.document!.errorDetails.join(' ')).toContain('reject-next');

    expect(await resendDocument(rejected.id)).toBe('retry');
    await expect(resendDocument(rejected.id)).rejects.toThrow(/nie jest odrzucony/);
    // One audit row for the resend that happened, none for the refused second one.
    expect(await db().auditEntry.count({ where: { action: 'invoice.ksef.resent', objectId: rejected.id } })).toBe(1);
    expect(await submitDocument({ documentId: rejected.id }, opts())).toBe('accepted');
    const done = await docOf({ invoiceId: invoice.id });
    expect(done).toMatchObject({ errorCode: null, errorMessage: null, errorDetails: null });
    expect(done.xmlSha256).toBe(rejected.xmlSha256);
    expect(isKsefNumber(done.ksefNumber!)).toBe(true);
  });

  it('bad invoice data is never sent; once the data is corrected the resend rebuilds the XML', async () => {
    const { invoice } = await invoicedOrder();
    const s = invoice.snapshot as unknown as InvoiceSnapshot;
    // A buyer country no code list knows: the builder refuses it before KSeF would.
    await db().invoice.update({
      where: { id: invoice.id },
      data: { snapshot: { ...s, buyer: { ...s.buyer, country: 'XX' } } as object },
    });
    expect(await submitDocument({ invoiceId: invoice.id }, opts())).toBe('done');
    const bad = await docOf({ invoiceId: invoice.id });
    expect(bad).toMatchObject({ status: 'REJECTED', errorCode: null, sessionReference: null });
    expect(await resendDocument(bad.id).catch((e: Error) => e.message)).toMatch(/nadal nie jest zgodny/);

    await db().invoice.update({ where: { id: invoice.id }, data: { snapshot: s as object } });
    expect(await resendDocument(bad.id)).toBe('rebuilt');
    expect(await submitDocument({ documentId: bad.id }, opts())).toBe('accepted');
    const fixed = await docOf({ invoiceId: invoice.id });
    expect(fixed.xmlSha256).not.toBe(bad.xmlSha256);
    expect(fixed.createdAt).toEqual(bad.createdAt);
  });
});

describe('the same document submitted twice → one KSeF number', () => {
  it('two workers at once: one sends, the other finds it claimed', async () => {
    const { invoice } = await invoicedOrder();
    const before = sim.invoices.size;
    const outcomes = await Promise.all([
      submitDocument({ invoiceId: invoice.id }, opts()),
      submitDocument({ invoiceId: invoice.id }, opts()),
      submitDocument({ invoiceId: invoice.id }, opts()),
    ]);
    expect(outcomes.filter((o) => o === 'accepted')).toHaveLength(1);
    expect(outcomes.filter((o) => o !== 'accepted').every((o) => o === 'busy' || o === 'done')).toBe(true);
    expect(sim.invoices.size - before).toBe(1);
    expect(await db().ksefDocument.count({ where: { invoiceId: invoice.id } })).toBe(1);
  });

  it('a lost answer: KSeF took the first send, the retry is its duplicate, the original number is kept', async () => {
    const { invoice } = await invoicedOrder();
    // KSeF receives the invoice, but the answer never reaches us.
    const lossy: KsefGateway = {
      ...gateway,
      send: async (s) => {
        await gateway.send(s);
        throw new KsefUnavailableError('connection reset after the request was sent');
      },
    };
    expect(await submitDocument({ invoiceId: invoice.id }, opts({ gateway: lossy }))).toBe('unavailable');
    await sim.idle();
    const first = [...sim.accepted.values()].find((i) => i.invoiceNumber === invoice.number)!;
    expect(isKsefNumber(first.ksefNumber!)).toBe(true);

    const later = new Date(currentTime().getTime() + 60 * 60_000);
    const doc = await docOf({ invoiceId: invoice.id });
    expect(await advanceDocument(doc.id, opts({ now: later }))).toBe('accepted');
    const done = await docOf({ invoiceId: invoice.id });
    expect(done.ksefNumber).toBe(first.ksefNumber);
    expect([...sim.accepted.values()].filter((i) => i.invoiceNumber === invoice.number)).toHaveLength(1);
    // The UPO comes from the original send's session.
    expect((await upoOf(done.id, gateway))!.xml.toString('utf8')).toContain(first.ksefNumber!);
  });
});
