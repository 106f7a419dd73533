// Correcting invoices for refunds (lib/invoices/corrections/): one per FINALIZED refund of an
// invoiced order, in the same transaction, numbered gap-free in the FK series, e-mailed once.
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { refundOrder } from '@/lib/settlement/refunds';
import { handleRefundNotification } from '@/lib/settlement/notifications';
import { withdrawFromOrder } from '@/lib/settlement/withdrawals';
import { numberInvoices } from '@/lib/invoices/issue';
import { correctionsOfOrder, issueMissingCorrections, numberCorrections } from '@/lib/invoices/corrections';
import { requestInvoice } from '@/lib/invoices/invoice-request';
import { correctionPdfFor } from '@/lib/invoices/corrections/document';
import { writeFileSync } from 'node:fs';
import type { CorrectionSnapshot } from '@/lib/invoices/correction-snapshot';
import type { InvoiceSnapshot } from '@/lib/invoices/issue';
import { invoiceSeriesYear } from '@/lib/invoices/numbering';
import { currentTime } from '@/lib/clock/clock';

import { setUpCoursePurchases } from './course-purchases';

vi.mock('@/lib/jobs/queues', () => ({ dispatchEmails: async () => {}, enqueueMany: async () => {} }));

const { shop, buyer, paidOrder } = setUpCoursePurchases();
const year = invoiceSeriesYear(currentTime());
const fk = (seq: number) => `FK/${year}/${String(seq).padStart(6, '0')}`;

/** A paid order whose VAT invoice is numbered (the fixture's numbering runs after its commit). */
async function invoicedOrder(offers = [shop.offer1, shop.offer2]) {
  const bought = await paidOrder({ offers, invoice: true });
  // The payment's own numbering runs after its commit; until it is done its invoice is skipped.
  let invoice = await db().invoice.findUniqueOrThrow({ where: { orderId: bought.order.id } });
  for (let i = 0; i < 100 && !invoice.number; i++) {
    await numberInvoices();
    await new Promise((r) => setTimeout(r, 10));
    invoice = await db().invoice.findUniqueOrThrow({ where: { orderId: bought.order.id } });
  }
  expect(invoice).toMatchObject({ kind: 'INVOICE', number: expect.stringMatching(/^FV\//) });
  return { ...bought, invoice };
}

async function staffRefund(orderId: string, amount: number, itemIds: string[] = [], description = 'Zwrot na prośbę') {
  const staff = await buyer();
  return refundOrder({ orderId, amount, itemIds, description, staffId: staff.id });
}

const notice = async (refundId: string, status: 'FINALIZED' | 'CANCELED' = 'FINALIZED') => {
  const r = await db().refund.findUniqueOrThrow({ where: { id: refundId } });
  return {
    kind: 'refund' as const,
    orderId: 'x',
    refundId: r.payuRefundId!,
    amount: r.amount,
    currencyCode: 'PLN',
    status,
  };
};
const finalize = async (refundId: string) => handleRefundNotification(await notice(refundId));

/** Waits out the numberings started after each commit (they skip what another one holds). */
async function numbered() {
  for (let i = 0; i < 100; i++) {
    await numberCorrections();
    const left = await db().invoiceCorrection.count({ where: { number: null, invoice: { number: { not: null } } } });
    if (left === 0) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('corrections stayed unnumbered');
}

const correctionOf = async (refundId: string) => {
  const c = await db().invoiceCorrection.findUniqueOrThrow({ where: { refundId } });
  return { ...c, s: c.snapshot as unknown as CorrectionSnapshot };
};
const values = (ls: CorrectionSnapshot['after']) => ls.map((l) => l.unitGross * l.quantity - (l.discountGross ?? 0));

describe('a FINALIZED refund of an invoiced order issues a correcting invoice', () => {
  it('a partial staff refund: one correction FK/…/000001, the original identified, lines before and after, and its e-mail', async () => {
    const { user, order, invoice } = await invoicedOrder();
    const items = await db().orderItem.findMany({ where: { orderId: order.id }, orderBy: { id: 'asc' } });
    const rodo = items.find((i) => i.totalGross === 14900)!;
    const done = await staffRefund(order.id, 5000, [rodo.id], 'Rabat za opóźnienie');
    // PENDING so far: the money has not gone, so nothing is corrected yet.
    expect(await db().invoiceCorrection.count({ where: { refundId: done.refundId } })).toBe(0);

    expect(await finalize(done.refundId)).toBe('updated');
    await numbered();
    const c = await correctionOf(done.refundId);
    const original = invoice.snapshot as unknown as InvoiceSnapshot;
    expect(c).toMatchObject({ invoiceId: invoice.id, number: fk(1), year, seq: 1 });
    expect(c.s).toMatchObject({
      kind: 'CORRECTION',
      number: fk(1),
      issueDate: c.issuedAt!.toISOString(),
      reason: 'Zwrot części ceny — Rabat za opóźnienie',
      corrected: {
        number: invoice.number,
        issueDate: original.issueDate,
        saleDate: original.saleDate,
        ksefNumber: null,
      },
      seller: original.seller,
      buyer: original.buyer,
      currency: 'PLN',
      orderNumber: order.number,
      refundId: done.refundId,
    });
    // Index for index; only the refunded course's line is lower, by exactly the refund.
    const rodoAt = items.indexOf(rodo);
    expect(values(c.s.before)).toEqual(items.map((i) => i.totalGross));
    expect(values(c.s.after)).toEqual(items.map((i) => (i === rodo ? i.totalGross - 5000 : i.totalGross)));
    expect(c.s.after[rodoAt]).toMatchObject({ name: rodo.name, discountGross: 5000 });

    const mail = await db().emailMessage.findUniqueOrThrow({ where: { onceKey: `invoice-correction:${c.id}` } });
    expect(mail).toMatchObject({ to: user.email, template: 'invoice-correction' });
    expect(mail.subject).toBe(`Faktura korygująca ${fk(1)} — zamówienie ${order.number}`);
    expect(mail.text).toContain(`do faktury ${invoice.number}`);
    expect(mail.text).toContain('50,00');
    expect(mail.text).toContain(`/zamowienia/${order.id}/korekty/${c.id}\n`);
    expect(mail.text).toContain(`/zamowienia/${order.id}/korekty/${c.id}/xml`);
    expect(mail.html).toContain(`/zamowienia/${order.id}/korekty/${c.id}/xml`);

    // The order pages list it; someone else's order lists nothing.
    expect(await correctionsOfOrder(order.id, user.id)).toEqual([
      { id: c.id, number: fk(1), issuedAt: c.issuedAt, amount: 5000, currency: 'PLN', reason: c.s.reason },
    ]);
    expect(await correctionsOfOrder(order.id, (await buyer()).id)).toEqual([]);
    expect(await correctionsOfOrder(order.id, null)).toHaveLength(1);

    // Its PDF: the buyer's and staff's; not someone else's, nor under another order.
    const pdf = await correctionPdfFor(order.id, c.id, user.id);
    expect(pdf?.fileName).toBe(`${fk(1).replace(/\//g, '-')}.pdf`);
    expect(pdf?.pdf.subarray(0, 5).toString()).toBe('%PDF-');
    if (process.env.CORRECTION_PDF_OUT) writeFileSync(process.env.CORRECTION_PDF_OUT, pdf!.pdf);
    expect(await correctionPdfFor(order.id, c.id, null)).not.toBeNull();
    expect(await correctionPdfFor(order.id, c.id, (await buyer()).id)).toBeNull();
    expect(await correctionPdfFor((await invoicedOrder([shop.offer1])).order.id, c.id, null)).toBeNull();
  });

  it('the same notification twice, at once and again later, still issues one correction and one e-mail', async () => {
    const { user, order } = await invoicedOrder();
    const done = await staffRefund(order.id, 1000);
    const n = await notice(done.refundId);
    expect((await Promise.all([handleRefundNotification(n), handleRefundNotification(n)])).sort()).toEqual([
      'ignored',
      'updated',
    ]);
    expect(await handleRefundNotification(n)).toBe('ignored');
    await numbered();
    expect(await db().invoiceCorrection.count({ where: { invoice: { orderId: order.id } } })).toBe(1);
    expect(await db().emailMessage.count({ where: { to: user.email!, template: 'invoice-correction' } })).toBe(1);
  });

  it('two refunds: two corrections in order, the second starting from what the first left', async () => {
    const { order } = await invoicedOrder();
    const first = await staffRefund(order.id, 10000);
    const second = await staffRefund(order.id, 3001);
    await finalize(first.refundId);
    await finalize(second.refundId);
    await numbered();
    const a = await correctionOf(first.refundId);
    const b = await correctionOf(second.refundId);
    expect(b.seq).toBe(a.seq! + 1);
    expect(b.s.before).toEqual(a.s.after);
    // No items named: by the lines' values (199,00 and 149,00), to the grosz.
    expect(values(a.s.before).reduce((x, y) => x + y) - values(a.s.after).reduce((x, y) => x + y)).toBe(10000);
    expect(values(b.s.before).reduce((x, y) => x + y) - values(b.s.after).reduce((x, y) => x + y)).toBe(3001);
    expect(b.s.corrected.number).toBe(a.s.corrected.number);
    expect((await correctionsOfOrder(order.id, null)).map((c) => [c.number, c.amount])).toEqual([
      [a.number, 10000],
      [b.number, 3001],
    ]);
  });

  it('the rest of the price refunded: every line to zero, "Zwrot całości ceny"', async () => {
    const { order } = await invoicedOrder([shop.offer1]);
    const first = await staffRefund(order.id, 900);
    const rest = await staffRefund(order.id, 19000);
    await finalize(first.refundId);
    await finalize(rest.refundId);
    await numbered();
    const c = await correctionOf(rest.refundId);
    expect(values(c.s.after)).toEqual([0]);
    expect(c.s.reason).toBe('Zwrot całości ceny — Zwrot na prośbę');
  });

  it('ten refunds finalized at once are numbered gap-free, each once', async () => {
    const refunds = [];
    for (let k = 0; k < 10; k++) refunds.push(await staffRefund((await invoicedOrder([shop.offer2])).order.id, 100));
    const before = await db().invoiceCorrectionCounter.findUnique({ where: { year } });
    await Promise.all([...refunds.map((r) => finalize(r.refundId)), numberCorrections(), numberCorrections()]);
    await numbered();
    const seqs = (
      await db().invoiceCorrection.findMany({ where: { refundId: { in: refunds.map((r) => r.refundId) } } })
    ).map((c) => c.seq!);
    const from = (before?.last ?? 0) + 1;
    expect(seqs.sort((x, y) => x - y)).toEqual(Array.from({ length: 10 }, (_, k) => from + k));
    expect((await db().invoiceCorrectionCounter.findUniqueOrThrow({ where: { year } })).last).toBe(from + 9);
  });

  it('a withdrawal: the reason says so, and only the withdrawn course is corrected', async () => {
    const { user, order } = await invoicedOrder([shop.offer1]);
    await withdrawFromOrder(user.id, order.id);
    const refund = await db().refund.findFirstOrThrow({ where: { orderId: order.id } });
    await finalize(refund.id);
    await numbered();
    const c = await correctionOf(refund.id);
    expect(c.s.reason).toBe('Zwrot całości ceny — odstąpienie od umowy (art. 27 ustawy o prawach konsumenta)');
    expect(values(c.s.after)).toEqual([0]);
  });

  it('an invoice still unnumbered (a crash after the payment): the correction waits, then follows it', async () => {
    const { order, invoice } = await invoicedOrder([shop.offer1]);
    await db().invoice.update({
      where: { id: invoice.id },
      data: { number: null, year: null, seq: null, issuedAt: null },
    });
    const done = await staffRefund(order.id, 2500);
    await finalize(done.refundId);
    await numberCorrections();
    expect((await correctionOf(done.refundId)).number).toBeNull();
    await numberInvoices(); // the sweeper: the invoice first, then its correction
    await numbered();
    const renumbered = await db().invoice.findUniqueOrThrow({ where: { id: invoice.id } });
    const c = await correctionOf(done.refundId);
    expect(c.number).toMatch(/^FK\//);
    expect(c.issuedAt!.getTime()).toBeGreaterThanOrEqual(renumbered.issuedAt!.getTime());
    expect(c.s.corrected).toMatchObject({
      number: renumbered.number,
      issueDate: (renumbered.snapshot as unknown as InvoiceSnapshot).issueDate,
    });
  });
});

describe('no correcting invoice', () => {
  it('for a consumer’s receipt (no invoice asked for): the refund is recorded, nothing is corrected', async () => {
    const { order } = await paidOrder();
    await numberInvoices();
    expect((await db().invoice.findUniqueOrThrow({ where: { orderId: order.id } })).kind).toBe('RECEIPT');
    const done = await staffRefund(order.id, 1000);
    expect(await finalize(done.refundId)).toBe('updated');
    expect((await db().refund.findUniqueOrThrow({ where: { id: done.refundId } })).status).toBe('FINALIZED');
    expect(await db().invoiceCorrection.count({ where: { refundId: done.refundId } })).toBe(0);
  });

  it('when PayU cancels a PENDING refund: none, and a FINALIZED arriving after it changes nothing', async () => {
    const { order } = await invoicedOrder();
    const done = await staffRefund(order.id, 4000);
    expect(await handleRefundNotification(await notice(done.refundId, 'CANCELED'))).toBe('updated');
    expect(await finalize(done.refundId)).toBe('ignored');
    await numbered();
    expect(await db().invoiceCorrection.count({ where: { invoice: { orderId: order.id } } })).toBe(0);
    expect(await correctionsOfOrder(order.id, null)).toEqual([]);
  });
});

describe('a correction issued later', () => {
  it('when issuing it failed, the refund is still recorded and the sweeper issues it once the cause is gone', async () => {
    const { user, order, invoice } = await invoicedOrder([shop.offer1]);
    const s = invoice.snapshot as unknown as InvoiceSnapshot;
    // A snapshot whose lines do not add up (a bug): issuing fails.
    const broken = { ...s, items: s.items!.map((i) => ({ ...i, totalGross: i.totalGross + 1 })) };
    await db().invoice.update({ where: { id: invoice.id }, data: { snapshot: broken } });
    const done = await staffRefund(order.id, 1500);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await finalize(done.refundId)).toBe('updated');
    expect(errors).toHaveBeenCalledWith(
      '[invoices] correction of refund',
      done.refundId,
      'failed; the sweeper retries:',
      expect.stringContaining('add up to'),
    );
    expect((await db().refund.findUniqueOrThrow({ where: { id: done.refundId } })).status).toBe('FINALIZED');
    expect(await db().emailMessage.count({ where: { to: user.email!, template: 'refund-sent' } })).toBe(1);
    expect(await issueMissingCorrections()).toBe(0);
    errors.mockRestore();

    await db().invoice.update({ where: { id: invoice.id }, data: { snapshot: s } });
    expect(await issueMissingCorrections()).toBe(1);
    expect(await issueMissingCorrections()).toBe(0);
    await numbered();
    expect((await correctionOf(done.refundId)).number).toMatch(/^FK\//);
  });

  it('a receipt turned into an invoice at the buyer’s request: the earlier refund gets its correction then', async () => {
    const { user, order } = await paidOrder();
    await numberInvoices();
    const done = await staffRefund(order.id, 4900);
    await finalize(done.refundId);
    expect(await issueMissingCorrections()).toBe(0);
    const number = await requestInvoice(user.id, order.id, {
      street: 'Lipowa 1',
      postalCode: '00-001',
      city: 'Warszawa',
      country: 'PL',
    });
    expect(await issueMissingCorrections()).toBe(1);
    await numbered();
    const c = await correctionOf(done.refundId);
    expect(c.s.corrected.number).toBe(number);
    expect(values(c.s.before)).toEqual([19900]);
    expect(values(c.s.after)).toEqual([15000]);
  });
});
