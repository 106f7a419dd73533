// The demo data from `npm start` in KSeF: every demo invoice's FA(3) XML validates against the
// official schema, and the submission path (what the server's jobs run) gets each a KSeF number
// from the simulator, which the staff's list then shows.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { seedDemoData } from '@/lib/demo/seed';
import type { InvoiceSnapshot } from '@/lib/invoices/issue';
import { invoiceXml } from '@/lib/invoices/ksef/submission/documents';
import { staffKsefList, sweepKsef } from '@/lib/invoices/ksef/submission';
import { isKsefNumber } from '@/lib/invoices/ksef/number';
import { startTestKsef } from '../support/local-ksef';

vi.mock('@/lib/jobs/queues', () => ({
  dispatchEmails: async () => {},
  emailsDispatched: async () => {},
  enqueueMany: async () => {},
}));

let sim: Awaited<ReturnType<typeof startTestKsef>>;
beforeAll(async () => {
  sim = await startTestKsef();
  await seedDemoData();
});
afterAll(async () => {
  await sim.close();
});

describe('demo invoices', () => {
  it('every invoice kind in the demo data builds FA(3) XML the official schema accepts', async () => {
    const invoices = await db().invoice.findMany({
      where: { kind: 'INVOICE' },
      select: { number: true, snapshot: true, order: { select: { buyerType: true, nip: true } } },
    });
    // A company (B2B, NIP) and a consumer who asked for an invoice (B2C, no NIP) at least.
    expect(invoices.some((i) => i.order.nip)).toBe(true);
    expect(invoices.some((i) => i.order.buyerType === 'PERSON' && !i.order.nip)).toBe(true);
    for (const i of invoices) {
      expect(i.number, 'every demo invoice is numbered by the seed').toMatch(/^FV\//);
      const built = await invoiceXml(i.snapshot as unknown as InvoiceSnapshot, new Date());
      expect(built.schemaErrors, i.number!).toBeNull();
    }
  });

  it('go through the real submission path to the simulator and the staff see their KSeF numbers', async () => {
    for (let i = 0; i < 5; i++)
      if ((await sweepKsef({ pollDelaysMs: [50, 100, 200, 400] })).outcomes.length === 0) break;
    const rows = await staffKsefList({});
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const r of rows) {
      expect(r.state, r.number).toBe('accepted');
      expect(isKsefNumber(r.document!.ksefNumber!)).toBe(true);
    }
    // Seeding again sends nothing twice.
    await seedDemoData();
    expect((await sweepKsef()).outcomes).toEqual([]);
    expect(await db().ksefDocument.count()).toBe(rows.length);
  });
});
