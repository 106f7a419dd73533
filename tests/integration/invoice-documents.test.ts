// The sales document of each kind of buyer, read back from its PDF: a parent abroad gets an
// invoice with their address, one line per package, add-on and discount, in EUR; a consumer who
// asked for nothing gets a purchase confirmation that takes no invoice number, and can turn it
// into an invoice from the order page within art. 106b ust. 3's period, not after.
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { startLocalPayu } from '@/lib/payments/payu/simulator/local';
import { freePort } from '@/lib/db/dev/embedded';
import { handleOrderNotification } from '@/lib/settlement/notifications';
import { settleAtOnce } from '@/lib/settlement/settle-at-once';
import { registerParent } from '@/lib/families/registration';
import { addChild } from '@/lib/families/children';
import { placeFamilyOrder, rememberedAddress } from '@/lib/families/family-order';
import { familyOrderSchema } from '@/lib/families/schemas';
import { seedFamilySubjects } from '@/lib/demo/family-subjects';
import { saveRate } from '@/lib/families/rates';
import { fromWarsaw, warsawDateKey } from '@/lib/format/time';
import { numberPendingInvoices } from '@/lib/invoices/issue';
import { salesDocumentFor } from '@/lib/invoices/order-invoice-pdf';
import { invoiceRequestView, requestInvoice } from '@/lib/invoices/invoice-request';
import { UserError, userErrorText } from '@/lib/errors';

vi.mock('@/lib/jobs/queues', () => ({ dispatchEmails: async () => {}, enqueueMany: async () => {} }));
vi.mock('@/lib/jobs/boss', () => ({ boss: async () => ({ insert: async () => {} }), stopBoss: async () => {} }));

const pdfText = (pdf: Buffer) =>
  execFileSync('/usr/bin/pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf }).toString('utf8').replace(/\s+/g, ' ');
const invoicesNumbered = () => db().invoice.count({ where: { number: { not: null } } });

let sim: Awaited<ReturnType<typeof startLocalPayu>>;
const NOW = fromWarsaw(2026, 9, 3, 12);

beforeAll(async () => {
  sim = await startLocalPayu({ port: await freePort(), retryDelaysMs: [0], quiet: true });
  await seedFamilySubjects();
});
afterAll(async () => {
  await sim.close();
});

describe('a family order', () => {
  it('keeps the address from the form and gets an invoice with it, each line apart, in EUR', async () => {
    const { id } = await registerParent({
      firstName: 'Anna',
      lastName: 'Nowak',
      email: 'anna.berlin@example.pl',
      phone: '',
      country: 'DE',
      password: 'Haslo12345x',
    });
    const p = await db().user.findUniqueOrThrow({
      where: { id },
      select: { id: true, firstName: true, lastName: true, email: true },
    });
    const child = (fullName: string, login: string) =>
      addChild(p.id, { fullName, birthYear: 2016, login, password: 'Haslo12345x' }, NOW);
    const ola = await child('Ola Nowak', 'ola.berlin');
    const jan = await child('Jan Nowak', 'jan.berlin');
    expect(await rememberedAddress(p.id)).toEqual({
      address: { street: '', postalCode: '', city: '', country: 'DE' },
      remembered: false,
    });

    // The pay form: a Polish postal code in Germany is refused beside its field; Premium
    // would need a shipping address, Standard does not.
    const form = {
      checkoutKey: 'family-invoice-key-01',
      payMethod: 'card',
      terms: 'on',
      [`pkg_${ola}`]: 'STANDARD',
      [`pkg_${jan}`]: 'STANDARD',
      [`exam_${ola}`]: 'MATEMATYKA',
      street: 'Hauptstraße 5',
      postalCode: '00-950',
      city: 'Berlin',
      country: 'DE',
    };
    const bad = familyOrderSchema().safeParse(form);
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['postalCode', 'Podaj kod pocztowy w formacie tego kraju, np. 10115.'],
    ]);
    const premium = familyOrderSchema().safeParse({ ...form, postalCode: '10115', [`pkg_${jan}`]: 'PREMIUM' });
    expect(premium.error!.issues.map((i) => i.path.join('.'))).toEqual([
      'shippingName',
      'shippingStreet',
      'shippingCity',
      'shippingCountry',
    ]);
    const parsed = familyOrderSchema().parse({ ...form, postalCode: '10115' });
    expect(parsed.address).toEqual({
      billing: { street: 'Hauptstraße 5', postalCode: '10115', city: 'Berlin', country: 'DE' },
      shipping: null,
    });

    const choices = [
      { childId: ola, package: 'STANDARD', exams: ['MATEMATYKA'] },
      { childId: jan, package: 'STANDARD' },
    ];
    // Add-ons priced in złoty are converted at the rate of the day of the order.
    await saveRate({ currency: 'EUR', effectiveOn: '2026-09-02', rate: 42_500, source: 'NBP' });
    const placed = await placeFamilyOrder(p, choices, 'card', form.checkoutKey, '10.0.0.1', NOW, parsed.address);
    const order = await db().order.findUniqueOrThrow({ where: { id: placed.orderId } });
    expect(order).toMatchObject({
      street: 'Hauptstraße 5',
      postalCode: '10115',
      city: 'Berlin',
      country: 'DE',
      immediateDeliveryConsent: false,
    });

    const today = warsawDateKey(new Date());
    const dayBefore = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    await saveRate({ currency: 'EUR', effectiveOn: dayBefore, rate: 42_386, source: 'NBP' });
    const payment = await db().payment.findFirstOrThrow({ where: { orderId: order.id } });
    sim.orders.get(payment.payuOrderId!)!.status = 'COMPLETED';
    await handleOrderNotification({
      kind: 'order',
      orderId: payment.payuOrderId!,
      extOrderId: payment.extOrderId,
      status: 'COMPLETED',
      totalAmount: payment.amount,
      currencyCode: payment.currency,
    });
    await numberPendingInvoices();

    const doc = await salesDocumentFor(order.id, p.id);
    expect(doc?.kind).toBe('INVOICE');
    const text = pdfText(doc!.pdf);
    for (const s of [
      'Faktura VAT',
      'NABYWCA',
      'Anna Nowak',
      'Hauptstraße 5 10115 Berlin Niemcy',
      'Pakiet Standard 2026/2027 — Ola Nowak',
      'Pakiet Standard 2026/2027 — Jan Nowak (rabat dla rodzeństwa)',
      '699,00 € −230,00 €',
      'usł.',
      'Kwota VAT w złotych',
    ])
      expect(text).toContain(s);
    expect(text).toMatch(/Egzamin: matematyka[^—]*— Ola Nowak/);
    expect(text.replace(/\s/g, '')).toContain(
      `Razemdozapłaty:${(order.totalGross / 100).toFixed(2).replace('.', ',')}€`,
    );
    expect(doc!.fileName).toMatch(/^FV-\d{4}-\d{6}\.pdf$/);

    // The next order's form starts from this address.
    expect(await rememberedAddress(p.id)).toEqual({
      address: { street: 'Hauptstraße 5', postalCode: '10115', city: 'Berlin', country: 'DE' },
      remembered: true,
    });
  });

  it('stores where Premium books go, and prints it on the invoice', async () => {
    const { id } = await registerParent({
      firstName: 'Ewa',
      lastName: 'Lis',
      email: 'ewa.london@example.pl',
      phone: '',
      country: 'GB',
      password: 'Haslo12345x',
    });
    const p = await db().user.findUniqueOrThrow({
      where: { id },
      select: { id: true, firstName: true, lastName: true, email: true },
    });
    const ada = await addChild(
      p.id,
      { fullName: 'Ada Lis', birthYear: 2016, login: 'ada.london', password: 'Haslo12345x' },
      NOW,
    );
    const parsed = familyOrderSchema().parse({
      checkoutKey: 'family-invoice-key-02',
      payMethod: 'card',
      terms: 'on',
      [`pkg_${ada}`]: 'PREMIUM',
      street: '10 Downing Street',
      postalCode: 'sw1a2aa',
      city: 'London',
      country: 'GB',
      shippingName: 'Babcia Lis',
      shippingStreet: 'ul. Długa 5',
      shippingPostalCode: '80831',
      shippingCity: 'Gdańsk',
      shippingCountry: 'PL',
    });
    expect(parsed.address.billing.postalCode).toBe('SW1A 2AA');
    const placed = await placeFamilyOrder(
      p,
      [{ childId: ada, package: 'PREMIUM' }],
      'card',
      'family-invoice-key-02',
      '10.0.0.1',
      NOW,
      parsed.address,
    );
    const order = await db().order.findUniqueOrThrow({ where: { id: placed.orderId } });
    expect(order).toMatchObject({
      currency: 'GBP',
      postalCode: 'SW1A 2AA',
      shippingName: 'Babcia Lis',
      shippingStreet: 'ul. Długa 5',
      shippingPostalCode: '80-831',
      shippingCity: 'Gdańsk',
      shippingCountry: 'PL',
    });
    const payment = await db().payment.findFirstOrThrow({ where: { orderId: order.id } });
    sim.orders.get(payment.payuOrderId!)!.status = 'COMPLETED';
    await handleOrderNotification({
      kind: 'order',
      orderId: payment.payuOrderId!,
      extOrderId: payment.extOrderId,
      status: 'COMPLETED',
      totalAmount: payment.amount,
      currencyCode: payment.currency,
    });
    await numberPendingInvoices();
    const text = pdfText((await salesDocumentFor(order.id, p.id))!.pdf);
    for (const s of [
      '10 Downing Street SW1A 2AA London Wielka Brytania',
      'ADRES DOSTAWY (LEKTURY)',
      'Babcia Lis ul. Długa 5 80-831 Gdańsk',
      '1039,00 £',
      '194,28 £',
      'Razem do zapłaty: 1039,00 GBP',
    ])
      expect(text).toContain(s);
  });
});

let k = 0;
/** A consumer's course order paid at `paidAt`, without an invoice request at checkout. */
async function consumerOrder(paidAt: Date) {
  const n = ++k;
  const user = await db().user.create({
    data: {
      email: `konsument${n}@example.pl`,
      firstName: 'Jan',
      lastName: 'Kowalski',
      passwordHash: 'x',
      country: 'PL',
    },
  });
  const course = await db().course.create({
    data: {
      slug: `paragon-${n}`,
      title: `Excel ${n}`,
      summary: 's',
      description: 'd',
      syllabus: [],
      category: { create: { slug: `paragon-${n}`, name: 'P' } },
      accessMonths: null,
      priceGross: 19900,
    },
  });
  const o = await db().order.create({
    data: {
      number: `ZAM-PZ-${n}`,
      checkoutKey: `pz-${n}`,
      userId: user.id,
      totalGross: 19900,
      buyerType: 'PERSON',
      buyerName: 'Jan Kowalski',
      buyerEmail: user.email!,
      termsVersion: 't',
      termsAcceptedAt: paidAt,
      items: {
        create: [{ courseId: course.id, name: `Kurs „Excel ${n}”`, quantity: 1, unitGross: 19900, totalGross: 19900 }],
      },
      payments: {
        create: { extOrderId: `PZ-E${n}`, payuOrderId: `PZ-P${n}`, amount: 19900, currency: 'PLN', status: 'PENDING' },
      },
    },
  });
  const notice = { orderId: `PZ-P${n}`, extOrderId: `PZ-E${n}`, totalAmount: 19900, currencyCode: 'PLN' };
  expect(await settleAtOnce(notice, 'notification', paidAt)).not.toBeNull();
  await numberPendingInvoices();
  return { user, order: o };
}

const address = { street: 'ul. Polna 1', postalCode: '30-001', city: 'Kraków', country: 'PL' };

describe("a consumer's purchase", () => {
  it('gets a purchase confirmation that uses no invoice number, and an invoice when asked in time', async () => {
    const before = await invoicesNumbered();
    const now = new Date();
    const { user, order } = await consumerOrder(new Date(now.getTime() - 10 * 86_400_000));
    expect(await invoicesNumbered()).toBe(before);
    const receipt = await salesDocumentFor(order.id, user.id);
    expect(receipt?.kind).toBe('RECEIPT');
    expect(receipt!.fileName).toBe(`potwierdzenie-zakupu-${order.number}.pdf`);
    const text = pdfText(receipt!.pdf);
    expect(text).toContain(`Potwierdzenie zakupu do zamówienia ${order.number}`);
    expect(text).toContain('Ten dokument nie jest fakturą VAT.');
    expect(text).not.toContain('FV/');
    expect(await invoiceRequestView(user.id, order.id)).toMatchObject({ state: 'open' });
    // Someone else's order is not found.
    const other = await db().user.create({
      data: { email: 'inny@example.pl', firstName: 'I', lastName: 'N', passwordHash: 'x' },
    });
    await expect(requestInvoice(other.id, order.id, address)).rejects.toThrow(/not found/);

    const number = await requestInvoice(user.id, order.id, address);
    expect(number).toMatch(/^FV\/\d{4}\/\d{6}$/);
    expect(await invoicesNumbered()).toBe(before + 1);
    const invoice = await salesDocumentFor(order.id, user.id);
    expect(invoice?.kind).toBe('INVOICE');
    const invoiceText = pdfText(invoice!.pdf);
    for (const s of [
      'Faktura VAT',
      `nr ${number}`,
      'NABYWCA',
      'Jan Kowalski',
      'ul. Polna 1 30-001 Kraków',
      '199,00 zł',
    ])
      expect(invoiceText).toContain(s);
    expect(invoiceText).not.toContain('Polska');
    expect(await db().order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject(address);
    expect(await invoiceRequestView(user.id, order.id)).toMatchObject({ state: 'issued' });

    // Asking again changes nothing.
    const again = await requestInvoice(user.id, order.id, address).catch((e) => e);
    expect(again).toBeInstanceOf(UserError);
    expect(userErrorText(again).error).toBe('Do tego zamówienia faktura jest już wystawiona.');
    expect(await invoicesNumbered()).toBe(before + 1);
  });

  it('is refused an invoice once 3 months from the end of the month of payment have passed', async () => {
    const paidAt = fromWarsaw(2026, 7, 10, 12);
    const { user, order } = await consumerOrder(paidAt);
    const before = await invoicesNumbered();
    // Paid in July: the last day to ask is 31 October.
    expect(
      await requestInvoice(user.id, order.id, address, fromWarsaw(2026, 10, 31, 23, 59)).then(
        () => 'issued',
        (e) => e,
      ),
    ).toBe('issued');
    const late = await consumerOrder(paidAt);
    const err = await requestInvoice(late.user.id, late.order.id, address, fromWarsaw(2026, 11, 1, 0, 0)).catch(
      (e) => e,
    );
    expect(err).toBeInstanceOf(UserError);
    expect(userErrorText(err).error).toContain('Termin na prośbę o fakturę minął');
    expect(await invoicesNumbered()).toBe(before + 1);
    expect((await db().invoice.findUniqueOrThrow({ where: { orderId: late.order.id } })).kind).toBe('RECEIPT');
    expect(await invoiceRequestView(late.user.id, late.order.id, fromWarsaw(2026, 11, 1))).toMatchObject({
      state: 'expired',
    });
  });
});
