// Shared by the refund and withdrawal tests: two courses, consumers, and an order paid through the
// PayU simulator (which refunds only what it saw paid). Call setUpCoursePurchases() at a file's top.
import { afterAll, beforeAll } from 'vitest';
import { db } from '@/lib/db/client';
import { startLocalPayu } from '@/lib/payments/payu/simulator/local';
import { addToCart } from '@/lib/orders/cart';
import { placeOrder } from '@/lib/orders/place-order';
import { handleOrderNotification } from '@/lib/settlement/notifications';
import { freePort } from '@/lib/db/dev/embedded';
import type { CurrentUser } from '@/lib/auth/session';

export function setUpCoursePurchases() {
  const shop = {
    sim: undefined as unknown as Awaited<ReturnType<typeof startLocalPayu>>,
    offer1: '',
    offer2: '',
  };
  beforeAll(async () => {
    shop.sim = await startLocalPayu({ port: await freePort(), retryDelaysMs: [0], quiet: true });
    const category = await db().category.create({ data: { slug: 'w', name: 'W' } });
    const course = (slug: string) =>
      db().course.create({
        data: {
          slug,
          title: slug,
          summary: 's',
          description: 'd',
          syllabus: [],
          categoryId: category.id,
          accessMonths: 12,
          priceGross: 19900,
        },
      });
    const [a, b] = await Promise.all([course('excel'), course('rodo')]);
    shop.offer1 = (await db().courseOffer.create({ data: { courseId: a.id, seats: 1, priceGross: 19900 } })).id;
    shop.offer2 = (await db().courseOffer.create({ data: { courseId: b.id, seats: 1, priceGross: 14900 } })).id;
  });
  afterAll(async () => {
    await shop.sim.close();
  });

  let n = 0;
  async function buyer(): Promise<CurrentUser> {
    const u = await db().user.create({
      data: { email: `w${++n}@example.pl`, firstName: 'Ewa', lastName: 'Łąka', passwordHash: 'x' },
    });
    return { id: u.id, email: u.email, login: null, firstName: u.firstName, lastName: u.lastName, roles: u.roles };
  }

  /** A paid order for one consumer, paid in the simulator too; `invoice`: they asked for a VAT invoice. */
  async function paidOrder(opts: { consent?: boolean; offers?: string[]; invoice?: boolean } = {}) {
    const user = await buyer();
    for (const offer of opts.offers ?? [shop.offer1]) await addToCart({ token: null, userId: user.id }, offer);
    const placed = await placeOrder(
      user,
      { token: null, userId: user.id },
      {
        checkoutKey: `key-${n}`,
        buyerType: 'PERSON',
        payMethod: 'blik',
        terms: 'on',
        ...(opts.consent ? { immediateDelivery: 'on' } : {}),
        ...(opts.invoice ? { wantsInvoice: 'on', street: 'Lipowa 1', postalCode: '00-001', city: 'Warszawa' } : {}),
      } as Parameters<typeof placeOrder>[2],
      '10.0.0.1',
    );
    const payment = await db().payment.findFirstOrThrow({ where: { orderId: placed.orderId } });
    await handleOrderNotification({
      kind: 'order',
      orderId: payment.payuOrderId!,
      extOrderId: payment.extOrderId,
      status: 'COMPLETED',
      totalAmount: payment.amount,
      currencyCode: 'PLN',
    });
    shop.sim.orders.get(payment.payuOrderId!)!.status = 'COMPLETED';
    const order = await db().order.findUniqueOrThrow({ where: { id: placed.orderId } });
    return { user, order };
  }

  const mails = (to: string, template: string) => db().emailMessage.count({ where: { to, template } });
  return { shop, buyer, paidOrder, mails };
}
