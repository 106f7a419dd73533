// The lifecycle e-mails: each queued once per event, to the right person, with the right link.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { startLocalPayu } from '@/lib/payments/payu/simulator/local';
import { freePort } from '@/lib/db/dev/embedded';
import { handleOrderNotification } from '@/lib/settlement/notifications';
import { changePassword, registerUser, requestPasswordReset, resetPassword } from '@/lib/auth/accounts';
import { setOwnPassword } from '@/lib/groups/accounts/first-login';
import { registerParent } from '@/lib/families/registration';
import { addChild, requestClassChange } from '@/lib/families/children';
import { decideClassChange } from '@/lib/families/staff';
import { startTrial } from '@/lib/families/trials';
import { remindPackagesEnding, remindTrialsEnding } from '@/lib/families/reminders';
import { remindCourseAccessEnding } from '@/lib/learning/access-reminders';
import { placeFamilyOrder } from '@/lib/families/family-order';
import { seedFamilySubjects } from '@/lib/demo/family-subjects';
import { fromWarsaw } from '@/lib/format/time';
import { renderedBody } from '@/lib/mail/stored';

vi.mock('@/lib/jobs/queues', () => ({ dispatchEmails: async () => {}, enqueueMany: async () => {} }));

const NOW = fromWarsaw(2026, 9, 3, 12);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let sim: Awaited<ReturnType<typeof startLocalPayu>>;
beforeAll(async () => {
  sim = await startLocalPayu({ port: await freePort(), retryDelaysMs: [0], quiet: true });
  await seedFamilySubjects();
});
afterAll(async () => {
  await sim.close();
});

const mails = (to: string, template: string) =>
  db().emailMessage.findMany({ where: { to, template }, orderBy: { createdAt: 'asc' } });

let n = 0;
async function parentWithChild() {
  const k = ++n;
  const { id } = await registerParent({
    firstName: 'Anna',
    lastName: 'Nowak',
    email: `rodzic${k}@example.pl`,
    phone: '',
    country: 'DE',
    password: 'Haslo12345x',
  });
  const childId = await addChild(
    id,
    { fullName: `Ola Nowak ${k}`, birthYear: 2016, login: `ola${k}`, password: 'Haslo12345x' },
    NOW,
  );
  const parent = await db().user.findUniqueOrThrow({
    where: { id },
    select: { id: true, email: true, firstName: true, lastName: true },
  });
  return { parent: { ...parent, email: parent.email! }, childId };
}

describe('password changed', () => {
  it('is sent once per change from the account page, the reset link and the first login, never with the password', async () => {
    const { email, id } = await registerUser({
      firstName: 'Iga',
      lastName: 'Nowa',
      email: 'iga@example.pl',
      password: 'Haslo12345x',
    });
    await changePassword(id, 'Haslo12345x', 'Nowe-haslo-9876');
    let sent = await mails(email!, 'password-changed');
    expect(sent).toHaveLength(1);
    expect(sent[0].subject).toBe('Hasło do Twojego konta zostało zmienione');
    expect(sent[0].text).toContain('Jeśli to nie Ty');
    expect(sent[0].text).toContain('http://localhost:3000/haslo/reset');
    expect(sent[0].html! + sent[0].text).not.toContain('Nowe-haslo-9876');

    // A wrong current password changes nothing and sends nothing.
    await expect(changePassword(id, 'zle', 'Inne-haslo-1234')).rejects.toThrow();
    expect(await mails(email!, 'password-changed')).toHaveLength(1);

    await requestPasswordReset(email!);
    const reset = (await mails(email!, 'password-reset'))[0];
    const token = /\/haslo\/nowe\/([\w-]+)/.exec(reset.text!)![1];
    await resetPassword(token, 'Trzecie-haslo-55');
    await expect(resetPassword(token, 'Czwarte-haslo-66')).rejects.toThrow();
    sent = await mails(email!, 'password-changed');
    expect(sent).toHaveLength(2);
    expect(sent.every((m) => !(m.html! + m.text).includes('Trzecie-haslo-55'))).toBe(true);

    await setOwnPassword(id, 'Piate-haslo-777');
    expect(await mails(email!, 'password-changed')).toHaveLength(3);
  });

  it('sends nothing for an account without an address (a participant with a login only)', async () => {
    const u = await db().user.create({
      data: { login: 'uczestnik1', firstName: 'Jan', lastName: 'Bez', passwordHash: 'x', passwordIssued: true },
    });
    const before = await db().emailMessage.count({ where: { template: 'password-changed' } });
    await setOwnPassword(u.id, 'Wlasne-haslo-123');
    expect(await db().emailMessage.count({ where: { template: 'password-changed' } })).toBe(before);
    expect((await db().user.findUniqueOrThrow({ where: { id: u.id } })).passwordIssued).toBe(false);
  });
});

describe('class change decided', () => {
  it('tells the parent once, with the new class and a link to the family page, and once for a rejection', async () => {
    const { parent, childId } = await parentWithChild();
    await requestClassChange(parent.id, childId, 1, NOW);
    // Two staff members (or two instances) decide at once: one decision, one e-mail.
    const results = await Promise.allSettled([decideClassChange(childId, true), decideClassChange(childId, true)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    await expect(decideClassChange(childId, false)).rejects.toThrow(/rozpatrzona/);
    let sent = await mails(parent.email, 'class-change-decided');
    expect(sent).toHaveLength(1);
    expect(sent[0].subject).toMatch(/^Zmiana klasy zatwierdzona — Ola Nowak \d+$/);
    expect(sent[0].text).toContain('klasa 5');
    expect(sent[0].text).toContain('http://localhost:3000/rodzina');

    await requestClassChange(parent.id, childId, -1, new Date(NOW.getTime() + HOUR));
    await decideClassChange(childId, false);
    sent = await mails(parent.email, 'class-change-decided');
    expect(sent).toHaveLength(2);
    expect(sent[1].subject).toMatch(/^Zmiana klasy niezatwierdzona — Ola Nowak \d+$/);
    expect(sent[1].text).toContain('klasa 5'); // the approved shift stays
  });
});

describe('trial', () => {
  it('confirms the start once, and reminds a day before the end once, not before and not after', async () => {
    const { parent } = await parentWithChild();
    const { endsAt } = await startTrial(parent.id, NOW);
    await expect(startTrial(parent.id, NOW)).rejects.toThrow();
    const started = await mails(parent.email, 'trial-started');
    expect(started).toHaveLength(1);
    expect(started[0].text).toMatch(/- Ola Nowak \d+/);
    expect(started[0].text).toContain('5 września 2026 12:00');
    expect(started[0].text).toContain('http://localhost:3000/rodzina');

    const dueAt = new Date(endsAt.getTime() - DAY); // no change of clocks in September
    await remindTrialsEnding(new Date(dueAt.getTime() - 60_000));
    expect(await mails(parent.email, 'trial-ending')).toHaveLength(0);
    await Promise.all([remindTrialsEnding(dueAt), remindTrialsEnding(dueAt)]);
    await remindTrialsEnding(new Date(dueAt.getTime() + HOUR));
    const ending = await mails(parent.email, 'trial-ending');
    expect(ending).toHaveLength(1);
    expect(ending[0].subject).toBe('Okres testowy kończy się jutro');
    expect(ending[0].text).toContain('http://localhost:3000/rodzina/pakiety');
  });

  it('sends no reminder after the trial ended', async () => {
    const { parent } = await parentWithChild();
    const { endsAt } = await startTrial(parent.id, NOW);
    await remindTrialsEnding(endsAt);
    expect(await mails(parent.email, 'trial-ending')).toHaveLength(0);
  });
});

describe('trial reminder for a family that already bought', () => {
  it('is not sent when every child has a paid package for the trial’s school year', async () => {
    const { parent, childId } = await parentWithChild();
    const { endsAt } = await startTrial(parent.id, NOW);
    await db().familyPackage.create({
      data: {
        childId,
        packageCode: 'STANDARD',
        schoolYear: 2026,
        currency: 'EUR',
        amountPaid: 69900,
        addOns: [],
        orderId: `bought-${childId}`,
        orderItemId: `bought-item-${childId}`,
        status: 'ACTIVE',
        accessEndsAt: fromWarsaw(2027, 9, 1),
      },
    });
    await remindTrialsEnding(new Date(endsAt.getTime() - HOUR));
    expect(await mails(parent.email, 'trial-ending')).toHaveLength(0);
  });
});

async function courseWithAccessEnding(endsAt: Date, opts: { group?: boolean; viaOrder?: boolean } = {}) {
  const k = ++n;
  const category = await db().category.upsert({
    where: { slug: 'lc' },
    create: { slug: 'lc', name: 'LC' },
    update: {},
  });
  const course = await db().course.create({
    data: {
      slug: `excel-${k}`,
      title: `Excel ${k}`,
      summary: 's',
      description: 'd',
      syllabus: [],
      categoryId: category.id,
      accessMonths: 2,
      priceGross: 9900,
    },
  });
  const user = await db().user.create({
    data: { email: `kursant${k}@example.pl`, firstName: 'Ela', lastName: 'Kurs', passwordHash: 'x' },
  });
  const order = await db().order.create({
    data: {
      number: `ZAM-LC-${k}`,
      checkoutKey: `lc-${k}`,
      userId: user.id,
      status: 'PAID',
      totalGross: 9900,
      buyerType: 'PERSON',
      buyerName: 'Ela Kurs',
      buyerEmail: user.email!,
      termsVersion: 'v1',
      termsAcceptedAt: NOW,
      items: {
        create: {
          courseId: course.id,
          name: 'Excel',
          seats: opts.group ? 5 : 1,
          quantity: 1,
          unitGross: 9900,
          totalGross: 9900,
        },
      },
    },
    include: { items: true },
  });
  const group = opts.group
    ? await db().group.create({
        data: { ownerId: user.id, courseId: course.id, orderItemId: order.items[0].id, companyName: 'F', seats: 5 },
      })
    : null;
  const enrolment = await db().enrolment.create({
    data: {
      userId: user.id,
      courseId: course.id,
      orderItemId: opts.viaOrder === false ? null : order.items[0].id,
      groupId: group?.id ?? null,
      startsAt: NOW,
      endsAt,
    },
  });
  return { user, course, enrolment };
}

describe('access ending in a week', () => {
  it('reminds the buyer of a course once, a week before the last day, not before and not after', async () => {
    // Ends 1 Nov 2026 00:00 CET (last day 31 October); due 25 Oct 00:00 CEST, across the change of clocks.
    const end = fromWarsaw(2026, 11, 1);
    const due = fromWarsaw(2026, 10, 25);
    const { user, course } = await courseWithAccessEnding(end);
    await remindCourseAccessEnding(new Date(due.getTime() - 60_000));
    expect(await mails(user.email!, 'access-ending')).toHaveLength(0);
    await Promise.all([remindCourseAccessEnding(due), remindCourseAccessEnding(due)]);
    await remindCourseAccessEnding(new Date(due.getTime() + 3 * DAY));
    const sent = await mails(user.email!, 'access-ending');
    expect(sent).toHaveLength(1);
    expect(sent[0].subject).toBe(`Dostęp do kursu „${course.title}” kończy się za tydzień`);
    expect(sent[0].text).toContain('31 października 2026');
    expect(sent[0].text).toContain(`http://localhost:3000/kursy/${course.slug}`);

    // A renewal moves the end: a new end, a new reminder.
    await db().enrolment.updateMany({ where: { userId: user.id }, data: { endsAt: fromWarsaw(2027, 1, 1) } });
    await remindCourseAccessEnding(fromWarsaw(2026, 12, 25));
    expect(await mails(user.email!, 'access-ending')).toHaveLength(2);
    await remindCourseAccessEnding(fromWarsaw(2027, 1, 1));
    expect(await mails(user.email!, 'access-ending')).toHaveLength(2);
  });

  it('leaves out group seats and access not bought by the learner (a trial)', async () => {
    const end = fromWarsaw(2026, 12, 1);
    const group = await courseWithAccessEnding(end, { group: true });
    const trial = await courseWithAccessEnding(end, { viaOrder: false });
    await remindCourseAccessEnding(fromWarsaw(2026, 11, 26));
    expect(await mails(group.user.email!, 'access-ending')).toHaveLength(0);
    expect(await mails(trial.user.email!, 'access-ending')).toHaveLength(0);
  });

  it('reminds the parent of a child’s package once, unless the next year is already bought', async () => {
    const { parent, childId } = await parentWithChild();
    const end = fromWarsaw(2027, 9, 1);
    const pkg = (year: number, code: 'STANDARD' | 'MINI') =>
      db().familyPackage.create({
        data: {
          childId,
          packageCode: code,
          schoolYear: year,
          currency: 'EUR',
          amountPaid: 69900,
          addOns: [],
          orderId: `o-${year}-${n}`,
          orderItemId: `i-${year}-${n}`,
          status: 'ACTIVE',
          paidAt: NOW,
          accessEndsAt: fromWarsaw(year + 1, 9, 1),
        },
      });
    await pkg(2026, 'STANDARD');
    const due = fromWarsaw(2027, 8, 25);
    await remindPackagesEnding(new Date(due.getTime() - 60_000));
    expect(await mails(parent.email, 'access-ending')).toHaveLength(0);
    await Promise.all([remindPackagesEnding(due), remindPackagesEnding(due)]);
    const sent = await mails(parent.email, 'access-ending');
    expect(sent).toHaveLength(1);
    expect(sent[0].subject).toMatch(/^Pakiet Standard \(Ola Nowak \d+\) kończy się za tydzień$/);
    expect(sent[0].text).toContain('31 sierpnia 2027');
    expect(sent[0].text).toContain('http://localhost:3000/rodzina/pakiety');
    expect(end).toEqual(fromWarsaw(2027, 9, 1));

    const other = await parentWithChild();
    await db().familyPackage.createMany({
      data: [2026, 2027].map((year) => ({
        childId: other.childId,
        packageCode: 'MINI' as const,
        schoolYear: year,
        currency: 'EUR',
        amountPaid: 50900,
        addOns: [],
        orderId: `x-${year}`,
        orderItemId: `xi-${year}`,
        status: 'ACTIVE' as const,
        accessEndsAt: fromWarsaw(year + 1, 9, 1),
      })),
    });
    await remindPackagesEnding(due);
    expect(await mails(other.parent.email, 'access-ending')).toHaveLength(0);
  });
});

async function pay(orderId: string) {
  const payment = await db().payment.findFirstOrThrow({
    where: { orderId },
    select: { payuOrderId: true, extOrderId: true, amount: true, currency: true },
  });
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

describe('the payment e-mail points to the page the buyer uses', () => {
  it('sends a parent to the family page', async () => {
    const { parent, childId } = await parentWithChild();
    const placed = await placeFamilyOrder(
      parent,
      [{ childId, package: 'STANDARD' }],
      'card',
      'lifecycle-family-1',
      '10.0.0.1',
      NOW,
    );
    await pay(placed.orderId);
    const [mail] = await mails(parent.email, 'order-paid');
    expect(mail.props).toMatchObject({ place: '/rodzina' });
    const body = await renderedBody(mail);
    expect(body.text).toContain('Moja rodzina: http://localhost:3000/rodzina');
    expect(body.text).not.toContain('Moje kursy');
    expect(body.html).toContain('href="http://localhost:3000/rodzina"');
  });

  it('sends a company admin to the group the payment created', async () => {
    const k = ++n;
    const { course } = await courseWithAccessEnding(fromWarsaw(2027, 1, 1));
    const user = await db().user.create({
      data: { email: `firma${k}@example.pl`, firstName: 'Ala', lastName: 'Kot', passwordHash: 'x' },
    });
    const order = await db().order.create({
      data: {
        number: `ZAM-G-${k}`,
        checkoutKey: `g-${k}`,
        userId: user.id,
        totalGross: 252400,
        buyerType: 'COMPANY',
        buyerName: 'Firma sp. z o.o.',
        buyerEmail: user.email!,
        companyName: 'Firma sp. z o.o.',
        termsVersion: 't',
        termsAcceptedAt: NOW,
        items: {
          create: {
            courseId: course.id,
            name: 'Pakiet 30',
            seats: 30,
            quantity: 1,
            unitGross: 252400,
            totalGross: 252400,
          },
        },
        payments: {
          create: {
            extOrderId: `EXT-G-${k}`,
            payuOrderId: `PAYU-G-${k}`,
            amount: 252400,
            currency: 'PLN',
            status: 'PENDING',
          },
        },
      },
    });
    await handleOrderNotification({
      kind: 'order',
      orderId: `PAYU-G-${k}`,
      extOrderId: `EXT-G-${k}`,
      status: 'COMPLETED',
      totalAmount: 252400,
      currencyCode: 'PLN',
    });
    const group = await db().group.findFirstOrThrow({ where: { ownerId: user.id } });
    const [mail] = await mails(user.email!, 'order-paid');
    expect(mail.props).toMatchObject({ place: `/grupy/${group.id}`, orderId: order.id });
    const body = await renderedBody(mail);
    expect(body.text).toContain(`http://localhost:3000/grupy/${group.id}`);
    expect(body.text).toContain('zakładce „Grupy”');
  });

  it('sends a learner to their courses', async () => {
    const { course } = await courseWithAccessEnding(fromWarsaw(2027, 1, 1));
    const k = ++n;
    const user = await db().user.create({
      data: { email: `osoba${k}@example.pl`, firstName: 'Ola', lastName: 'Kot', passwordHash: 'x' },
    });
    await db().order.create({
      data: {
        number: `ZAM-P-${k}`,
        checkoutKey: `p-${k}`,
        userId: user.id,
        totalGross: 9900,
        buyerType: 'PERSON',
        buyerName: 'Ola Kot',
        buyerEmail: user.email!,
        termsVersion: 't',
        termsAcceptedAt: NOW,
        items: {
          create: { courseId: course.id, name: 'Excel', seats: 1, quantity: 1, unitGross: 9900, totalGross: 9900 },
        },
        payments: {
          create: {
            extOrderId: `EXT-P-${k}`,
            payuOrderId: `PAYU-P-${k}`,
            amount: 9900,
            currency: 'PLN',
            status: 'PENDING',
          },
        },
      },
    });
    await handleOrderNotification({
      kind: 'order',
      orderId: `PAYU-P-${k}`,
      extOrderId: `EXT-P-${k}`,
      status: 'COMPLETED',
      totalAmount: 9900,
      currencyCode: 'PLN',
    });
    const [mail] = await mails(user.email!, 'order-paid');
    expect(mail.props).toMatchObject({ place: '/moje-kursy' });
    expect((await renderedBody(mail)).text).toContain('Moje kursy: http://localhost:3000/moje-kursy');
  });

  it('renders a message queued before the link existed as before (to the courses)', async () => {
    const { renderEmail } = await import('@/lib/mail/render');
    const r = await renderEmail(
      'order-paid',
      {
        firstName: 'X',
        orderNumber: 'ZAM-1',
        orderId: 'o1',
        items: [],
        totalGross: 100,
        currency: 'PLN',
      },
      'pl',
    );
    expect(r.text).toContain('/moje-kursy');
  });
});
