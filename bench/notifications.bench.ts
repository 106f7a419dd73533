// notifications: authentic COMPLETED notifications per second, each fulfilling its order exactly
// once (signature, lock, status change, enrolment, invoice and its number, e-mail outbox), as a
// ratio to a floor handler in the same run that only verifies the signature and updates one row.
// Target: at least 0.5× the floor.
import { benchDatabase, report, timed } from './support';

const N = 400;
const ROUNDS = 5;
const CONCURRENCY = 8;
const SECOND_KEY = 'b6ca15b0d1020e8094d9b5f8d163db54';

const database = await benchDatabase('notifications');
try {
  const { db } = await import('../lib/db/client');
  const { signatureHeader, receiveNotification } = await import('../lib/payments/payu');
  const { handleOrderNotification } = await import('../lib/settlement/notifications');
  const { numberPendingInvoices } = await import('../lib/invoices/issue');
  const { emailsDispatched } = await import('../lib/jobs/queues');

  const category = await db().category.create({ data: { slug: 'b', name: 'B' } });
  const course = await db().course.create({
    data: {
      slug: 'b',
      title: 'Kurs',
      summary: '',
      description: '',
      syllabus: [],
      categoryId: category.id,
      accessMonths: 2,
      priceGross: 9900,
    },
  });
  const offer = await db().courseOffer.create({ data: { courseId: course.id, seats: 1, priceGross: 9900 } });

  async function makeOrders(prefix: string) {
    const bodies: string[] = [];
    for (let i = 0; i < N; i++) {
      const user = await db().user.create({
        data: { email: `${prefix}${i}@bench.pl`, firstName: 'B', lastName: 'B', passwordHash: 'x' },
      });
      await db().order.create({
        data: {
          number: `${prefix}-${i}`,
          checkoutKey: `${prefix}-${i}`,
          userId: user.id,
          totalGross: 9900,
          buyerType: 'PERSON',
          buyerName: 'B B',
          buyerEmail: user.email!,
          // An address: the buyer asked for a VAT invoice, so each payment numbers one (a consumer
          // without one gets a receipt, outside the invoice series, and nothing to number).
          street: 'ul. Testowa 1',
          postalCode: '00-001',
          city: 'Warszawa',
          termsVersion: 't',
          termsAcceptedAt: new Date(),
          items: {
            create: {
              offerId: offer.id,
              courseId: course.id,
              name: 'Kurs',
              quantity: 1,
              unitGross: 9900,
              totalGross: 9900,
            },
          },
          payments: {
            create: {
              extOrderId: `${prefix}-E${i}`,
              payuOrderId: `${prefix}-P${i}`,
              amount: 9900,
              currency: 'PLN',
              status: 'PENDING',
            },
          },
        },
      });
      bodies.push(
        JSON.stringify({
          order: {
            orderId: `${prefix}-P${i}`,
            extOrderId: `${prefix}-E${i}`,
            status: 'COMPLETED',
            totalAmount: '9900',
            currencyCode: 'PLN',
          },
        }),
      );
    }
    return bodies.map((body) => ({ body, header: signatureHeader(body, SECOND_KEY, 'MD5') }));
  }

  // Alternating rounds, so a slow moment of the machine (a checkpoint, autovacuum) falls on both
  // sides alike; each round has orders of its own, and the first one only warms both up.
  let floorMs = 0;
  let realMs = 0;
  for (let round = 0; round <= ROUNDS; round++) {
    const floorSet = await makeOrders(`F${round}-`);
    const realSet = await makeOrders(`R${round}-`);
    // Planner statistics and a fresh checkpoint, as a live database has them, for both sides.
    await db().$executeRawUnsafe('VACUUM ANALYZE');
    await db().$executeRawUnsafe('CHECKPOINT');
    // Floor: verify the signature, then one UPDATE of the payment row.
    const floor = await timed(N, CONCURRENCY, async (i) => {
      const r = receiveNotification(floorSet[i].body, { 'openpayu-signature': floorSet[i].header }, SECOND_KEY);
      if (!r.ok || r.notification.kind !== 'order') throw new Error('bad notification');
      await db().payment.update({ where: { payuOrderId: r.notification.orderId }, data: { status: 'COMPLETED' } });
    });
    // Real: until every invoice has its number and every e-mail is on the job queue.
    const t0 = performance.now();
    await timed(N, CONCURRENCY, async (i) => {
      const r = receiveNotification(realSet[i].body, { 'openpayu-signature': realSet[i].header }, SECOND_KEY);
      if (!r.ok || r.notification.kind !== 'order') throw new Error('bad notification');
      if ((await handleOrderNotification(r.notification)) !== 'paid') throw new Error('not fulfilled');
    });
    await Promise.all([numberPendingInvoices(), emailsDispatched()]);
    const real = performance.now() - t0;
    if (round > 0) {
      floorMs += floor;
      realMs += real;
    }
  }

  const fulfilled = await db().enrolment.count();
  const invoices = await db().invoice.count({ where: { number: { not: null } } });
  if (fulfilled !== N * (ROUNDS + 1) || invoices !== N * (ROUNDS + 1))
    throw new Error(`expected ${N * (ROUNDS + 1)} fulfilments, got ${fulfilled} enrolments / ${invoices} invoices`);
  const value = (N * ROUNDS) / (realMs / 1000);
  const baseline = (N * ROUNDS) / (floorMs / 1000);
  report({
    bench: 'notifications',
    value: +value.toFixed(1),
    unit: 'notifications/s',
    baseline: +baseline.toFixed(1),
    ratio: +(value / baseline).toFixed(3),
    target: 0.5,
  });
} finally {
  await database.close();
}
