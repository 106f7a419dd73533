// A second child of the demo parent so the family page's dashboard has something to show: Kuba,
// class 5, with a Standard package paid six weeks ago (PLN, activated by the payment's own
// activation, invoiced by seedDemoInvoices like the other demo orders) and lessons done in the weeks
// since. zosia stays without a package. Idempotent: the order is found by its checkout key.
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

const CHECKOUT_KEY = 'demo-family-pln';
const ORDER_NUMBER = 'ZAM-DEMO-RODZINA-PLN-0001';
export const DEMO_SECOND_CHILD = { login: 'kuba', fullName: 'Kuba Nowak', classNumber: 5 } as const;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** When Kuba finished a lesson, in days before now: most weeks one or two. */
const LESSON_DAYS_AGO = [40, 33, 30, 23, 16, 15, 9, 2, 1];

async function secondChild(parentId: string, password: string, now: Date) {
  const existing = await db().child.findFirst({
    where: { parentId, user: { login: DEMO_SECOND_CHILD.login } },
    select: { id: true, userId: true },
  });
  if (existing) return existing;
  if (await db().user.findUnique({ where: { login: DEMO_SECOND_CHILD.login }, select: { id: true } })) return null;
  const year = schoolYearForPurchase(now);
  const birthYear = Array.from({ length: 12 }, (_, i) => year.startYear - 5 - i).find((y) => {
    const c = classForChild(y, year);
    return c.ok && c.classNumber === DEMO_SECOND_CHILD.classNumber;
  })!;
  const [firstName, lastName] = DEMO_SECOND_CHILD.fullName.split(' ');
  const passwordHash = await hashPassword(password);
  return db().$transaction(async (tx) => {
    const user = await tx.user.create({
      data: { login: DEMO_SECOND_CHILD.login, firstName, lastName, passwordHash, roles: ['CHILD'], parentId },
      select: { id: true },
    });
    return tx.child.create({
      data: { parentId, userId: user.id, fullName: DEMO_SECOND_CHILD.fullName, birthYear },
      select: { id: true, userId: true },
    });
  });
}

export async function seedFamilyDashboardDemo(parentLogin: string, password: string, now = new Date()): Promise<void> {
  if (await db().order.findUnique({ where: { checkoutKey: CHECKOUT_KEY }, select: { id: true } })) return;
  const parent = await db().user.findUnique({
    where: { login: parentLogin },
    select: { id: true, email: true, firstName: true, lastName: true },
  });
  if (!parent) return;
  const child = await secondChild(parent.id, password, now);
  if (!child) return;
  // Six weeks ago, unless that was another school year's sale (then an hour ago).
  const early = new Date(now.getTime() - 42 * DAY);
  const paidAt =
    schoolYearForPurchase(early).startYear === schoolYearForPurchase(now).startYear
      ? early
      : new Date(now.getTime() - HOUR);
  const quote = await quoteFamilyOrder(parent.id, [{ childId: child.id, package: 'STANDARD' }], paidAt);
  if (!quote.priced?.ok || quote.currency !== 'PLN') return;
  const priced = quote.priced;
  const row = quote.children.find((c) => c.id === child.id)!;
  const cls = childClass(row, quote.schoolYear);
  const title = `${PACKAGES.STANDARD.name} ${schoolYearLabel(quote.schoolYear)} — ${row.fullName}`;
  const lines = priced.lines.filter((l) => l.childId === child.id);
  const amount = lines.reduce((s, l) => s + l.amountMinor, 0);
  const extras = lines.filter((l) => l.kind !== 'PACKAGE').map((l) => l.description);
  const orderId = await db().$transaction(async (tx) => {
    const order = await tx.order.create({
      data: {
        number: ORDER_NUMBER,
        checkoutKey: CHECKOUT_KEY,
        userId: parent.id,
        currency: 'PLN',
        totalGross: priced.totalMinor,
        buyerType: 'PERSON',
        buyerName: `${parent.firstName} ${parent.lastName}`,
        buyerEmail: parent.email ?? 'rodzic@planeta.local',
        street: 'ul. Lipowa 7',
        postalCode: '00-950',
        city: 'Warszawa',
        country: 'PL',
        termsVersion: termsVersionInForce(paidAt),
        termsAcceptedAt: paidAt,
        immediateDeliveryConsent: true,
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
        details: { title, childName: row.fullName, lines } as unknown as Prisma.InputJsonValue,
      },
      select: { id: true },
    });
    await tx.familyPackage.create({
      data: {
        childId: child.id,
        packageCode: 'STANDARD',
        schoolYear: quote.schoolYear.startYear,
        classNumber: cls.ok ? cls.classNumber : null,
        currency: 'PLN',
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
        payuOrderId: 'DEMO0004PAYU',
        status: 'COMPLETED',
        amount: priced.totalMinor,
        currency: 'PLN',
        createdAt: paidAt,
      },
    });
    return order.id;
  });
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
  await lessonsSince(child.userId, paidAt, now);
}

/** Kuba's lessons, subject by subject in the school's order, on the days of LESSON_DAYS_AGO after the payment. */
async function lessonsSince(userId: string, paidAt: Date, now: Date) {
  const enrolments = await db().enrolment.findMany({
    where: { userId },
    select: {
      id: true,
      course: {
        select: {
          slug: true,
          modules: {
            orderBy: { position: 'asc' },
            select: { lessons: { orderBy: { position: 'asc' }, select: { id: true } } },
          },
        },
      },
    },
  });
  const lessons = enrolments.flatMap((e) =>
    e.course.modules.flatMap((m) => m.lessons.map((l, i) => ({ enrolmentId: e.id, lessonId: l.id, order: i }))),
  );
  // Week 1 of every subject first, then week 2: the way a school week goes.
  lessons.sort((a, b) => a.order - b.order);
  const days = LESSON_DAYS_AGO.map((d) => new Date(now.getTime() - d * DAY + 2 * HOUR)).filter((t) => t > paidAt);
  await db().lessonProgress.createMany({
    data: days.slice(0, lessons.length).map((completedAt, i) => ({
      enrolmentId: lessons[i]!.enrolmentId,
      lessonId: lessons[i]!.lessonId,
      completedAt,
    })),
    skipDuplicates: true,
  });
}
