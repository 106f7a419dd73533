// Shared by the privacy tests: a shop (two courses, the PayU simulator), a person with an invoiced
// order, a lesson done, a test passed, a certificate, a session, a contact message, and an order
// still being paid. Call setUpPrivacyShop() at a file's top.
import { db } from '@/lib/db/client';
import { hashPassword } from '@/lib/auth/password';
import { openSession } from '@/lib/auth/sessions';
import { addToCart } from '@/lib/orders/cart';
import { placeOrder } from '@/lib/orders/place-order';
import { handleOrderNotification } from '@/lib/settlement/notifications';
import { numberPendingInvoices } from '@/lib/invoices/issue';
import type { CurrentUser } from '@/lib/auth/session';
import { setUpCoursePurchases } from './course-purchases';

export const PASSWORD = 'Haslo12345x';

export function setUpPrivacyShop() {
  const { shop } = setUpCoursePurchases();
  let n = 0;

  async function person(firstName: string, lastName: string): Promise<CurrentUser> {
    const i = ++n;
    const u = await db().user.create({
      data: {
        email: `${firstName.toLowerCase()}.${i}@example.pl`,
        firstName,
        lastName,
        passwordHash: await hashPassword(PASSWORD),
        phone: `+48 600 000 00${i}`,
        termsVersion: '2026-12-01',
        termsAcceptedAt: new Date(),
      },
    });
    return { id: u.id, email: u.email, login: null, firstName, lastName, roles: u.roles };
  }

  /** An order placed with an invoice wanted; paid in PayU unless `pay` is false. */
  async function order(user: CurrentUser, opts: { pay?: boolean; offer?: string } = {}) {
    await addToCart({ token: null, userId: user.id }, opts.offer ?? shop.offer1);
    const placed = await placeOrder(
      user,
      { token: null, userId: user.id },
      {
        checkoutKey: `pk-${user.id}-${++n}`,
        buyerType: 'PERSON',
        wantsInvoice: 'on',
        street: `Polna ${n}`,
        postalCode: '00-950',
        city: 'Warszawa',
        payMethod: 'blik',
        terms: 'on',
        immediateDelivery: 'on',
      } as Parameters<typeof placeOrder>[2],
      '10.0.0.1',
    );
    if (opts.pay !== false) {
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
      await numberPendingInvoices();
    }
    return db().order.findUniqueOrThrow({ where: { id: placed.orderId }, include: { invoice: true } });
  }

  /** Progress, a passed test and a certificate on the person's enrolment, a session, a message. */
  async function studied(user: CurrentUser, certificateNumber: string) {
    const e = await db().enrolment.findFirstOrThrow({ where: { userId: user.id }, include: { course: true } });
    const mod = await db().courseModule.create({
      data: { courseId: e.courseId, position: 1, title: `Moduł ${user.lastName}` },
    });
    const lesson = await db().lesson.create({
      data: { moduleId: mod.id, position: 1, title: `Lekcja ${user.lastName}`, body: 'x' },
    });
    await db().lessonProgress.create({ data: { enrolmentId: e.id, lessonId: lesson.id, completedAt: new Date() } });
    await db().testAttempt.create({
      data: {
        enrolmentId: e.id,
        number: 1,
        seed: 's',
        questionIds: [],
        startedAt: new Date(),
        submittedAt: new Date(),
        points: 9,
        maxPoints: 10,
        percent: 90,
        passed: true,
      },
    });
    await db().certificate.create({
      data: {
        number: certificateNumber,
        enrolmentId: e.id,
        fullName: `${user.firstName} ${user.lastName}`,
        courseTitle: e.course.title,
        scorePercent: 90,
        issuedAt: new Date(),
      },
    });
    await openSession({ userId: user.id, userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0', ip: '10.1.1.1' });
    await db().contactMessage.create({
      data: {
        userId: user.id,
        name: user.firstName,
        email: user.email!,
        topic: 'inne',
        message: `Pytanie od ${user.lastName}`,
        ipHash: 'h',
      },
    });
  }

  return { shop, person, order, studied };
}
