// The centre's desk: cash or card for one open charge of a centre contract, booked once with a
// receipt number of the year's series, a PAID order with its VAT invoice, the charge paid via DESK
// (the contract activated); refusals — a wrong amount, a second booking (with the receipt's number,
// also when two desks book at once), a charge of a non-centre contract, someone without the desk's
// permission — leave nothing written.
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { bookDeskPayment, receiptNumber } from '@/lib/centres/desk/book';
import { findDeskPayers, recentDeskReceipts } from '@/lib/centres/desk/find';
import { deskReceiptDocument } from '@/lib/centres/desk/receipt';
import { enrolChild, makeCentreGroup, makePerson } from './desk-fixtures';

vi.mock('@/lib/jobs/queues', () => ({
  dispatchEmails: async () => {},
  enqueueMany: async () => {},
  enqueue: async () => {},
}));

const NOW = new Date('2026-09-02T08:00:00Z');
const LATER = new Date('2026-09-03T09:30:00Z');

async function setting() {
  const g = await makeCentreGroup({ firstClass: new Date('2026-09-09T14:00:00Z') });
  const e = await enrolChild(g.offers.ten.id, NOW);
  const charge = await db().contractCharge.findUniqueOrThrow({ where: { id: e.firstChargeId } });
  const staff = await makePerson(['ACCOUNTING']);
  return { g, e, charge, due: charge.amount - charge.discount, staff };
}

describe('booking a desk payment', () => {
  it('books cash once: receipt KP/<year>/<6 digits>, a PAID order with an invoice, the charge paid via DESK, the contract active', async () => {
    const { g, e, charge, due, staff } = await setting();
    const r = await bookDeskPayment({ chargeId: charge.id, method: 'CASH', amount: due, bookedById: staff.id }, LATER);
    expect(r.number).toMatch(/^KP\/2026\/\d{6}$/);
    const receipt = await db().deskReceipt.findUniqueOrThrow({ where: { id: r.receiptId } });
    expect(receipt).toMatchObject({
      chargeId: charge.id,
      centreId: g.centre.id,
      method: 'CASH',
      amount: due,
      orderId: r.orderId,
    });
    expect(await db().contractCharge.findUniqueOrThrow({ where: { id: charge.id } })).toMatchObject({
      status: 'PAID',
      paidVia: 'DESK',
    });
    expect(await db().contract.findUniqueOrThrow({ where: { id: e.contractId } })).toMatchObject({ status: 'ACTIVE' });
    const order = await db().order.findUniqueOrThrow({ where: { id: r.orderId }, include: { items: true } });
    expect(order).toMatchObject({ status: 'PAID', totalGross: due, userId: e.parent.id });
    expect(order.items[0]).toMatchObject({ kind: 'CONTRACT_CHARGE', chargeId: charge.id });
    const invoice = await db().invoice.findFirstOrThrow({ where: { orderId: r.orderId } });
    // A consumer's payment: the invoice path's receipt (a numbered invoice on request), as for a transfer.
    expect(invoice.kind).toBe('RECEIPT');
    expect((invoice.snapshot as { paymentMethod?: string }).paymentMethod).toBe('w kasie centrum (gotówka)');
    const audit = await db().auditEntry.findFirstOrThrow({ where: { objectId: r.orderId, action: 'payment.booked' } });
    expect(audit.actorId).toBe(staff.id);
  });

  it('numbers receipts one after another within the year', async () => {
    const a = await setting();
    const b = await setting();
    const ra = await bookDeskPayment(
      { chargeId: a.charge.id, method: 'CARD', amount: a.due, bookedById: a.staff.id },
      LATER,
    );
    const rb = await bookDeskPayment(
      { chargeId: b.charge.id, method: 'CASH', amount: b.due, bookedById: a.staff.id },
      LATER,
    );
    const n = Number(ra.number.slice(-6));
    expect(rb.number).toBe(receiptNumber(2026, n + 1));
  });

  it('a second booking of the same charge is refused with the receipt number; two desks at once book it once', async () => {
    const { charge, due, staff } = await setting();
    const other = await makePerson(['SUPPORT']);
    const book = (by: string) =>
      bookDeskPayment({ chargeId: charge.id, method: 'CASH', amount: due, bookedById: by }, LATER);
    const results = await Promise.allSettled([book(staff.id), book(other.id)]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const ok = results.find((r) => r.status === 'fulfilled') as PromiseFulfilledResult<{ number: string }>;
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(String(refused.reason.message)).toContain(ok.value.number);
    await expect(book(staff.id)).rejects.toThrow(`paragon ${ok.value.number}`);
    expect(await db().deskReceipt.count({ where: { chargeId: charge.id } })).toBe(1);
    expect(await db().order.count({ where: { items: { some: { chargeId: charge.id } } } })).toBe(1);
  });

  it('a wrong amount is refused beside the field, nothing written', async () => {
    const { charge, due, staff } = await setting();
    const err = (await bookDeskPayment(
      { chargeId: charge.id, method: 'CASH', amount: due - 100, bookedById: staff.id },
      LATER,
    ).catch((e: unknown) => e)) as { message: string; fieldCodes?: Record<string, unknown> };
    expect(err.message).toMatch(/Kwota nie zgadza się/);
    expect(err.fieldCodes).toHaveProperty('amount');
    expect(await db().deskReceipt.count({ where: { chargeId: charge.id } })).toBe(0);
    expect(await db().order.count({ where: { items: { some: { chargeId: charge.id } }, status: 'PAID' } })).toBe(0);
    expect(await db().contractCharge.findUniqueOrThrow({ where: { id: charge.id } })).toMatchObject({ status: 'OPEN' });
  });

  it('refuses a person without the desk permission and a charge of a contract outside the centres', async () => {
    const { charge, due } = await setting();
    const teacher = await makePerson(['TEACHER']);
    await expect(
      bookDeskPayment({ chargeId: charge.id, method: 'CASH', amount: due, bookedById: teacher.id }, LATER),
    ).rejects.toThrow(/uprawnie/);

    const staff = await makePerson(['ADMINISTRATOR']);
    const offer = await db().billingOffer.create({
      data: {
        slug: `inne-${charge.id}`,
        title: 'Kurs',
        product: 'test',
        planKind: 'INSTALMENTS',
        planCode: 'centre-ten',
        amount: 100000,
      },
    });
    const other = await enrolChild(offer.id, NOW);
    await expect(
      bookDeskPayment({ chargeId: other.firstChargeId, method: 'CARD', amount: 1, bookedById: staff.id }, LATER),
    ).rejects.toThrow(/nie należy do umowy centrum/);
    expect(await db().deskReceipt.count({ where: { chargeId: { in: [charge.id, other.firstChargeId] } } })).toBe(0);
  });

  it("finds the payer by e-mail, the child's name or the contract number, with the open charges; the receipt is a PDF", async () => {
    const { e, charge, due, staff } = await setting();
    const contract = await db().contract.findUniqueOrThrow({ where: { id: e.contractId } });
    for (const q of [e.parent.email!, `${e.child.firstName} ${e.child.lastName}`, contract.number.toLowerCase()]) {
      const found = await findDeskPayers(q, LATER);
      expect(found.map((p) => p.id)).toEqual([e.parent.id]);
      const charges = found[0].contracts[0].charges;
      expect(charges[0]).toMatchObject({ id: charge.id, due, overdueDays: 0 });
    }
    expect(await findDeskPayers('x', LATER)).toEqual([]);
    const r = await bookDeskPayment({ chargeId: charge.id, method: 'CARD', amount: due, bookedById: staff.id }, LATER);
    const after = await findDeskPayers(e.parent.email!, LATER);
    expect(after[0].contracts[0].charges.map((c) => c.id)).not.toContain(charge.id);
    expect((await recentDeskReceipts()).find((x) => x.id === r.receiptId)).toMatchObject({
      number: r.number,
      method: 'CARD',
      contractNumber: contract.number,
    });
    const doc = await deskReceiptDocument(r.receiptId);
    expect(doc!.fileName).toBe(`${r.number.replaceAll('/', '-')}.pdf`);
    expect(doc!.pdf.subarray(0, 5).toString()).toBe('%PDF-');
    if (process.env.DESK_RECEIPT_OUT) (await import('node:fs')).writeFileSync(process.env.DESK_RECEIPT_OUT, doc!.pdf);
    expect(await deskReceiptDocument('missing')).toBeNull();
  });
});
