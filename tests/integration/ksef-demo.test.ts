// The demo data from `npm start` in KSeF: every demo invoice's FA(3) XML validates against the
// official schema, and the submission path (what the server's jobs run) gets each a KSeF number
// from the simulator, which the staff's list then shows.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { seedDemoData } from '@/lib/demo/seed';
import type { InvoiceSnapshot } from '@/lib/invoices/issue';
import { correctionXml, invoiceXml } from '@/lib/invoices/ksef/submission/documents';
import type { CorrectionSnapshot } from '@/lib/invoices/correction-snapshot';
import { staffKsefList, sweepKsef } from '@/lib/invoices/ksef/submission';
import { isKsefNumber } from '@/lib/invoices/ksef/number';
import { warsawDateKey } from '@/lib/format/time';
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
    // The Berlin family's Standard package in EUR: VAT in PLN at the rate of the working day before the sale.
    const eur = invoices.filter((i) => (i.snapshot as unknown as InvoiceSnapshot).currency === 'EUR');
    expect(eur).toHaveLength(1);
    const eurSnapshot = eur[0].snapshot as unknown as InvoiceSnapshot & {
      plnRate: { plnPerUnitTimes10000: number; effectiveOn: string };
    };
    expect(eurSnapshot.plnRate.plnPerUnitTimes10000).toBeGreaterThan(0);
    expect(eurSnapshot.plnRate.effectiveOn < warsawDateKey(new Date())).toBe(true);
    const eurXml = (await invoiceXml(eurSnapshot, new Date())).xml.toString('utf8');
    expect(eurXml).toContain('<KodWaluty>EUR</KodWaluty>');
    expect(eurXml).toMatch(/<P_14_1W>\d+\.\d{2}<\/P_14_1W>/);
    expect(eurXml).toContain('<KodKraju>DE</KodKraju>');
    // The learner's withdrawal from the Excel course: its correcting invoice, in the FK series.
    const corrections = await db().invoiceCorrection.findMany({ select: { number: true, snapshot: true } });
    expect(corrections.map((c) => c.number)).toEqual(['FK/2026/000001']);
    const built = await correctionXml(corrections[0].snapshot as unknown as CorrectionSnapshot, new Date(), null);
    expect(built.schemaErrors).toBeNull();
  });

  it('go through the real submission path to the simulator and the staff see their KSeF numbers', async () => {
    // Passes a minute apart, as the sweeper runs, until every document is final (a loaded machine's
    // simulator may still be processing after a pass's polls; the next pass asks again).
    for (let i = 0; i < 10; i++) {
      await sweepKsef({ pollDelaysMs: [50, 100, 200, 400], now: new Date(Date.now() + i * 61_000) });
      if ((await staffKsefList({})).every((r) => r.state === 'accepted' || r.state === 'rejected')) break;
    }
    const rows = await staffKsefList({});
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(rows.some((r) => r.kind === 'correction')).toBe(true);
    // One invoice KSeF rejected, for the staff home's queue (lib/demo/staff-home.ts); the rest in KSeF.
    const rejected = rows.filter((r) => r.state === 'rejected');
    expect(rejected.map((r) => r.order.number)).toEqual(['ZAM-DEMO-LUMEN-0001']);
    expect(rejected[0].document!.errorCode).toBe(450);
    for (const r of rows.filter((x) => x.state !== 'rejected')) {
      expect(r.state, r.number).toBe('accepted');
      expect(isKsefNumber(r.document!.ksefNumber!)).toBe(true);
    }
    expect(rows.some((r) => r.order.number === 'ZAM-DEMO-RODZINA-EUR-0001' && r.state === 'accepted')).toBe(true);
    // Seeding again sends nothing twice, and adds no second EUR order, package or invoice.
    await seedDemoData();
    expect(await db().order.count({ where: { currency: 'EUR', number: { startsWith: 'ZAM-DEMO-' } } })).toBe(1);
    expect(await db().familyPackage.count({ where: { currency: 'EUR', status: 'ACTIVE' } })).toBe(1);
    expect((await sweepKsef()).outcomes).toEqual([]);
    expect(await db().ksefDocument.count()).toBe(rows.length);
  });
});
