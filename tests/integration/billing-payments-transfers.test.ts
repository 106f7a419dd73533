// Transfers against pro-formas: booked by hand once however many staff click at once, a wrong
// amount refused with nothing written, a bank statement (MT940) matched by the pro-forma number
// and the amount, the rest listed and never booked, a re-imported statement booking nothing
// twice; the booked charge's order gets its VAT invoice; the pro-forma PDF for payer and staff.
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { bookTransfer } from '@/lib/billing/payments/transfers';
import { importStatement } from '@/lib/billing/bank/import';
import { proformaDocumentFor } from '@/lib/billing/payments/proforma-document';
import { assignProformaNumber } from '@/lib/billing/payments/proforma';
import { numberPendingInvoices } from '@/lib/invoices/issue';
import { NOW, setUpBillingPayments } from './billing-payments-fixtures';

vi.mock('@/lib/jobs/queues', () => ({
  dispatchEmails: async () => {},
  enqueueMany: async () => {},
  enqueue: async () => {},
}));

const { fx, person, signed } = setUpBillingPayments();

async function licenceFor(company = true) {
  const payer = await person();
  if (company) {
    // The school's invoice data from an earlier order, as checkout keeps it.
    await db().order.create({
      data: {
        number: `ZAM-OLD-${payer.id.slice(-6)}`,
        checkoutKey: `old-${payer.id}`,
        userId: payer.id,
        status: 'CANCELED',
        totalGross: 100,
        buyerType: 'COMPANY',
        buyerName: 'Liceum Ogólnokształcące nr 5 w Łodzi',
        buyerEmail: payer.email!,
        companyName: 'Liceum Ogólnokształcące nr 5 w Łodzi',
        nip: '7251801126',
        street: 'ul. Pomorska 12',
        postalCode: '90-001',
        city: 'Łódź',
        termsVersion: '2026-01',
        termsAcceptedAt: NOW,
      },
    });
  }
  return signed(fx.licence, { payerId: payer.id });
}

const staff = () => person(['ACCOUNTING']);

describe('booking a transfer by hand', () => {
  it('two staff booking the same transfer at once: booked once, the other told it is already booked', async () => {
    const c = await licenceFor();
    const [a, b] = await Promise.all([staff(), staff()]);
    const book = (bookedById: string) =>
      bookTransfer({
        chargeId: c.firstChargeId,
        amount: 123000,
        title: c.proforma!,
        bookedOn: '2026-11-25',
        bookedById,
      });
    const results = await Promise.allSettled([book(a.id), book(b.id)]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(String(refused.reason.message)).toMatch(/już zaksięgowana|już zaksięgowany/);

    expect(await db().bankTransfer.count({ where: { chargeId: c.firstChargeId } })).toBe(1);
    const orders = await db().order.findMany({ where: { items: { some: { chargeId: c.firstChargeId } } } });
    expect(orders).toHaveLength(1);
    expect(orders[0]).toMatchObject({ status: 'PAID', buyerType: 'COMPANY', nip: '7251801126', totalGross: 123000 });
    expect(await db().contract.findUniqueOrThrow({ where: { id: c.contractId } })).toMatchObject({ status: 'ACTIVE' });
    expect(await db().contractCharge.findUniqueOrThrow({ where: { id: c.firstChargeId } })).toMatchObject({
      status: 'PAID',
      paidVia: 'TRANSFER',
    });
  });

  it("the booked charge's order gets its VAT invoice, numbered in the invoice series, sold on the day of the transfer", async () => {
    const c = await licenceFor();
    const s = await staff();
    const { orderId } = await bookTransfer({
      chargeId: c.firstChargeId,
      amount: 123000,
      title: `Licencja ${c.proforma}`,
      bookedOn: '2026-11-26',
      bookedById: s.id,
    });
    await numberPendingInvoices();
    const invoice = await db().invoice.findUniqueOrThrow({ where: { orderId } });
    expect(invoice.kind).toBe('INVOICE');
    expect(invoice.number).toMatch(/^FV\/2026\/\d{6}$/);
    const snap = invoice.snapshot as { paymentMethod: string; buyer: { nip: string }; items: { totalGross: number }[] };
    expect(snap).toMatchObject({ paymentMethod: 'przelew bankowy', buyer: { nip: '7251801126' } });
    expect(snap.items).toEqual([expect.objectContaining({ totalGross: 123000, kind: 'CONTRACT_CHARGE' })]);
    expect(invoice.saleDate.toISOString()).toBe('2026-11-26T11:00:00.000Z'); // noon in Warsaw
  });

  it('a wrong amount is refused beside the field, and nothing is written', async () => {
    const c = await licenceFor();
    const s = await staff();
    await expect(
      bookTransfer({
        chargeId: c.firstChargeId,
        amount: 120000,
        title: c.proforma!,
        bookedOn: '2026-11-25',
        bookedById: s.id,
      }),
    ).rejects.toThrow(/Kwota przelewu nie zgadza się z pro formą \(oczekiwano 1230,00/);
    expect(await db().bankTransfer.count({ where: { chargeId: c.firstChargeId } })).toBe(0);
    expect(await db().order.count({ where: { items: { some: { chargeId: c.firstChargeId } } } })).toBe(0);
    expect((await db().contractCharge.findUniqueOrThrow({ where: { id: c.firstChargeId } })).status).toBe('OPEN');
  });

  it('someone without contracts:manage cannot book', async () => {
    const c = await licenceFor();
    const support = await person(['SUPPORT']);
    await expect(
      bookTransfer({
        chargeId: c.firstChargeId,
        amount: 123000,
        title: 'x',
        bookedOn: '2026-11-25',
        bookedById: support.id,
      }),
    ).rejects.toThrow(/uprawnie/);
  });
});

const statement = (lines: string[]) =>
  [
    ':20:MT940/20261128',
    ':25:/PL61114020040000350230599137',
    ':28C:00245/001',
    ':60F:C261127PLN000000100000,00',
    ...lines,
    ':62F:C261128PLN000000200000,00',
  ].join('\r\n');

describe('importing a bank statement', () => {
  it('books the lines matching a pro-forma and its amount, lists the rest, and books nothing twice when re-imported', async () => {
    const [paid, short] = [await licenceFor(), await licenceFor(false)];
    const s = await staff();
    const [y, seq] = paid.proforma!.split('/').slice(1);
    const text = statement([
      // The school's transfer; the bank split the number between ~20 and ~21.
      `:61:2611271127CN000000001230,00NTRFNONREF//BR261127001`,
      `:86:020~00PRZELEW PRZYCHODZĄCY~20Opłata licencyjna PF/${y}/${seq.slice(0, 3)}`,
      `~21${seq.slice(3)} szkoła~32LICEUM OGÓLNOKSZTAŁCĄCE NR 5~33 W ŁODZI`,
      // Too little for the other pro-forma.
      `:61:2611281128CN000000001000,00NTRFNONREF//BR261128002`,
      `:86:020~00PRZELEW~20${short.proforma}~32RODZIC KOWALSKI`,
      // A pro-forma we never issued.
      `:61:261128C500,00NTRFNONREF//BR261128003`,
      `:86:020~00PRZELEW~20PF/2026/999999~32KTOŚ`,
      // No pro-forma at all.
      `:61:261128C77,00NTRFNONREF//BR261128004`,
      `:86:020~00PRZELEW~20zwrot za obiad~32JAN NOWAK`,
      // Our own bank fee.
      `:61:261128D12,00NCHGNONREF//BR261128005`,
      `:86:073~00OPŁATA~20Prowadzenie rachunku`,
    ]);
    const first = await importStatement({
      fileName: 'wyciag-2026-11-28.sta',
      content: Buffer.from(text),
      importedById: s.id,
    });
    expect(first.booked).toBe(1);
    expect(first.lines.map((l) => [l.amount, l.proformaNumber, l.reason, l.matched])).toEqual([
      [123000, paid.proforma, 'booked', paid.firstChargeId],
      [100000, short.proforma, 'wrong-amount', null],
      [50000, 'PF/2026/999999', 'unknown-proforma', null],
      [7700, null, 'no-proforma', null],
      [1200, null, 'debit', null],
    ]);
    expect(first.lines[0].payerName).toBe('LICEUM OGÓLNOKSZTAŁCĄCE NR 5 W ŁODZI');
    expect(await db().contractCharge.findUniqueOrThrow({ where: { id: paid.firstChargeId } })).toMatchObject({
      status: 'PAID',
      paidVia: 'TRANSFER',
    });
    expect((await db().contractCharge.findUniqueOrThrow({ where: { id: short.firstChargeId } })).status).toBe('OPEN');
    const stored = await db().bankStatementImport.findUniqueOrThrow({ where: { id: first.importId } });
    expect((stored.lines as unknown[]).length).toBe(5);
    expect(await db().bankTransfer.count({ where: { importId: first.importId } })).toBe(1);

    const again = await importStatement({ fileName: 'wyciag-2026-11-28.sta', content: text, importedById: s.id });
    expect(again.booked).toBe(0);
    expect(again.lines[0].reason).toBe('already-booked');
    expect(await db().bankTransfer.count({ where: { chargeId: paid.firstChargeId } })).toBe(1);
    expect(await db().order.count({ where: { items: { some: { chargeId: paid.firstChargeId } } } })).toBe(1);
  });

  it('refuses a file that is not a statement', async () => {
    const s = await staff();
    await expect(
      importStatement({ fileName: 'lista.csv', content: 'Data;Kwota\n2026-11-27;10,00', importedById: s.id }),
    ).rejects.toThrow(/nie jest wyciągiem MT940/);
  });
});

describe('pro-formas', () => {
  it('are numbered gap-free in their own series; a charge keeps its number', async () => {
    const a = await licenceFor();
    const b = await licenceFor();
    const seq = (n: string) => Number(n.split('/')[2]);
    expect(seq(b.proforma!)).toBe(seq(a.proforma!) + 1);
    expect(await db().$transaction((tx) => assignProformaNumber(tx, a.firstChargeId, NOW))).toBe(a.proforma);
  });

  it('the PDF goes to the payer and to staff, to nobody else', async () => {
    const c = await licenceFor();
    const doc = await proformaDocumentFor(c.firstChargeId, { id: c.payerId, staff: false });
    expect(doc?.fileName).toBe(`proforma-${c.proforma!.replaceAll('/', '-')}.pdf`);
    expect(doc?.pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const stranger = await person();
    expect(await proformaDocumentFor(c.firstChargeId, { id: stranger.id, staff: false })).toBeNull();
    expect(await proformaDocumentFor(c.firstChargeId, { id: stranger.id, staff: true })).not.toBeNull();
  });
});
