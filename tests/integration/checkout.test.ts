import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { startLocalPayu } from '@/lib/payments/payu/simulator/local';
import { freePort } from '@/lib/db/dev/embedded';
import { addToCart, cartSummary, findCart, setCartQuantity } from '@/lib/orders/cart';
import { placeOrder } from '@/lib/orders/place-order';
import { listOrdersForStaff } from '@/lib/orders/queries';
import { refundOrder } from '@/lib/settlement/refunds';
import { handleOrderNotification } from '@/lib/settlement/notifications';
import { PAYU_DOWN } from '@/lib/orders/payment-attempt';
import type { CurrentUser } from '@/lib/auth/session';

vi.mock('@/lib/jobs/queues', () => ({ dispatchEmails: async () => {}, enqueueMany: async () => {} }));

let port: number;
let sim: Awaited<ReturnType<typeof startLocalPayu>>;
let offer1: string;
let offer30: string;
let courseId: string;

beforeAll(async () => {
  port = await freePort();
  sim = await startLocalPayu({ port, retryDelaysMs: [0], quiet: true });
  const category = await db().category.create({ data: { slug: 'c', name: 'C' } });
  const course = await db().course.create({
    data: {
      slug: 'excel',
      title: 'Excel',
      summary: 's',
      description: 'd',
      syllabus: [],
      categoryId: category.id,
      accessMonths: 12,
      priceGross: 19900,
    },
  });
  courseId = course.id;
  offer1 = (await db().courseOffer.create({ data: { courseId, seats: 1, priceGross: 19900 } })).id;
  offer30 = (await db().courseOffer.create({ data: { courseId, seats: 30, priceGross: 507500 } })).id;
});
afterAll(async () => {
  await sim.close();
});

let n = 0;
async function buyer(): Promise<CurrentUser> {
  const k = ++n;
  const u = await db().user.create({
    data: { email: `k${k}@example.pl`, firstName: 'Ewa', lastName: 'Łąka', passwordHash: 'x' },
  });
  return { id: u.id, email: u.email, login: null, firstName: u.firstName, lastName: u.lastName, roles: u.roles };
}
const input = (key: string, extra: Record<string, unknown> = {}) =>
  ({ checkoutKey: key, buyerType: 'PERSON', payMethod: 'blik', terms: 'on', ...extra }) as Parameters<
    typeof placeOrder
  >[2];

describe('cart', () => {
  it('keeps a guest cart and merges it into the account on login', async () => {
    const user = await buyer();
    const { token } = await addToCart({ token: null, userId: null }, offer1);
    expect(cartSummary(await findCart({ token, userId: null })).gross).toBe(19900);
    const merged = await findCart({ token, userId: user.id });
    expect(merged?.userId).toBe(user.id);
    expect(cartSummary(merged).lines.map((l) => l.offerId)).toEqual([offer1]);
  });

  it('keeps every line at one: a group buys a bigger package, not copies of a smaller one', async () => {
    const { token } = await addToCart({ token: null, userId: null }, offer30);
    await addToCart({ token, userId: null }, offer1);
    const cart = (await findCart({ token, userId: null }))!;
    const single = cart.items.find((i) => i.offer.seats === 1)!;
    const group = cart.items.find((i) => i.offer.seats === 30)!;
    await expect(setCartQuantity({ token, userId: null }, single.id, 3)).rejects.toThrow(/jednym egzemplarzu/);
    await expect(setCartQuantity({ token, userId: null }, group.id, 2)).rejects.toThrow(
      /Pakiet grupowy kupuje się raz/,
    );
    const s = cartSummary(await findCart({ token, userId: null }));
    expect(s.gross).toBe(19900 + 507500);
    expect(s.lines.every((l) => !l.quantityEditable)).toBe(true);
    expect(s.net + s.vat).toBe(s.gross);
  });

  it('refuses at checkout a package line left at 3 from before the rule', async () => {
    const user = await buyer();
    await addToCart({ token: null, userId: user.id }, offer30);
    await db().cartItem.updateMany({ where: { cart: { userId: user.id } }, data: { quantity: 3 } });
    const company = {
      buyerType: 'COMPANY',
      companyName: 'Firma',
      nip: '5260250995',
      street: 'Ul 1',
      postalCode: '00-001',
      city: 'W',
    };
    await expect(
      placeOrder(user, { token: null, userId: user.id }, input('key-q', company), '10.0.0.1'),
    ).rejects.toThrow(/w kilku egzemplarzach/);
    expect(await db().order.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe('checkout', () => {
  it('prices the order from the catalogue and sends the buyer to PayU', async () => {
    const user = await buyer();
    const { token } = await addToCart({ token: null, userId: user.id }, offer1);
    const placed = await placeOrder(user, { token, userId: user.id }, input('key-a'), '10.0.0.1');
    expect(placed.redirectUri).toContain(`${sim.url}/pay/`);
    const order = await db().order.findUniqueOrThrow({
      where: { id: placed.orderId },
      include: { payments: true, items: true },
    });
    expect(order.totalGross).toBe(19900);
    expect(order.items[0]).toMatchObject({ unitGross: 19900, quantity: 1 });
    expect(order.payments[0].payuOrderId).toBeTruthy();
    expect(cartSummary(await findCart({ token, userId: user.id })).lines).toHaveLength(0);
    // The same form sent again continues this order instead of making another.
    const again = await placeOrder(user, { token, userId: user.id }, input('key-a'), '10.0.0.1');
    expect(again).toEqual(placed); // same order, same PayU page: no second PayU order
    expect(await db().order.count({ where: { userId: user.id } })).toBe(1);
    expect(await db().payment.count({ where: { orderId: placed.orderId } })).toBe(1);
  });

  it('refuses a group package to a private person', async () => {
    const user = await buyer();
    await addToCart({ token: null, userId: user.id }, offer30);
    await expect(placeOrder(user, { token: null, userId: user.id }, input('key-b'), '10.0.0.1')).rejects.toThrow(
      /Pakiet grupowy kupuje firma/,
    );
  });

  it('with PayU down, says to try again and keeps the cart; the retry uses a new extOrderId', async () => {
    const user = await buyer();
    await addToCart({ token: null, userId: user.id }, offer1);
    await sim.close();
    await expect(placeOrder(user, { token: null, userId: user.id }, input('key-c'), '10.0.0.1')).rejects.toThrow(
      PAYU_DOWN,
    );
    expect(cartSummary(await findCart({ token: null, userId: user.id })).lines).toHaveLength(1);
    sim = await startLocalPayu({ port, retryDelaysMs: [0], quiet: true });
    const placed = await placeOrder(user, { token: null, userId: user.id }, input('key-c'), '10.0.0.1');
    const payments = await db().payment.findMany({ where: { orderId: placed.orderId }, orderBy: { createdAt: 'asc' } });
    expect(payments.map((p) => p.status)).toEqual(['CANCELED', 'NEW']);
    expect(new Set(payments.map((p) => p.extOrderId)).size).toBe(2);
  });

  it('a staff refund goes through PayU and revokes what it paid for', async () => {
    const user = await buyer();
    await addToCart({ token: null, userId: user.id }, offer1);
    const placed = await placeOrder(user, { token: null, userId: user.id }, input('key-d'), '10.0.0.1');
    const payment = await db().payment.findFirstOrThrow({ where: { orderId: placed.orderId } });
    await handleOrderNotification({
      kind: 'order',
      orderId: payment.payuOrderId!,
      extOrderId: payment.extOrderId,
      status: 'COMPLETED',
      totalAmount: 19900,
      currencyCode: 'PLN',
    });
    expect((await db().enrolment.findFirstOrThrow({ where: { userId: user.id } })).status).toBe('ACTIVE');
    // The simulator only refunds orders it saw paid: pay it there too.
    sim.orders.get(payment.payuOrderId!)!.status = 'COMPLETED';

    await expect(
      refundOrder({ orderId: placed.orderId, amount: 50000, itemIds: [], description: 'x', staffId: user.id }),
    ).rejects.toThrow(/Kwota zwrotu/);
    const items = await db().orderItem.findMany({ where: { orderId: placed.orderId } });
    await refundOrder({
      orderId: placed.orderId,
      amount: 19900,
      itemIds: items.map((i) => i.id),
      description: 'Rezygnacja',
      staffId: user.id,
    });
    const order = await db().order.findUniqueOrThrow({ where: { id: placed.orderId }, include: { refunds: true } });
    expect(order).toMatchObject({ status: 'REFUNDED', refundedGross: 19900 });
    expect(order.refunds[0].payuRefundId).toBeTruthy();
    expect((await db().enrolment.findFirstOrThrow({ where: { userId: user.id } })).status).toBe('REVOKED');
  });
});

describe('checkout keys are their owner’s', () => {
  it('a checkout with another person’s key ends at once with a clear error, in a bounded number of transactions', async () => {
    const owner = await buyer();
    await addToCart({ token: null, userId: owner.id }, offer1);
    await placeOrder(owner, { token: null, userId: owner.id }, input('key-owned'), '10.0.0.1');

    const stranger = await buyer();
    await addToCart({ token: null, userId: stranger.id }, offer1);
    // Today's recursion would run for ever: the spy stops it after a few transactions.
    const client = db();
    const real = client.$transaction.bind(client);
    let transactions = 0;
    const spy = vi.spyOn(client, '$transaction').mockImplementation(((...args: Parameters<typeof real>) => {
      if (++transactions > 5) throw new Error('checkout looped');
      return real(...args);
    }) as typeof real);
    try {
      await expect(
        placeOrder(stranger, { token: null, userId: stranger.id }, input('key-owned'), '10.0.0.1'),
      ).rejects.toThrow(/formularz zamówienia jest już nieaktualny/);
    } finally {
      spy.mockRestore();
    }
    expect(transactions).toBeLessThanOrEqual(2);
    expect(await db().order.count({ where: { userId: stranger.id } })).toBe(0);
    expect(cartSummary(await findCart({ token: null, userId: stranger.id })).lines).toHaveLength(1);
  });

  it('two sends of one form at the same moment make one order', async () => {
    const user = await buyer();
    await addToCart({ token: null, userId: user.id }, offer1);
    const owner = { token: null, userId: user.id };
    const [a, b] = await Promise.all([
      placeOrder(user, owner, input('key-race'), '10.0.0.1'),
      placeOrder(user, owner, input('key-race'), '10.0.0.1'),
    ]);
    expect(a.orderId).toBe(b.orderId);
    expect(await db().order.count({ where: { userId: user.id } })).toBe(1);
  });
});

describe('staff order search', () => {
  it('treats % and _ as letters, not LIKE wildcards, and survives a NUL byte', async () => {
    const names = ['Ala_Kot', 'AlaXKot', '100%Pewna', '100 Pewna'];
    for (const [i, lastName] of names.entries()) {
      const u = await db().user.create({
        data: { email: `szukaj${i}@example.pl`, firstName: 'Zofia', lastName, passwordHash: 'x' },
      });
      const user = { id: u.id, email: u.email, login: null, firstName: u.firstName, lastName, roles: u.roles };
      await addToCart({ token: null, userId: u.id }, offer1);
      await placeOrder(user, { token: null, userId: u.id }, input(`key-search-${i}`), '10.0.0.1');
    }
    const found = async (q: string) => (await listOrdersForStaff({ q })).map((o) => o.buyerName).sort();
    expect(await found('Ala_Kot')).toEqual(['Zofia Ala_Kot']);
    expect(await found('100%')).toEqual(['Zofia 100%Pewna']);
    expect(await found('Zofia 100')).toEqual(['Zofia 100 Pewna', 'Zofia 100%Pewna']);
    expect(await found('%')).toEqual(['Zofia 100%Pewna']);
    expect(await found('Ala\u0000_Kot')).toEqual(['Zofia Ala_Kot']);
  });
});
