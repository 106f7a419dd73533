// A foreign-currency invoice in the demo: a parent in Berlin with one child and a paid Standard
// package in EUR, priced by the family pricing at the demo rate and activated by the payment's own
// activation, so seedDemoInvoices issues its VAT invoice (VAT in PLN at the NBP rate of the working
// day before the sale) and the workers send its FA(3) to the KSeF simulator like the others.
// Idempotent: the order is found by its checkout key and left alone. Runs after seedFamilyDemo
// (the rates) and before seedDemoInvoices.
import { Prisma } from '@/lib/db/generated/client';
import { db } from '@/lib/db/client';
import { sqlPool } from '@/lib/db/sql';
import { hashPassword } from '@/lib/auth/password';
import { termsVersionInForce } from '@/lib/auth/terms';
import { messages } from '@/lib/i18n';
import { classForChild } from '@/lib/families/rules/class-table';
import { PACKAGES } from '@/lib/families/rules/packages';
import { schoolYearForPurchase, schoolYearLabel } from '@/lib/families/rules/school-year';
import { quoteFamilyOrder } from '@/lib/families/family-order';
import { childClass } from '@/lib/families/children';
import { activateFamilyPackages, FAMILY_PACKAGE_ITEM } from '@/lib/settlement/family-activation';

const CHECKOUT_KEY = 'demo-family-eur';
const ORDER_NUMBER = 'ZAM-DEMO-RODZINA-EUR-0001';
const PARENT = { email: 'rodzina.berlin@planeta.local', firstName: 'Ewelina', lastName: 'Bergmann' };
const CHILD = { login: 'antek', fullName: 'Antek Bergmann', classNumber: 4 };
const ADDRESS = { street: 'Kastanienallee 12', postalCode: '10435', city: 'Berlin', country: 'DE' };
const HOUR = 3_600_000;

async function berlinParent(password: string): Promise<{ id: string; childId: string } | null> {
  const existing = await db().user.findUnique({
    where: { email: PARENT.email },
    select: { id: true, children: { select: { id: true } } },
  });
  if (existing) return existing.children[0] ? { id: existing.id, childId: existing.children[0].id } : null;
  const year = schoolYearForPurchase(new Date());
  const birthYear = Array.from({ length: 12 }, (_, i) => year.startYear - 5 - i).find((y) => {
    const c = classForChild(y, year);
    return c.ok && c.classNumber === CHILD.classNumber;
  })!;
  const passwordHash = await hashPassword(password);
  const [firstName, lastName] = CHILD.fullName.split(' ');
  return db().$transaction(async (tx) => {
    const parent = await tx.user.create({
      data: {
        ...PARENT,
        passwordHash,
        roles: ['PARENT'],
        country: 'DE',
        termsVersion: termsVersionInForce(new Date()),
        termsAcceptedAt: new Date(),
      },
      select: { id: true },
    });
    const child = await tx.user.create({
      data: { login: CHILD.login, firstName, lastName, passwordHash, roles: ['CHILD'], parentId: parent.id },
      select: { id: true },
    });
    const row = await tx.child.create({
      data: { parentId: parent.id, userId: child.id, fullName: CHILD.fullName, birthYear },
      select: { id: true },
    });
    return { id: parent.id, childId: row.id };
  });
}

export async function seedForeignFamilyDemo(password: string, now = new Date()): Promise<void> {
  if (await db().order.findUnique({ where: { checkoutKey: CHECKOUT_KEY }, select: { id: true } })) return;
  const parent = await berlinParent(password);
  if (!parent) return;
  // Paid an hour ago, at the rate of that day; its invoice takes the rate of the working day before.
  const paidAt = new Date(now.getTime() - HOUR);
  const quote = await quoteFamilyOrder(parent.id, [{ childId: parent.childId, package: 'STANDARD' }], paidAt);
  if (!quote.priced?.ok || quote.currency !== 'EUR' || !quote.rate) return;
  const priced = quote.priced;
  const child = quote.children.find((c) => c.id === parent.childId)!;
  const cls = childClass(child, quote.schoolYear);
  const title = `${PACKAGES.STANDARD.name} ${schoolYearLabel(quote.schoolYear)} — ${child.fullName}`;
  const lines = priced.lines.filter((l) => l.childId === child.id);
  const amount = lines.reduce((s, l) => s + l.amountMinor, 0);
  const extras = lines.filter((l) => l.kind !== 'PACKAGE').map((l) => l.description);
  const orderId = await db().$transaction(async (tx) => {
    const order = await tx.order.create({
      data: {
        number: ORDER_NUMBER,
        checkoutKey: CHECKOUT_KEY,
        userId: parent.id,
        currency: 'EUR',
        totalGross: priced.totalMinor,
        buyerType: 'PERSON',
        buyerName: `${PARENT.firstName} ${PARENT.lastName}`,
        buyerEmail: PARENT.email,
        ...ADDRESS,
        termsVersion: termsVersionInForce(paidAt),
        termsAcceptedAt: paidAt,
        immediateDeliveryConsent: false,
        createdAt: paidAt,
      },
      select: { id: true },
    });
    const item = await tx.orderItem.create({
      data: {
        orderId: order.id,
        name: messages().families.lines.itemName(title, extras),
        quantity: 1,
        unitGross: amount,
        totalGross: amount,
        kind: FAMILY_PACKAGE_ITEM,
        childId: child.id,
        details: {
          title,
          childName: child.fullName,
          lines,
          rate: {
            plnPerUnitTimes10000: quote.rate!.plnPerUnitTimes10000,
            effectiveOn: quote.rate!.effectiveOn.toISOString(),
          },
        } as unknown as Prisma.InputJsonValue,
      },
      select: { id: true },
    });
    await tx.familyPackage.create({
      data: {
        childId: child.id,
        packageCode: 'STANDARD',
        schoolYear: quote.schoolYear.startYear,
        classNumber: cls.ok ? cls.classNumber : null,
        currency: 'EUR',
        amountPaid: amount,
        orderId: order.id,
        orderItemId: item.id,
        addOns: [],
      },
    });
    await tx.payment.create({
      data: {
        orderId: order.id,
        extOrderId: CHECKOUT_KEY,
        payuOrderId: 'DEMO0003PAYU',
        status: 'COMPLETED',
        amount: priced.totalMinor,
        currency: 'EUR',
        createdAt: paidAt,
      },
    });
    return order.id;
  });
  // Paid: the order, then what the payment grants (the package and the child's subject courses).
  const sql = await sqlPool().connect();
  try {
    await sql.query('BEGIN');
    await sql.query(`UPDATE "Order" SET "status" = 'PAID', "paidAt" = $2 WHERE "id" = $1`, [orderId, paidAt]);
    await activateFamilyPackages(sql, orderId, paidAt);
    await sql.query('COMMIT');
  } catch (e) {
    await sql.query('ROLLBACK');
    throw e;
  } finally {
    sql.release();
  }
}
