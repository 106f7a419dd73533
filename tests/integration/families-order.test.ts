import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { startLocalPayu } from '@/lib/payments/payu/simulator/local';
import { freePort } from '@/lib/db/dev/embedded';
import { handleOrderNotification, handleRefundNotification } from '@/lib/settlement/notifications';
import { registerParent } from '@/lib/families/registration';
import { addChild, findOwnChild, requestClassChange, setChildPassword } from '@/lib/families/children';
import { verifyPassword } from '@/lib/auth/password';
import { placeFamilyOrder, quoteFamilyOrder } from '@/lib/families/family-order';
import { seedFamilySubjects } from '@/lib/demo/family-subjects';
import { subjectCourseSlug } from '@/lib/families/subject-courses';
import {
  describeSiblingAdjustment,
  fileCancellation,
  previewCancellation,
  refundCancellation,
} from '@/lib/settlement/family-cancellations';
import { startTrial } from '@/lib/families/trials';
import { saveRate } from '@/lib/families/rates';
import { classChangeQueue, decideClassChange } from '@/lib/families/staff';
import { courseAccess } from '@/lib/learning/access';
import { fromWarsaw, warsawDateKey } from '@/lib/format/time';
import { DEMO_CHILD, seedFamilyDemo } from '@/lib/demo/family';
import { rateForDay } from '@/lib/families/rates';
import { payMethodsFor } from '@/lib/payments/pay-methods';
import { payu } from '@/lib/payments/gateway';
import { PayuError, SANDBOX_POS, signatureHeader } from '@/lib/payments/payu';
import { orderNotification } from '@/lib/payments/payu/simulator/notifications';
import { POST as notify } from '@/app/api/payu/notify/route';

vi.mock('@/lib/jobs/queues', () => ({ dispatchEmails: async () => {}, enqueueMany: async () => {} }));

let sim: Awaited<ReturnType<typeof startLocalPayu>>;
// A fixed moment in the 2026/2027 school year, so every amount below is exact.
const NOW = fromWarsaw(2026, 9, 3, 12);

beforeAll(async () => {
  sim = await startLocalPayu({ port: await freePort(), retryDelaysMs: [0], quiet: true });
  await seedFamilySubjects();
});
afterAll(async () => {
  await sim.close();
});

let n = 0;
async function parent(country: string) {
  const k = ++n;
  const { id } = await registerParent({
    firstName: 'Anna',
    lastName: 'Nowak',
    email: `rodzic${k}@example.pl`,
    phone: '',
    country,
    password: 'Haslo12345x',
  });
  const user = await db().user.findUniqueOrThrow({
    where: { id },
    select: { id: true, firstName: true, lastName: true, email: true, roles: true },
  });
  return user;
}

async function pay(orderId: string) {
  const payment = await db().payment.findFirstOrThrow({
    where: { orderId },
    select: { payuOrderId: true, extOrderId: true, amount: true, currency: true },
  });
  // The simulator only refunds orders it saw paid: pay it there too.
  sim.orders.get(payment.payuOrderId!)!.status = 'COMPLETED';
  await handleOrderNotification({
    kind: 'order',
    orderId: payment.payuOrderId!,
    extOrderId: payment.extOrderId,
    status: 'COMPLETED',
    totalAmount: payment.amount,
    currencyCode: payment.currency,
  });
}

describe('family order', () => {
  it('prices two children in EUR, with the sibling discount only when both get Standard, and activates on payment', async () => {
    const p = await parent('DE');
    expect(p.roles).toEqual(['PARENT']);
    const ola = await addChild(
      p.id,
      { fullName: 'Ola Nowak', birthYear: 2016, login: 'ola.nowak', password: 'Haslo12345x' },
      NOW,
    );
    const jan = await addChild(
      p.id,
      { fullName: 'Jan Nowak', birthYear: 2014, login: 'jan.nowak', password: 'Haslo12345x' },
      NOW,
    );

    const mixed = await quoteFamilyOrder(
      p.id,
      [
        { childId: ola, package: 'STANDARD' },
        { childId: jan, package: 'MINI' },
      ],
      NOW,
    );
    expect(mixed.currency).toBe('EUR');
    expect(mixed.priced?.ok && mixed.priced.totalMinor).toBe(69900 + 50900);
    expect(mixed.priced?.ok && mixed.priced.siblingDiscount.code).toBe('NOT_ALL_STANDARD');

    // A price sent in the request is not a field the server reads at all.
    const choices = [
      { childId: ola, package: 'STANDARD', price: '1' },
      { childId: jan, package: 'STANDARD' },
    ];
    const both = await quoteFamilyOrder(p.id, choices, NOW);
    expect(both.priced?.ok && both.priced.totalMinor).toBe(2 * 69900 - 23000);

    const placed = await placeFamilyOrder(p, choices, 'card', 'family-key-000001', '10.0.0.1', NOW);
    expect(placed.redirectUri).toContain(sim.url);
    const order = await db().order.findUniqueOrThrow({ where: { id: placed.orderId }, include: { items: true } });
    expect(order).toMatchObject({ currency: 'EUR', totalGross: 116800 });
    expect(order.items.map((i) => i.totalGross).sort()).toEqual([46900, 69900]);
    expect(order.items.map((i) => i.name).sort()).toEqual([
      'Pakiet Standard 2026/2027 — Jan Nowak; Rabat dla rodzeństwa',
      'Pakiet Standard 2026/2027 — Ola Nowak',
    ]);
    expect(await db().familyPackage.count({ where: { orderId: order.id, status: 'PENDING_PAYMENT' } })).toBe(2);

    const dup = await placeFamilyOrder(
      p,
      [{ childId: ola, package: 'PREMIUM' }],
      'card',
      'family-key-000009',
      '10.0.0.1',
      NOW,
    );
    // The invoice states its VAT in PLN at the rate of the day before the sale, not the sale day's.
    const today = warsawDateKey(new Date());
    const dayBefore = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    await saveRate({ currency: 'EUR', effectiveOn: dayBefore, rate: 42_386, source: 'NBP' });
    await saveRate({ currency: 'EUR', effectiveOn: today, rate: 43_000, source: 'NBP' });
    await pay(order.id);
    const pkgs = await db().familyPackage.findMany({
      where: { orderId: order.id },
      select: { status: true, accessEndsAt: true },
    });
    expect(pkgs.every((x) => x.status === 'ACTIVE')).toBe(true);
    expect(pkgs[0].accessEndsAt).toEqual(fromWarsaw(2027, 9, 1));
    const invoice = await db().invoice.findUniqueOrThrow({ where: { orderId: order.id } });
    expect(invoice.snapshot).toMatchObject({
      currency: 'EUR',
      plnRate: { plnPerUnitTimes10000: 42_386, effectiveOn: dayBefore },
    });

    // Ola (born 2016) is in class 4 in 2026/2027: Standard gives her maths; she can open it.
    const olaChild = (await findOwnChild(p.id, ola))!;
    const access = await courseAccess(olaChild.user.id, subjectCourseSlug('MATEMATYKA'));
    expect(access.kind).toBe('active');

    // A second order for the same child placed before the first was paid, then paid too: the
    // package does not change; the duplicate goes to the staff queue for a full refund.
    await pay(dup.orderId);
    const dupPkg = await db().familyPackage.findFirstOrThrow({
      where: { orderId: dup.orderId },
      include: { cancellation: true },
    });
    expect(dupPkg.status).toBe('WITHDRAWN');
    expect(dupPkg.cancellation).toMatchObject({ kind: 'WITHDRAWAL', status: 'PENDING', refundAmount: 115900 });
    expect(await db().familyPackage.count({ where: { childId: ola, status: 'ACTIVE' } })).toBe(1);

    // The package cannot be bought again or changed after payment.
    await expect(
      placeFamilyOrder(p, [{ childId: ola, package: 'PREMIUM' }], 'card', 'family-key-000002', '10.0.0.1', NOW),
    ).rejects.toThrow(/nie można go zmienić/);

    // A third child added later is a sibling of the two paid Standard children (§5.3).
    const ala = await addChild(
      p.id,
      { fullName: 'Ala Nowak', birthYear: 2019, login: 'ala.nowak', password: 'Haslo12345x' },
      NOW,
    );
    const later = await quoteFamilyOrder(p.id, [{ childId: ala, package: 'STANDARD' }], NOW);
    expect(later.priced?.ok && later.priced.totalMinor).toBe(69900 - 23000);
    const laterMini = await quoteFamilyOrder(p.id, [{ childId: ala, package: 'MINI' }], NOW);
    expect(laterMini.priced?.ok && laterMini.priced.totalMinor).toBe(50900);
  });

  it('refuses a child outside the package age range and ignores other parents’ children', async () => {
    const p = await parent('PL');
    const other = await parent('PL');
    const older = await addChild(
      p.id,
      { fullName: 'Piotr Nowak', birthYear: 2013, login: 'piotr.nowak', password: 'Haslo12345x' },
      NOW,
    );
    // Too old for every package (16 in 2026): refused when added, and no account is left behind.
    await expect(
      addChild(p.id, { fullName: 'Adam Nowak', birthYear: 2010, login: 'adam.nowak', password: 'Haslo12345x' }, NOW),
    ).rejects.toThrow(/za stare na pakiety/);
    expect(await db().user.count({ where: { login: 'adam.nowak' } })).toBe(0);
    const q = await quoteFamilyOrder(p.id, [{ childId: older, package: 'NA_START' }], NOW);
    expect(q.priced?.ok).toBe(false);
    expect(q.priced && !q.priced.ok && q.priced.errors[0].message).toMatch(
      /Pakiet Na Start jest dla dzieci w wieku 5–12 lat/,
    );
    await expect(setChildPassword(other.id, older, 'Obcy123456x')).rejects.toThrow(/Nie znaleziono/);
    await expect(
      addChild(
        other.id,
        { fullName: 'Inny Piotr', birthYear: 2015, login: 'PIOTR.nowak', password: 'Haslo12345x' },
        NOW,
      ),
    ).rejects.toThrow(/login jest już zajęty/);
    const child = (await findOwnChild(p.id, older))!;
    const account = await db().user.findUniqueOrThrow({ where: { id: child.user.id } });
    expect(account).toMatchObject({ roles: ['CHILD'], parentId: p.id, login: 'piotr.nowak', email: null });
    await setChildPassword(p.id, older, 'Nowe123456x');
    const after = await db().user.findUniqueOrThrow({ where: { id: child.user.id } });
    expect(await verifyPassword(after.passwordHash, 'Nowe123456x')).toBe(true);
    expect(after.sessionVersion).toBe(account.sessionVersion + 1);
    const foreign = await quoteFamilyOrder(other.id, [{ childId: older, package: 'STANDARD' }], NOW);
    expect(foreign.priced).toBeNull();
    expect(await findOwnChild(other.id, older)).toBeNull();
    await expect(requestClassChange(other.id, older, 1, NOW)).rejects.toThrow(/Nie znaleziono/);
  });

  it('a parent sending another parent’s checkout key is refused at once, without a retry loop', async () => {
    const first = await parent('PL');
    const a = await addChild(
      first.id,
      { fullName: 'Ala Kot', birthYear: 2018, login: 'ala.kot.key', password: 'Haslo12345x' },
      NOW,
    );
    await placeFamilyOrder(first, [{ childId: a, package: 'STANDARD' }], 'card', 'family-key-owned', '10.0.0.1', NOW);
    const second = await parent('PL');
    const b = await addChild(
      second.id,
      { fullName: 'Bartek Kot', birthYear: 2018, login: 'bartek.kot.key', password: 'Haslo12345x' },
      NOW,
    );
    const client = db();
    const real = client.$transaction.bind(client);
    let transactions = 0;
    const spy = vi.spyOn(client, '$transaction').mockImplementation(((...args: Parameters<typeof real>) => {
      if (++transactions > 5) throw new Error('family order looped');
      return real(...args);
    }) as typeof real);
    try {
      await expect(
        placeFamilyOrder(second, [{ childId: b, package: 'STANDARD' }], 'card', 'family-key-owned', '10.0.0.1', NOW),
      ).rejects.toThrow(/formularz zamówienia jest już nieaktualny/);
    } finally {
      spy.mockRestore();
    }
    expect(transactions).toBeLessThanOrEqual(2);
    expect(await db().order.count({ where: { userId: second.id } })).toBe(0);
  });

  it('converts add-ons at the rate of the purchase day', async () => {
    const p = await parent('GB');
    const kid = await addChild(
      p.id,
      { fullName: 'Ewa Nowak', birthYear: 2016, login: 'ewa.nowak', password: 'Haslo12345x' },
      NOW,
    );
    const choice = [{ childId: kid, package: 'MINI', extraSubjects: ['MATEMATYKA'] }];
    const noRate = await quoteFamilyOrder(p.id, choice, NOW);
    expect(noRate.priced && !noRate.priced.ok && noRate.priced.errors[0].code).toBe('RATE_REQUIRED');
    await saveRate({ currency: 'GBP', effectiveOn: '2026-09-02', rate: 49000, source: 'test' });
    const q = await quoteFamilyOrder(p.id, choice, NOW);
    // 200 PLN ÷ 4.9000 = 40.8163… → 40.82 GBP
    expect(q.priced?.ok && q.priced.totalMinor).toBe(45900 + 4082);
  });
});

describe('class change (§4.8)', () => {
  it('a parent asks for one class up, staff approve, and the order prices the new class', async () => {
    const p = await parent('PL');
    const kid = await addChild(
      p.id,
      { fullName: 'Lena Nowak', birthYear: 2016, login: 'lena.nowak', password: 'Haslo12345x' },
      NOW,
    );
    await expect(requestClassChange(p.id, kid, 2, NOW)).rejects.toThrow(/o jedną/);
    await requestClassChange(p.id, kid, 1, NOW);
    expect((await classChangeQueue()).map((r) => r.id)).toContain(kid);
    // Before approval the class is still 4: a class-5 extra (biology) is refused.
    const before = await quoteFamilyOrder(p.id, [{ childId: kid, package: 'MINI', extraSubjects: ['BIOLOGIA'] }], NOW);
    expect(before.priced?.ok).toBe(false);
    await decideClassChange(kid, true);
    await expect(decideClassChange(kid, true)).rejects.toThrow(/rozpatrzona/);
    const after = await quoteFamilyOrder(p.id, [{ childId: kid, package: 'MINI', extraSubjects: ['BIOLOGIA'] }], NOW);
    expect(after.priced?.ok && after.priced.totalMinor).toBe(219900 + 20000);
  });
});

describe('resignation, withdrawal and trial', () => {
  it('computes the refund before confirming, files it once, and staff refund it through PayU', async () => {
    const p = await parent('PL');
    const kid = await addChild(
      p.id,
      { fullName: 'Zosia Nowak', birthYear: 2015, login: 'zosia.nowak', password: 'Haslo12345x' },
      NOW,
    );
    const placed = await placeFamilyOrder(
      p,
      [{ childId: kid, package: 'STANDARD' }],
      'blik',
      'family-key-000003',
      '10.0.0.1',
      NOW,
    );
    await pay(placed.orderId);
    const pkg = await db().familyPackage.findFirstOrThrow({ where: { orderId: placed.orderId } });
    await db().familyPackage.update({ where: { id: pkg.id }, data: { paidAt: NOW } });

    const early = await previewCancellation(p.id, pkg.id, fromWarsaw(2026, 9, 17, 23, 59));
    expect(early?.withdrawal).toMatchObject({ allowed: true, refundMinor: 299900 });
    const october = fromWarsaw(2026, 10, 15, 10);
    const preview = await previewCancellation(p.id, pkg.id, october);
    expect(preview?.withdrawal.allowed).toBe(false);
    expect(preview?.resignation.refundMinor).toBe(239920); // §7.5: 2999 zł in October → 2399,20 zł
    expect(await previewCancellation((await parent('PL')).id, pkg.id, october)).toBeNull();

    await expect(fileCancellation(p.id, pkg.id, 'WITHDRAWAL', october)).rejects.toThrow(/14 dni/);
    const filed = await fileCancellation(p.id, pkg.id, 'RESIGNATION', october);
    expect(filed).toEqual({ effectiveAt: fromWarsaw(2026, 11, 1), refundAmount: 239920 });
    await expect(fileCancellation(p.id, pkg.id, 'RESIGNATION', october)).rejects.toThrow(/nie jest aktywny/);
    const mail = await db().emailMessage.findFirstOrThrow({ where: { to: p.email!, template: 'family-cancellation' } });
    expect(mail.text).toContain('Kwota zwrotu: 2399,20');
    const child = (await findOwnChild(p.id, kid))!;
    const enr = await db().enrolment.findFirstOrThrow({ where: { userId: child.user.id } });
    expect(enr.endsAt).toEqual(fromWarsaw(2026, 11, 1));

    const staff = await db().user.create({
      data: { email: 'staff@example.pl', firstName: 'Z', lastName: 'Z', passwordHash: 'x', roles: ['ADMINISTRATOR'] },
    });
    const c = await db().familyCancellation.findUniqueOrThrow({ where: { packageId: pkg.id } });
    await refundCancellation(c.id, staff.id);
    const order = await db().order.findUniqueOrThrow({ where: { id: placed.orderId }, include: { refunds: true } });
    expect(order.refunds.map((r) => r.amount)).toEqual([239920]);
    expect(order.status).toBe('PARTIALLY_REFUNDED');
    expect((await db().familyCancellation.findUniqueOrThrow({ where: { id: c.id } })).status).toBe('REFUNDED');
    await expect(refundCancellation(c.id, staff.id)).rejects.toThrow(/zamknięte/);
  });

  it('gives a 2-day Standard trial once per school year, ending to the minute', async () => {
    const p = await parent('US');
    await expect(startTrial(p.id, NOW)).rejects.toThrow(/Najpierw dodaj dziecko/);
    const kid = await addChild(
      p.id,
      { fullName: 'Kuba Nowak', birthYear: 2016, login: 'kuba.nowak', password: 'Haslo12345x' },
      NOW,
    );
    const { endsAt } = await startTrial(p.id, NOW);
    expect(endsAt).toEqual(new Date(NOW.getTime() + 48 * 3600_000));
    await expect(startTrial(p.id, new Date(NOW.getTime() + 5 * 86400_000))).rejects.toThrow(/raz w roku szkolnym/);
    const child = (await findOwnChild(p.id, kid))!;
    const slug = subjectCourseSlug('MATEMATYKA');
    expect((await courseAccess(child.user.id, slug, new Date(endsAt.getTime() - 60_000))).kind).toBe('active');
    expect((await courseAccess(child.user.id, slug, endsAt)).kind).toBe('ended');
  });
});

// Last: the demo rates it seeds for NOW's day would change the no-rate case above.
describe('sibling discount when a sibling leaves (§5.3)', () => {
  const staffUser = () =>
    db().user.upsert({
      where: { email: 'staff-sibling@example.pl' },
      update: {},
      create: {
        email: 'staff-sibling@example.pl',
        firstName: 'Z',
        lastName: 'Z',
        passwordHash: 'x',
        roles: ['ADMINISTRATOR'],
      },
    });
  async function twoChildren(prefix: string) {
    const p = await parent('DE');
    const ola = await addChild(
      p.id,
      { fullName: 'Ola Kowal', birthYear: 2016, login: `${prefix}.ola`, password: 'Haslo12345x' },
      NOW,
    );
    const jan = await addChild(
      p.id,
      { fullName: 'Jan Kowal', birthYear: 2014, login: `${prefix}.jan`, password: 'Haslo12345x' },
      NOW,
    );
    return { p, ola, jan };
  }
  async function buy(p: Awaited<ReturnType<typeof parent>>, childIds: string[], key: string) {
    const placed = await placeFamilyOrder(
      p,
      childIds.map((childId) => ({ childId, package: 'STANDARD' })),
      'card',
      key,
      '10.0.0.1',
      NOW,
    );
    await pay(placed.orderId);
    await db().familyPackage.updateMany({ where: { orderId: placed.orderId }, data: { paidAt: NOW } });
    return placed.orderId;
  }
  const pkgOf = (childId: string) => db().familyPackage.findFirstOrThrow({ where: { childId, status: 'ACTIVE' } });
  async function familyNet(parentId: string) {
    const orders = await db().order.findMany({
      where: { userId: parentId, status: { in: ['PAID', 'PARTIALLY_REFUNDED', 'REFUNDED'] } },
      select: { totalGross: true, refundedGross: true },
    });
    return orders.reduce((sum, o) => sum + o.totalGross - o.refundedGross, 0);
  }

  it('the full-price child withdraws and is bought again: the family pays 699 € + 469 €, not 938 €', async () => {
    const { p, ola, jan } = await twoChildren('story');
    await buy(p, [ola, jan], 'family-key-sib-001');
    expect(await familyNet(p.id)).toBe(69900 + 46900);
    const olaPkg = await pkgOf(ola);

    // The preview shows the full legal refund and the discount Jan loses as a separate item.
    const preview = (await previewCancellation(p.id, olaPkg.id, NOW))!;
    expect(preview.withdrawal).toMatchObject({ allowed: true, refundMinor: 69900 });
    expect(preview.withdrawal.sibling).toEqual({ lostDiscounts: 1, lossMinor: 23000, refundAfterMinor: 46900 });
    expect(describeSiblingAdjustment('WITHDRAWAL', 69900, 23000, 'EUR')?.sum).toMatch(
      /^Zwrot 699,00\s€ − utrata rabatu dla rodzeństwa 230,00\s€ = 469,00\s€ do wypłaty\.$/,
    );
    expect(await fileCancellation(p.id, olaPkg.id, 'WITHDRAWAL', NOW)).toMatchObject({ refundAmount: 46900 });
    const c = await db().familyCancellation.findUniqueOrThrow({ where: { packageId: olaPkg.id } });
    expect(c).toMatchObject({ refundAmount: 46900, siblingDiscountLoss: 23000, status: 'PENDING' });
    const mail = await db().emailMessage.findFirstOrThrow({ where: { to: p.email!, template: 'family-cancellation' } });
    expect(mail.text).toContain('469,00');
    await refundCancellation(c.id, (await staffUser()).id);
    // Jan alone now costs the full 699 €.
    expect(await familyNet(p.id)).toBe(69900);

    // Ola bought again: Jan carries the full price now, so Ola is the discounted sibling, once.
    const again = await quoteFamilyOrder(p.id, [{ childId: ola, package: 'STANDARD' }], NOW);
    expect(again.priced?.ok && again.priced.totalMinor).toBe(46900);
    await buy(p, [ola], 'family-key-sib-002');
    expect(await familyNet(p.id)).toBe(69900 + 46900);
  });

  it('the discounted child withdraws: a full refund, the full-price sibling stays as it was', async () => {
    const { p, ola, jan } = await twoChildren('disc');
    await buy(p, [ola, jan], 'family-key-sib-003');
    const janPkg = await pkgOf(jan);
    const preview = (await previewCancellation(p.id, janPkg.id, NOW))!;
    expect(preview.withdrawal.sibling).toMatchObject({ lossMinor: 0, refundAfterMinor: 46900 });
    expect(await fileCancellation(p.id, janPkg.id, 'WITHDRAWAL', NOW)).toMatchObject({ refundAmount: 46900 });
    // Bought again, Jan is again the second child.
    const again = await quoteFamilyOrder(p.id, [{ childId: jan, package: 'STANDARD' }], NOW);
    expect(again.priced?.ok && again.priced.totalMinor).toBe(46900);
  });

  it('a resignation moves the discount for the unused months only', async () => {
    const { p, ola, jan } = await twoChildren('resign');
    await buy(p, [ola, jan], 'family-key-sib-004');
    const october = fromWarsaw(2026, 10, 15, 10);
    const preview = (await previewCancellation(p.id, (await pkgOf(ola)).id, october))!;
    // 699 € ÷ 10 × 8 = 559,20 €; Jan pays the full price from November: 230 € ÷ 10 × 8 = 184 €.
    expect(preview.resignation.refundMinor).toBe(55920);
    expect(preview.resignation.sibling).toMatchObject({ lossMinor: 18400, refundAfterMinor: 37520 });
  });

  it('the discount handed back is what was withheld, not the months left: the family pays Ola’s September in full', async () => {
    const { p, ola, jan } = await twoChildren('cap');
    await buy(p, [ola, jan], 'family-key-sib-007');
    const staff = await staffUser();
    // Ola (full price) resigns on 10 September: 9 months unused, Jan pays the full price for
    // them: 230 € ÷ 10 × 9 = 207 € withheld from Ola's 629,10 €.
    const sept10 = fromWarsaw(2026, 9, 10, 10);
    const olaPkg = await pkgOf(ola);
    expect((await previewCancellation(p.id, olaPkg.id, sept10))!.resignation.sibling).toMatchObject({
      lossMinor: 20700,
      refundAfterMinor: 42210,
    });
    await fileCancellation(p.id, olaPkg.id, 'RESIGNATION', sept10);
    // Jan withdraws two days later (the whole contract goes): the 207 € come back, not 230 €.
    const sept12 = fromWarsaw(2026, 9, 12, 10);
    const janPkg = await pkgOf(jan);
    const preview = (await previewCancellation(p.id, janPkg.id, sept12))!;
    expect(preview.withdrawal.sibling).toMatchObject({ lossMinor: -20700, refundAfterMinor: 67600 });
    await fileCancellation(p.id, janPkg.id, 'WITHDRAWAL', sept12);
    for (const c of await db().familyCancellation.findMany({
      where: { package: { child: { parentId: p.id } } },
      orderBy: { filedAt: 'asc' },
    })) {
      await refundCancellation(c.id, staff.id);
    }
    // What stays paid is Ola's September at the full price: 699 € ÷ 10.
    expect(await familyNet(p.id)).toBe(6990);
  });

  it('an unpaid discounted order is cancelled when the full-price sibling leaves; a late payment for it is refunded', async () => {
    const { p, ola, jan } = await twoChildren('stale');
    await buy(p, [ola], 'family-key-sib-008');
    const place = (key: string) =>
      placeFamilyOrder(p, [{ childId: jan, package: 'STANDARD' }], 'card', key, '10.0.0.1', NOW);
    const janOrder = await place('family-key-sib-009');
    expect((await db().order.findUniqueOrThrow({ where: { id: janOrder.orderId } })).totalGross).toBe(46900);
    const payment = await db().payment.findFirstOrThrow({ where: { orderId: janOrder.orderId } });

    await fileCancellation(p.id, (await pkgOf(ola)).id, 'WITHDRAWAL', NOW);
    expect((await db().order.findUniqueOrThrow({ where: { id: janOrder.orderId } })).status).toBe('CANCELED');
    // Cancelled at PayU too, with PayU's own DELETE.
    expect(sim.orders.get(payment.payuOrderId!)!.status).toBe('CANCELED');
    const repriced = await db().emailMessage.findMany({ where: { to: p.email!, template: 'family-order-repriced' } });
    expect(repriced).toHaveLength(1);
    expect(repriced[0].text).toContain('Jan Kowal');
    // Ordered again: the current price, 699 €.
    const again = await quoteFamilyOrder(p.id, [{ childId: jan, package: 'STANDARD' }], NOW);
    expect(again.priced?.ok && again.priced.totalMinor).toBe(69900);
  });

  it('a payment PayU completes for an order just cancelled is refunded whole, never activated at the lapsed price', async () => {
    const { p, ola, jan } = await twoChildren('stray');
    await buy(p, [ola], 'family-key-sib-010');
    const janOrder = await placeFamilyOrder(
      p,
      [{ childId: jan, package: 'STANDARD' }],
      'card',
      'family-key-sib-011',
      '10.0.0.1',
      NOW,
    );
    const payment = await db().payment.findFirstOrThrow({ where: { orderId: janOrder.orderId } });
    // The parent pays at the very moment Ola leaves: PayU refuses the cancel (already completed).
    sim.orders.get(payment.payuOrderId!)!.status = 'COMPLETED';
    await fileCancellation(p.id, (await pkgOf(ola)).id, 'WITHDRAWAL', NOW);
    expect((await db().order.findUniqueOrThrow({ where: { id: janOrder.orderId } })).status).toBe('CANCELED');

    const notice = {
      kind: 'order' as const,
      orderId: payment.payuOrderId!,
      extOrderId: payment.extOrderId,
      status: 'COMPLETED' as const,
      totalAmount: payment.amount,
      currencyCode: payment.currency,
    };
    await handleOrderNotification(notice);
    await handleOrderNotification(notice);
    expect((await db().order.findUniqueOrThrow({ where: { id: janOrder.orderId } })).status).toBe('CANCELED');
    expect((await db().familyPackage.findFirstOrThrow({ where: { orderId: janOrder.orderId } })).status).toBe(
      'PENDING_PAYMENT',
    );
    const refunds = await db().refund.findMany({ where: { orderId: janOrder.orderId } });
    expect(refunds.map((r) => [r.amount, r.strayPayment, r.status])).toEqual([[46900, true, 'PENDING']]);
    expect(sim.orders.get(payment.payuOrderId!)!.refunds.map((r) => r.amount)).toEqual([46900]);
  });

  it('a cancellation refund PayU cancels goes back to the staff queue and is sent again under a new key', async () => {
    const { p, ola } = await twoChildren('requeue');
    await buy(p, [ola], 'family-key-sib-012');
    await fileCancellation(p.id, (await pkgOf(ola)).id, 'WITHDRAWAL', NOW);
    const c = await db().familyCancellation.findFirstOrThrow({ where: { package: { childId: ola } } });
    const staff = await staffUser();
    await refundCancellation(c.id, staff.id);
    const first = await db().refund.findFirstOrThrow({ where: { extRefundId: { startsWith: `ZW-${c.id}` } } });
    await sim.idle();
    const simRefund = [...sim.orders.values()]
      .flatMap((o) => o.refunds)
      .find((r) => r.refundId === first.payuRefundId)!;
    simRefund.status = 'CANCELED';
    const notice = {
      kind: 'refund' as const,
      orderId: 'x',
      refundId: first.payuRefundId!,
      amount: first.amount,
      currencyCode: 'EUR',
      status: 'CANCELED' as const,
    };
    expect(await handleRefundNotification(notice)).toBe('updated');
    expect(await handleRefundNotification(notice)).toBe('ignored');
    expect(await db().familyCancellation.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({
      status: 'PENDING',
      refundId: null,
    });
    await refundCancellation(c.id, staff.id);
    const all = await db().refund.findMany({
      where: { extRefundId: { startsWith: `ZW-${c.id}` } },
      orderBy: { createdAt: 'asc' },
    });
    expect(all.map((r) => [r.extRefundId.slice(-3), r.status, r.amount])).toEqual([
      [first.extRefundId.slice(-3), 'CANCELED', 69900],
      ['-r2', 'PENDING', 69900],
    ]);
    expect(await db().familyCancellation.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({
      status: 'REFUNDED',
      refundId: all[1].id,
    });
  });

  it('both siblings withdraw from separate orders: every euro comes back, the withheld part from the first order', async () => {
    const { p, ola, jan } = await twoChildren('split');
    const first = await buy(p, [ola], 'family-key-sib-005');
    const second = await buy(p, [jan], 'family-key-sib-006');
    expect(await familyNet(p.id)).toBe(69900 + 46900);
    const staff = await staffUser();
    await fileCancellation(p.id, (await pkgOf(ola)).id, 'WITHDRAWAL', NOW);
    const janPkg = await pkgOf(jan);
    const preview = (await previewCancellation(p.id, janPkg.id, NOW))!;
    // Jan took over the full price; leaving too, that payment comes back with his refund.
    expect(preview.withdrawal.sibling).toMatchObject({ lossMinor: -23000, refundAfterMinor: 69900 });
    await fileCancellation(p.id, janPkg.id, 'WITHDRAWAL', NOW);
    for (const c of await db().familyCancellation.findMany({
      where: { package: { child: { parentId: p.id } } },
      orderBy: { filedAt: 'asc' },
    })) {
      await refundCancellation(c.id, staff.id);
    }
    const refunds = await db().refund.findMany({ where: { orderId: { in: [first, second] } } });
    expect(refunds.map((r) => [r.orderId === first ? 'first' : 'second', r.amount]).sort()).toEqual([
      ['first', 23000],
      ['first', 46900],
      ['second', 46900],
    ]);
    expect(await familyNet(p.id)).toBe(0);
  });
});

describe('parent registration and demo data', () => {
  it('sends a parent the parent welcome e-mail with the currency of the country', async () => {
    const p = await parent('GB');
    const mail = await db().emailMessage.findFirstOrThrow({
      where: { to: p.email! },
      select: { template: true, subject: true, text: true },
    });
    expect(mail.template).toBe('parent-welcome');
    expect(mail.subject).toBe('Konto rodzica w Planecie jest gotowe');
    expect(mail.text).toContain('Ceny podajemy w GBP');
  });

  it('seeds rates for the day and a child with a login for the demo parent, once', async () => {
    await db().user.create({
      data: {
        login: 'rodzic-demo',
        email: 'rodzic-demo@example.pl',
        firstName: 'Ma',
        lastName: 'Nowak',
        roles: ['PARENT'],
        passwordHash: 'x',
      },
    });
    const demo = await db().user.findUniqueOrThrow({ where: { login: 'rodzic-demo' }, select: { id: true } });
    await seedFamilyDemo('rodzic-demo', 'Haslo12345x', NOW);
    await saveRate({ currency: 'EUR', effectiveOn: '2026-09-03', rate: 43000, source: 'zespół' });
    await seedFamilyDemo('rodzic-demo', 'Haslo12345x', NOW);
    expect((await rateForDay('EUR', NOW))?.plnPerUnitTimes10000).toBe(43000);
    expect((await rateForDay('GBP', NOW))?.plnPerUnitTimes10000).toBeGreaterThan(0);
    const children = await db().child.findMany({
      where: { parentId: demo.id },
      select: { birthYear: true, user: { select: { login: true } } },
    });
    expect(children).toEqual([{ birthYear: 2017, user: { login: DEMO_CHILD.login } }]);
    expect(
      await verifyPassword(
        (await db().user.findUniqueOrThrow({ where: { login: DEMO_CHILD.login } })).passwordHash!,
        'Haslo12345x',
      ),
    ).toBe(true);
  });
});

describe('payment methods by currency', () => {
  const standard = async (country: string, login: string) => {
    const p = await parent(country);
    const kid = await addChild(p.id, { fullName: 'Ola Nowak', birthYear: 2016, login, password: 'Haslo12345x' }, NOW);
    return { p, choice: [{ childId: kid, package: 'STANDARD' }] };
  };

  it('offers a parent in EUR only the card, in PLN also BLIK and transfers (as the POS lists them)', async () => {
    expect(await payMethodsFor('EUR', 69900)).toEqual(['card']);
    expect(await payMethodsFor('GBP', 59900)).toEqual(['card']);
    expect(await payMethodsFor('PLN', 299900)).toEqual(['blik', 'transfer', 'card']);
  });

  it('refuses BLIK in EUR beside the method field, before any order or PayU order exists', async () => {
    const { p, choice } = await standard('DE', 'ola.blik.eur');
    const before = sim.orders.size;
    const err = await placeFamilyOrder(p, choice, 'blik', 'family-key-blik-eur', '10.0.0.1', NOW).catch((e) => e);
    expect(err).toMatchObject({
      codes: ['checkout.errors.payMethodCurrency'],
      fieldCodes: { payMethod: 'checkout.errors.payMethodCurrencyField' },
    });
    expect(await db().order.count({ where: { userId: p.id } })).toBe(0);
    expect(sim.orders.size).toBe(before);
  });

  it('the simulator, like PayU, refuses BLIK in EUR with ERROR_VALUE_INVALID', async () => {
    const err = await payu()
      .createOrder({
        extOrderId: `blik-eur-${Date.now()}`,
        notifyUrl: 'http://localhost:3000/api/payu/notify',
        continueUrl: 'http://localhost:3000/zamowienia/x',
        customerIp: '10.0.0.1',
        description: 'BLIK w EUR',
        currencyCode: 'EUR',
        products: [{ name: 'Pakiet Standard', unitPrice: 69900, quantity: 1 }],
        payMethodValue: 'blik',
      })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PayuError);
    expect(err).toMatchObject({ httpStatus: 400, statusCode: 'ERROR_VALUE_INVALID' });
  });

  it('a parent in EUR pays by card on the simulator’s card form; the signed notification settles the order', async () => {
    const { p, choice } = await standard('DE', 'ola.card.eur');
    const placed = await placeFamilyOrder(p, choice, 'card', 'family-key-card-eur', '10.0.0.1', NOW);
    const payment = await db().payment.findFirstOrThrow({ where: { orderId: placed.orderId } });
    const simOrder = sim.orders.get(payment.payuOrderId!)!;
    expect(simOrder).toMatchObject({ currencyCode: 'EUR', totalAmount: 69900, payMethodValue: 'c' });

    const page = await (await fetch(placed.redirectUri)).text();
    expect(page).toContain('Numer karty');
    expect(page).not.toContain('Kod BLIK');
    const res = await fetch(placed.redirectUri, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        method: 'card',
        cardNumber: '4444333322221111',
        cardExpiry: '12/29',
        cardCvv: '123',
      }).toString(),
      redirect: 'manual',
    });
    expect(res.status).toBe(303);
    expect(simOrder.status).toBe('COMPLETED');

    // What the simulator sends to our webhook, signed with the POS's second key.
    const body = JSON.stringify(orderNotification(simOrder));
    expect(JSON.parse(body).order.payMethod).toEqual({ type: 'CARD_TOKEN' });
    const answer = await notify(
      new Request('http://localhost/api/payu/notify', {
        method: 'POST',
        body,
        headers: {
          'content-type': 'application/json',
          'openpayu-signature': signatureHeader(body, SANDBOX_POS.secondKey, 'MD5'),
        },
      }),
    );
    expect(answer.status).toBe(200);
    const order = await db().order.findUniqueOrThrow({ where: { id: placed.orderId } });
    expect(order).toMatchObject({ status: 'PAID', currency: 'EUR', totalGross: 69900 });
    expect(await db().familyPackage.findFirstOrThrow({ where: { orderId: placed.orderId } })).toMatchObject({
      status: 'ACTIVE',
    });
  });
});
