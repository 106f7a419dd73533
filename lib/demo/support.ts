// Demo data for the staff queues (/panel/reklamacje, the mailbox of contact messages): an open
// complaint still within its 14 days, an answered one kept with a demo order, a contact message.
// Idempotent: fixed numbers and keys, created only when missing.
import { currentTime } from '@/lib/clock/clock';
import { termsVersionInForce } from '@/lib/auth/terms';
import { db } from '@/lib/db/client';
import { answerDeadline } from '@/lib/support/rules/answer-deadline';
import { hashIp } from '@/lib/support/throttle';

const DAY = 86_400_000;
const DEMO_IP = hashIp('demo');

/** An unpaid demo order of the learner (a declined BLIK payment), which the answered complaint is about. */
async function demoOrder(userId: string, email: string, now: Date) {
  const checkoutKey = 'demo-support-order';
  const existing = await db().order.findUnique({ where: { checkoutKey }, select: { id: true, number: true } });
  if (existing) return existing;
  const offer = await db().courseOffer.findFirst({
    where: { seats: 1, course: { slug: 'bhp-pracownicy-biurowi' } },
    select: { id: true, priceGross: true, course: { select: { id: true, title: true } } },
  });
  if (!offer) throw new Error('Demo course bhp-pracownicy-biurowi is missing: seed the catalogue first');
  const placed = new Date(now.getTime() - 6 * DAY);
  return db().order.create({
    data: {
      number: 'ZAM-DEMO-REKL1',
      checkoutKey,
      userId,
      status: 'AWAITING_PAYMENT',
      totalGross: offer.priceGross,
      buyerType: 'PERSON',
      buyerName: 'Jan Kowalski',
      buyerEmail: email,
      termsVersion: termsVersionInForce(placed),
      termsAcceptedAt: placed,
      createdAt: placed,
      items: {
        create: {
          offerId: offer.id,
          courseId: offer.course.id,
          name: offer.course.title,
          quantity: 1,
          unitGross: offer.priceGross,
          totalGross: offer.priceGross,
        },
      },
      payments: {
        create: { extOrderId: 'demo-support-payment', status: 'CANCELED', amount: offer.priceGross, currency: 'PLN' },
      },
    },
    select: { id: true, number: true },
  });
}

export async function seedSupportDemo(now = currentTime()): Promise<void> {
  const learner = await db().user.findUnique({
    where: { email: 'kursant@planeta.local' },
    select: { id: true, email: true },
  });
  const staff = await db().user.findUnique({ where: { email: 'zespol@planeta.local' }, select: { id: true } });
  if (!learner?.email || !staff) throw new Error('Demo accounts kursant and zespol are missing');
  const order = await demoOrder(learner.id, learner.email, now);

  const openAt = new Date(now.getTime() - 3 * DAY);
  const answeredAt = new Date(now.getTime() - 2 * DAY);
  const receivedAt = new Date(now.getTime() - 5 * DAY);
  const complaints = [
    {
      number: 'REK-DEMO-OTWARTA',
      userId: null,
      orderId: null,
      name: 'Maria Wiśniewska',
      email: 'maria.wisniewska@example.com',
      description:
        'W kursie „Szkolenie okresowe BHP dla pracowników biurowych” nagranie lekcji 3 zatrzymuje się po dwóch minutach, w Chrome i w Firefoksie.',
      demand: 'Proszę o poprawienie nagrania albo przedłużenie dostępu o czas, w którym nie działało.',
      receivedAt: openAt,
      dueAt: answerDeadline(openAt).dueAt,
      answer: null,
      answeredAt: null,
      answeredById: null,
    },
    {
      number: 'REK-DEMO-ROZPATRZONA',
      userId: learner.id,
      orderId: order.id,
      name: 'Jan Kowalski',
      email: learner.email,
      description: `Płatność BLIK za zamówienie ${order.number} została odrzucona, a bank pokazuje blokadę środków.`,
      demand: 'Proszę o wyjaśnienie i zwolnienie blokady.',
      receivedAt,
      dueAt: answerDeadline(receivedAt).dueAt,
      answer:
        'PayU potwierdziło, że płatność została anulowana i nie została pobrana; blokada w banku zniknie najpóźniej w ciągu 7 dni. Zamówienie można opłacić ponownie ze strony zamówienia. Reklamację uznajemy.',
      answeredAt,
      answeredById: staff.id,
    },
  ];
  for (const c of complaints) {
    await db().complaint.upsert({ where: { number: c.number }, create: { ...c, ipHash: DEMO_IP }, update: {} });
  }

  const email = 'hr@przyklad-firma.pl';
  if (!(await db().contactMessage.findFirst({ where: { email, ipHash: DEMO_IP }, select: { id: true } }))) {
    await db().contactMessage.create({
      data: {
        name: 'Katarzyna Zielińska',
        email,
        topic: 'GROUP',
        message:
          'Dzień dobry, kupiliśmy pakiet na 30 osób. Czy po dołączeniu nowych pracowników możemy dokupić 20 kont do tego samego szkolenia?',
        ipHash: DEMO_IP,
        createdAt: new Date(now.getTime() - DAY),
      },
    });
  }
}
