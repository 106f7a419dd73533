// An invoice KSeF counts as offline without being declared so (offline/automatyczne-okreslanie-
// trybu-offline.md: received on a later day than its issue date) is an offline invoice, so its PDF
// carries KOD II "CERTYFIKAT" (kody-qr.md) like one issued while KSeF was unreachable.
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { freePort } from '@/lib/db/dev/embedded';
import { numberInvoices } from '@/lib/invoices/issue';
import { startLocalKsef } from '@/lib/invoices/ksef/simulator/local';
import { createKsefClient } from '@/lib/invoices/ksef/client/client';
import { ksefConfig } from '@/lib/invoices/ksef/env';
import type { KsefGateway } from '@/lib/invoices/ksef/types';
import { ksefMarkOf, submitDocument } from '@/lib/invoices/ksef/submission';
import { salesDocumentFor } from '@/lib/invoices/order-invoice-pdf';
import { setUpCoursePurchases } from './course-purchases';

vi.mock('@/lib/jobs/queues', () => ({ dispatchEmails: async () => {}, enqueueMany: async () => {} }));

const { paidOrder } = setUpCoursePurchases();
const DAY = 86_400_000;
// The simulator's clock runs a day ahead when `ahead` is set: the invoice reaches KSeF the next day.
let ahead = 0;
let sim: Awaited<ReturnType<typeof startLocalKsef>>;
let gateway: KsefGateway;
const fast = { pollDelaysMs: [50, 100, 200, 400, 800] };

beforeAll(async () => {
  sim = await startLocalKsef({
    port: await freePort(),
    quiet: true,
    processingDelayMs: 20,
    now: () => Date.now() + ahead,
  });
  const c = ksefConfig();
  gateway = createKsefClient({ baseUrl: c.baseUrl, nip: c.nip, token: c.token, retry: { attempts: 1 } });
});
afterAll(async () => {
  await sim.close();
});

const pdfText = (pdf: Buffer) =>
  execFileSync('/usr/bin/pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf }).toString('utf8').replace(/\s+/g, ' ');

async function invoicedOrder() {
  const bought = await paidOrder({ invoice: true });
  let invoice = await db().invoice.findUniqueOrThrow({ where: { orderId: bought.order.id } });
  for (let i = 0; i < 100 && !invoice.number; i++) {
    await numberInvoices();
    await new Promise((r) => setTimeout(r, 10));
    invoice = await db().invoice.findUniqueOrThrow({ where: { orderId: bought.order.id } });
  }
  return { ...bought, invoice };
}

async function expectCertificateOnPdf(orderId: string, userId: string, invoiceId: string) {
  const doc = await db().ksefDocument.findUniqueOrThrow({ where: { invoiceId } });
  expect(doc).toMatchObject({ status: 'ACCEPTED', offline: true });
  const mark = await ksefMarkOf({ invoiceId });
  expect(mark).toMatchObject({ ksefNumber: doc.ksefNumber });
  expect(mark!.certificateUrl).toMatch(/\/certificate\/Nip\//);
  const text = pdfText((await salesDocumentFor(orderId, userId))!.pdf);
  // Under KOD I its KSeF number (it has one now), under KOD II "CERTYFIKAT".
  expect(text).toContain(doc.ksefNumber!);
  expect(text).toContain('CERTYFIKAT');
}

describe('an invoice first sent on a later day than it was issued', () => {
  it('is made offline before the send, declared with offlineMode, and its PDF carries KOD II', async () => {
    const { user, order, invoice } = await invoicedOrder();
    ahead = DAY;
    try {
      const tomorrow = new Date(Date.now() + DAY);
      expect(await submitDocument({ invoiceId: invoice.id }, { gateway, ...fast, now: tomorrow })).toBe('accepted');
    } finally {
      ahead = 0;
    }
    const doc = await db().ksefDocument.findUniqueOrThrow({ where: { invoiceId: invoice.id } });
    expect(sim.accepted.get(doc.ksefNumber!)).toMatchObject({ offlineMode: true, invoicingMode: 'Offline' });
    expect(doc.offlineDeadline).not.toBeNull();
    await expectCertificateOnPdf(order.id, user.id, invoice.id);
  });

  it('sent on its issue day but recorded by KSeF as offline (after midnight): KOD II from KSeF’s answer', async () => {
    const { user, order, invoice } = await invoicedOrder();
    // Our clock says the issue day; KSeF's already the next one (a send at 23:59:59 received at 00:00:01).
    ahead = DAY;
    try {
      expect(await submitDocument({ invoiceId: invoice.id }, { gateway, ...fast })).toBe('accepted');
    } finally {
      ahead = 0;
    }
    const doc = await db().ksefDocument.findUniqueOrThrow({ where: { invoiceId: invoice.id } });
    expect(sim.accepted.get(doc.ksefNumber!)).toMatchObject({ offlineMode: false, invoicingMode: 'Offline' });
    await expectCertificateOnPdf(order.id, user.id, invoice.id);
  });

  it('sent on its issue day and recorded online: KOD I only', async () => {
    const { user, order, invoice } = await invoicedOrder();
    expect(await submitDocument({ invoiceId: invoice.id }, { gateway, ...fast })).toBe('accepted');
    const doc = await db().ksefDocument.findUniqueOrThrow({ where: { invoiceId: invoice.id } });
    expect(doc.offline).toBe(false);
    expect(await ksefMarkOf({ invoiceId: invoice.id })).toMatchObject({ certificateUrl: null });
    expect(pdfText((await salesDocumentFor(order.id, user.id))!.pdf)).not.toContain('CERTYFIKAT');
  });
});
