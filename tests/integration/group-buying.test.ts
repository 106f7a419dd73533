// Buying right for a company: a top-up adds paid seats to the existing group (priced per seat by
// the ladder), the package's payment e-mail sends HR to the group, invoice data is remembered.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { startLocalPayu } from '@/lib/payments/payu/simulator/local';
import { freePort } from '@/lib/db/dev/embedded';
import { addToCart, addTopUpToCart, cartSummary, findCart } from '@/lib/orders/cart';
import { placeOrder } from '@/lib/orders/place-order';
import { lastInvoiceData } from '@/lib/orders/invoice-defaults';
import { showsBuying } from '@/lib/orders/shows-buying';
import { handleOrderNotification } from '@/lib/settlement/notifications';
import { renderedBody } from '@/lib/mail/stored';
import { refundOrder, undoRefund } from '@/lib/settlement/refunds';
import type { CurrentUser } from '@/lib/auth/session';
import { makeGroup } from './groups-fixtures';

vi.mock('@/lib/jobs/queues', () => ({ dispatchEmails: async () => {}, enqueueMany: async () => {} }));

let sim: Awaited<ReturnType<typeof startLocalPayu>>;
beforeAll(async () => {
  sim = await startLocalPayu({ port: await freePort(), retryDelaysMs: [0], quiet: true });
});
afterAll(async () => {
  await sim.close();
});

const company = {
  buyerType: 'COMPANY',
  companyName: 'Hydro-Tech Sp. z o.o.',
  nip: '526-025-09-95',
  street: 'Prosta 5',
  postalCode: '00-838',
  city: 'Warszawa',
  payMethod: 'blik',
  terms: 'on',
};
const input = (key: string) => ({ checkoutKey: key, ...company }) as unknown as Parameters<typeof placeOrder>[2];

async function adminUser(id: string): Promise<CurrentUser> {
  const u = await db().user.findUniqueOrThrow({ where: { id } });
  return { id: u.id, email: u.email, login: null, firstName: u.firstName, lastName: u.lastName, roles: u.roles };
}

/** A group of `seats` whose course sells the ladder: 1 person 99 zł, 30 → 2 524 zł, 100 → 7 425 zł. */
async function groupWithLadder(seats: number) {
  const g = await makeGroup(seats);
  const offers = await Promise.all(
    [
      [1, 9900],
      [30, 252400],
      [100, 742500],
    ].map(([s, price]) => db().courseOffer.create({ data: { courseId: g.course.id, seats: s, priceGross: price } })),
  );
  return { ...g, user: await adminUser(g.admin.id), offer30: offers[1].id };
}

async function pay(orderId: string) {
  const order = await db().order.findUniqueOrThrow({ where: { id: orderId }, include: { payments: true } });
  const p = order.payments[0];
  await handleOrderNotification({
    kind: 'order',
    orderId: p.payuOrderId!,
    extOrderId: p.extOrderId,
    status: 'COMPLETED',
    totalAmount: order.totalGross,
    currencyCode: 'PLN',
  });
}

describe('a top-up into an existing group', () => {
  it('prices the added seats at the tier the group reaches and adds them to that group when paid', async () => {
    const g = await groupWithLadder(100);
    const owner = { token: null, userId: g.user.id };
    await addTopUpToCart(owner, g.groupId, 20);
    const summary = cartSummary(await findCart(owner));
    // 100 + 20 reaches the 100 package: 7 425 zł / 100 = 74,25 zł a seat.
    expect(summary.lines).toHaveLength(1);
    expect(summary.lines[0]).toMatchObject({ seats: 20, quantity: 1, unitGross: 20 * 7425, topUpGroupId: g.groupId });
    expect(summary.hasGroupPackage).toBe(true);

    const placed = await placeOrder(g.user, owner, input('top-up-1'), '10.0.0.1');
    await pay(placed.orderId);

    const group = await db().group.findUniqueOrThrow({ where: { id: g.groupId } });
    expect(group.seats).toBe(120);
    expect(await db().group.count({ where: { ownerId: g.user.id } })).toBe(1);
    const order = await db().order.findUniqueOrThrow({ where: { id: placed.orderId }, include: { items: true } });
    expect(order.status).toBe('PAID');
    expect(order.items[0]).toMatchObject({ topUpGroupId: g.groupId, seats: 20, totalGross: 148500 });
    // The payment e-mail sends HR to the group the seats went to, not to the list of groups.
    const mail = await db().emailMessage.findFirstOrThrow({
      where: { template: 'order-paid', props: { path: ['orderId'], equals: placed.orderId } },
    });
    expect((mail.props as { place: string }).place).toBe(`/grupy/${g.groupId}`);
    const { text } = await renderedBody(mail);
    expect(text).toContain('Dokupione miejsca są już w grupie');
    expect(text).toContain(`/grupy/${g.groupId}`);
    // The same notification again grants nothing more.
    await pay(placed.orderId);
    expect((await db().group.findUniqueOrThrow({ where: { id: g.groupId } })).seats).toBe(120);
  });

  it('a staff refund of a top-up takes back the seats it added, only while they are free; a cancelled refund gives them back', async () => {
    const g = await groupWithLadder(30);
    const owner = { token: null, userId: g.user.id };
    await addTopUpToCart(owner, g.groupId, 20);
    const placed = await placeOrder(g.user, owner, input('top-up-refund'), '10.0.0.1');
    await pay(placed.orderId);
    const order = await db().order.findUniqueOrThrow({ where: { id: placed.orderId }, include: { payments: true } });
    sim.orders.get(order.payments[0].payuOrderId!)!.status = 'COMPLETED'; // the simulator refunds paid orders only
    const staff = await db().user.create({
      data: {
        email: `zespol-${placed.orderId}@planeta.pl`,
        firstName: 'Z',
        lastName: 'Z',
        passwordHash: 'x',
        roles: ['ADMINISTRATOR'],
      },
    });
    const refund = () =>
      refundOrder({
        orderId: order.id,
        amount: order.totalGross,
        itemIds: [],
        description: 'Zwrot',
        staffId: staff.id,
      });

    // 50 seats, 40 taken by accounts: the 20 added cannot all come back, and nothing is written.
    await db().group.update({ where: { id: g.groupId }, data: { seatsUsed: 40 } });
    await expect(refund()).rejects.toThrow(/cofa 20 dokupionych miejsc, a w grupie wolnych jest tylko 10/);
    expect((await db().group.findUniqueOrThrow({ where: { id: g.groupId } })).seats).toBe(50);
    expect((await db().order.findUniqueOrThrow({ where: { id: order.id } })).refundedGross).toBe(0);
    expect(await db().refund.count({ where: { orderId: order.id } })).toBe(0);

    // With 25 taken the 20 are free: the refund takes them back, the group keeps its 30.
    await db().group.update({ where: { id: g.groupId }, data: { seatsUsed: 25 } });
    const done = await refund();
    expect(done.amount).toBe(order.totalGross);
    expect((await db().group.findUniqueOrThrow({ where: { id: g.groupId } })).seats).toBe(30);
    // PayU cancels the refund: the money did not go, so the seats come back (once).
    await undoRefund(done.refundId, 'CANCELED', null);
    await undoRefund(done.refundId, 'CANCELED', null);
    expect((await db().group.findUniqueOrThrow({ where: { id: g.groupId } })).seats).toBe(50);
  });

  it('refuses a top-up into someone else’s group, too few seats, or beside a package of the course', async () => {
    const g = await groupWithLadder(30);
    const other = await groupWithLadder(30);
    await expect(addTopUpToCart({ token: null, userId: other.user.id }, g.groupId, 10)).rejects.toThrow(
      /Nie znaleziono tej grupy/,
    );
    await expect(addTopUpToCart({ token: null, userId: g.user.id }, g.groupId, 4)).rejects.toThrow(/od 5 do 1000/);
    await addToCart({ token: null, userId: g.user.id }, g.offer30);
    await expect(addTopUpToCart({ token: null, userId: g.user.id }, g.groupId, 10)).rejects.toThrow(
      /jest już pakiet tego kursu/,
    );
  });
});

describe('a group package order', () => {
  it('sends HR to the new group from the payment e-mail and remembers the invoice data', async () => {
    const g = await groupWithLadder(30);
    const newcomer = await db().user.create({
      data: { email: 'nowa@firma.pl', firstName: 'N', lastName: 'K', passwordHash: 'x' },
    });
    expect(await lastInvoiceData(newcomer.id)).toBeNull();
    expect(await lastInvoiceData(g.user.id)).toMatchObject({ nip: '5260250274' }); // the fixture's order
    const owner = { token: null, userId: g.user.id };
    await addToCart(owner, g.offer30);
    const placed = await placeOrder(g.user, owner, input('package-1'), '10.0.0.1');
    await pay(placed.orderId);

    const group = await db().group.findFirstOrThrow({ where: { orderItem: { orderId: placed.orderId } } });
    expect(group.seats).toBe(30);
    const mail = await db().emailMessage.findFirstOrThrow({
      where: { template: 'order-paid', props: { path: ['orderId'], equals: placed.orderId } },
    });
    expect((mail.props as { place: string }).place).toBe(`/grupy/${group.id}`);

    expect(await lastInvoiceData(g.user.id)).toEqual({
      buyerType: 'COMPANY',
      companyName: 'Hydro-Tech Sp. z o.o.',
      nip: '5260250995',
      street: 'Prosta 5',
      postalCode: '00-838',
      city: 'Warszawa',
    });
  });
});

describe('the top bar’s cart and orders', () => {
  it('are hidden from a company participant who bought nothing, shown to buyers and admins', async () => {
    const g = await groupWithLadder(30);
    const upload = await db().participantUpload.create({
      data: {
        groupId: g.groupId,
        fileName: 'l.xlsx',
        rowCount: 1,
        validCount: 1,
        status: 'PROVISIONED',
        uploadedById: g.user.id,
      },
    });
    const participant = await db().user.create({
      data: { login: `p${Date.now()}`, firstName: 'P', lastName: 'K', passwordHash: 'x' },
    });
    await db().groupParticipant.create({
      data: { groupId: g.groupId, uploadId: upload.id, userId: participant.id, rowNumber: 4 },
    });
    expect(await showsBuying({ id: participant.id, roles: participant.roles })).toBe(false);
    expect(await showsBuying({ id: g.user.id, roles: g.user.roles })).toBe(true);
    expect(await showsBuying(null)).toBe(true);
    expect(await showsBuying({ id: participant.id, roles: ['CHILD'] })).toBe(false);
    // A participant who then buys a course for themselves is a buyer too.
    await db().order.create({
      data: {
        number: `ZAM-P-${Date.now()}`,
        checkoutKey: `p-${Date.now()}`,
        userId: participant.id,
        totalGross: 100,
        buyerType: 'PERSON',
        buyerName: 'P K',
        buyerEmail: '',
        termsVersion: 'v1',
        termsAcceptedAt: new Date(),
      },
    });
    expect(await showsBuying({ id: participant.id, roles: participant.roles })).toBe(true);
  });
});
