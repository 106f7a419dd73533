// Matplaneta Live end to end in the services (issue 21): the order with an account and a child made
// at purchase (age and seats refused with nothing written), the first Abonament paid through the
// PayU simulator → access and the access e-mail, the next period's link once after the 3rd class,
// unpaid at its first class → ended, and a cancelled class refunded pro rata through PayU, once.
process.env.TEST_CLOCK = '1';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { fromWarsaw } from '@/lib/format/time';
import { advanceClock, currentTime, resetClock } from '@/lib/clock/clock';
import { startLocalPayu } from '@/lib/payments/payu/simulator/local';
import { freePort } from '@/lib/db/dev/embedded';
import { openPayLink } from '@/lib/billing/payments/pay-link';
import { chargeLinkToken } from '@/lib/billing/payments/link';
import { handleOrderNotification } from '@/lib/settlement/notifications';
import { runBillingDay } from '@/lib/billing/run/daily';
import { cancelSession } from '@/lib/live/sessions/cancel';
import { orderLiveCourse, type LiveOrderInput } from '@/lib/live-maths/purchase';
import { liveMathsPage } from '@/lib/live-maths/course-page';
import { addMaterial, learnerMaterials, materialForViewer } from '@/lib/live-maths/materials';
import { UserError } from '@/lib/errors';
import { refundsOfSession } from '@/lib/live-maths/cancellation-refunds';
import { makeUser } from './live-fixtures';

vi.mock('@/lib/jobs/queues', () => ({
  dispatchEmails: async () => {},
  enqueueMany: async () => {},
  enqueue: async () => {},
}));

// Tuesdays 17:00 from 6 October 2026; ordered on Thursday 1 October.
const at = (m: number, d: number, h = 12, min = 0) => fromWarsaw(2026, m, d, h, min);
const ORDERED = at(10, 1);
let sim: Awaited<ReturnType<typeof startLocalPayu>>;
let admin: Awaited<ReturnType<typeof makeUser>>;
const sessions: { id: string; startsAt: Date; endsAt: Date }[] = [];
let groupId = '';
const SLUG = 'matematyka-live-wtorek';

beforeAll(async () => {
  sim = await startLocalPayu({ port: await freePort(), retryDelaysMs: [0], quiet: true });
  admin = await makeUser(['ADMINISTRATOR']);
  const teacher = await makeUser(['TEACHER'], 'Lena');
  const first = at(10, 6, 17);
  const group = await db().liveGroup.create({
    data: {
      programme: 'mat-live-3',
      title: 'Matematyka Live — klasa 3',
      teacherId: teacher.id,
      bookingMode: 'MEMBERS',
      weekday: 2,
      startTime: '17:00',
      durationMinutes: 100,
      firstDay: first,
      lastDay: new Date(first.getTime() + 7 * 86_400_000 * 10),
    },
  });
  groupId = group.id;
  for (let i = 0; i < 10; i++) {
    const startsAt = new Date(first.getTime() + i * 7 * 86_400_000);
    sessions.push(
      await db().liveSession.create({
        data: {
          groupId,
          teacherId: teacher.id,
          startsAt,
          endsAt: new Date(startsAt.getTime() + 100 * 60_000),
          capacity: 12,
        },
        select: { id: true, startsAt: true, endsAt: true },
      }),
    );
  }
  await db().billingOffer.create({
    data: {
      slug: SLUG,
      title: 'Matematyka Live — abonament',
      product: 'live',
      planKind: 'SESSIONS',
      planCode: 'live-4',
      amount: 24001,
      periodSessions: 4,
      liveGroupId: groupId,
    },
  });
});
afterAll(async () => sim.close());
afterEach(() => resetClock());

let n = 0;
const order = (over: Partial<LiveOrderInput> = {}, viewerId: string | null = null, now = ORDERED) =>
  orderLiveCourse(
    viewerId,
    {
      slug: SLUG,
      child: 'new',
      childName: 'Ola Nowak',
      birthYear: 2018,
      payer: { firstName: 'Ewa', lastName: 'Nowak', email: `ewa${++n}.${process.pid}@example.pl` },
      immediateStart: true,
      ...over,
    },
    now,
  );

async function payByBlik(chargeId: string) {
  const opened = await openPayLink(chargeLinkToken(chargeId), null, '203.0.113.5');
  if (opened?.kind !== 'redirect') throw new Error(`expected PayU, got ${JSON.stringify(opened)}`);
  const orderId = new URL(opened.url).pathname.split('/').pop()!;
  await fetch(`${sim.url}/pay/${orderId}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ method: 'blik', blikCode: '777123' }).toString(),
    redirect: 'manual',
  });
  const o = sim.orders.get(orderId)!;
  await handleOrderNotification({
    kind: 'order',
    orderId,
    extOrderId: o.extOrderId,
    status: o.status,
    totalAmount: o.totalAmount,
    currencyCode: o.currencyCode,
  });
  return orderId;
}

const clockTo = (when: Date) => advanceClock(when.getTime() - currentTime().getTime());
const contractOf = (payerId: string) =>
  db().contract.findFirstOrThrow({ where: { payerId }, include: { charges: { orderBy: { seq: 'asc' } } } });
const mails = (to: string) =>
  db().emailMessage.findMany({
    where: { to },
    orderBy: { createdAt: 'asc' },
    select: { template: true, props: true, text: true },
  });

describe('ordering Matplaneta Live', () => {
  it('refuses a child outside 4–13 and a taken e-mail beside their fields, writing nothing', async () => {
    const young = await order({ birthYear: 2023, payer: { firstName: 'A', lastName: 'B', email: 'mloda@example.pl' } });
    expect(young.fieldErrors?.birthYear).toMatch(/od 4 lat/);
    const old = await order({ birthYear: 2012, payer: { firstName: 'A', lastName: 'B', email: 'mloda@example.pl' } });
    expect(old.fieldErrors?.birthYear).toMatch(/do 13 lat/);
    expect(await db().user.count({ where: { email: 'mloda@example.pl' } })).toBe(0);
    expect(await db().contract.count()).toBe(0);
    const taken = await order({ payer: { firstName: 'A', lastName: 'B', email: 'zajety@example.pl' } });
    expect(taken.fieldErrors).toBeUndefined();
    const again = await order({ payer: { firstName: 'A', lastName: 'B', email: 'zajety@example.pl' } });
    expect(again.fieldErrors?.email).toMatch(/jest już konto/);
  });

  it('pays the first Abonament → access and the access e-mail; the link once after the 3rd class; unpaid → ended', async () => {
    const email = `pierwsza.${process.pid}@example.pl`;
    const r = await order({ payer: { firstName: 'Ewa', lastName: 'Pierwsza', email } });
    if (r.fieldErrors) throw new Error(JSON.stringify(r.fieldErrors));
    const payer = await db().user.findUniqueOrThrow({
      where: { email },
      include: { children: { include: { user: true } } },
    });
    expect(payer.roles).toEqual(['PARENT']);
    const child = payer.children[0];
    expect([child.fullName, child.birthYear]).toEqual(['Ola Nowak', 2018]);
    // The account's set-password link went out at purchase; access waits for the payment.
    expect((await mails(email)).map((m) => m.template).sort()).toEqual(['billing-signed', 'live-maths-welcome']);
    expect((await mails(email)).find((m) => m.template === 'live-maths-welcome')!.text).toContain('/haslo/nowe/');

    clockTo(at(10, 1, 12, 5));
    await payByBlik(r.firstChargeId);
    let c = await contractOf(payer.id);
    expect(c.status).toBe('ACTIVE');
    expect(c.charges.map((ch) => ch.status)).toEqual(['PAID', 'OPEN']);
    const booked = await db().liveBooking.findMany({ where: { userId: child.userId, status: 'BOOKED' } });
    expect(booked).toHaveLength(10);
    const paid = (await mails(email)).find((m) => m.template === 'billing-paid')!;
    expect(paid.props).toMatchObject({ effect: 'activated', classesLink: expect.stringMatching(/\/zajecia$/) });

    // The 3rd class ends on 20 October at 18:40: the next four classes' link, once however often the run goes.
    await runBillingDay(at(10, 20, 18, 30));
    expect((await mails(email)).filter((m) => m.template === 'billing-pay-link')).toHaveLength(0);
    await runBillingDay(at(10, 20, 18, 45));
    await runBillingDay(at(10, 20, 20));
    await runBillingDay(at(10, 21, 6));
    expect((await mails(email)).filter((m) => m.template === 'billing-pay-link')).toHaveLength(1);
    // Unpaid at the next period's first class (3 November): the contract ends, access closes.
    await runBillingDay(at(11, 3, 6));
    c = await contractOf(payer.id);
    expect([c.status, c.endReason]).toEqual(['ENDED', 'unpaid']);
  });

  it('a cancelled class of the paid period is refunded pro rata through PayU with an e-mail, once', async () => {
    const email = `druga.${process.pid}@example.pl`;
    const r = await order({ payer: { firstName: 'Ewa', lastName: 'Druga', email }, birthYear: 2014 });
    if (r.fieldErrors) throw new Error(JSON.stringify(r.fieldErrors));
    clockTo(at(10, 1, 12, 5));
    await payByBlik(r.firstChargeId);
    const payer = await db().user.findUniqueOrThrow({ where: { email } });

    await cancelSession(admin, sessions[1].id, 'mniej niż 6 uczestników', at(10, 8));
    await cancelSession(admin, sessions[1].id, 'mniej niż 6 uczestników', at(10, 8, 13));
    await cancelSession(admin, sessions[2].id, 'mniej niż 6 uczestników', at(10, 9));
    const c = await contractOf(payer.id);
    const refunds = await db().refund.findMany({
      where: { order: { items: { some: { chargeId: c.charges[0].id } } } },
      orderBy: { createdAt: 'asc' },
    });
    // 240,01 zł × 1/4 = 60,0025 → 60,00; the second: round(240,01 × 2/4) − 60,00 = 60,01.
    expect(refunds.map((x) => [x.amount, x.extRefundId])).toEqual([
      [6000, `LV-${c.charges[0].id}-${sessions[1].id}`],
      [6001, `LV-${c.charges[0].id}-${sessions[2].id}`],
    ]);
    const orderId = refunds[0].orderId;
    const payuOrder = await db().payment.findFirstOrThrow({ where: { orderId }, select: { payuOrderId: true } });
    expect(sim.orders.get(payuOrder.payuOrderId!)!.refunds.map((x) => x.amount)).toEqual([6000, 6001]);
    expect((await mails(email)).filter((m) => m.template === 'live-class-refund').map((m) => m.props)).toMatchObject([
      { amount: 6000, currency: 'PLN' },
      { amount: 6001, currency: 'PLN' },
    ]);
    // Staff see on the cancelled class's page the refund it caused.
    expect((await refundsOfSession(sessions[2].id)).find((x) => x.number === c.number)).toMatchObject({
      amount: 6001,
      payer: 'Ewa Druga',
    });
    // The paid period keeps its dates (6–27 October); the next one still starts on 3 November.
    expect(c.charges.map((ch) => ch.periodEnd?.toISOString().slice(0, 10))).toEqual(['2026-10-27', '2026-11-24']);
  });

  it('a class’s materials: the teacher adds them; the booked child’s parent downloads; anyone else 404', async () => {
    const email = `materialy.${process.pid}@example.pl`;
    const r = await order({ payer: { firstName: 'Ewa', lastName: 'Materiał', email }, birthYear: 2016 });
    if (r.fieldErrors) throw new Error(JSON.stringify(r.fieldErrors));
    clockTo(at(10, 1, 12, 5));
    await payByBlik(r.firstChargeId);
    const parent = await db().user.findUniqueOrThrow({ where: { email }, include: { children: true } });
    const session = await db().liveSession.findFirstOrThrow({
      where: {
        groupId,
        status: 'SCHEDULED',
        bookings: { some: { userId: parent.children[0].userId, status: 'BOOKED' } },
      },
      select: { id: true, teacherId: true },
    });
    const teacher = await db().user.findUniqueOrThrow({
      where: { id: session.teacherId },
      select: { id: true, roles: true },
    });
    const stranger = await makeUser(['LEARNER']);
    const bytes = new TextEncoder().encode('%PDF-1.4 karta pracy');
    await expect(addMaterial(stranger, session.id, { name: 'x.pdf', bytes })).rejects.toThrow();
    await expect(addMaterial(teacher, session.id, { name: 'skrypt.exe', bytes })).rejects.toBeInstanceOf(UserError);
    const m = await addMaterial(teacher, session.id, { name: 'karta-pracy.pdf', bytes });
    expect((await materialForViewer(parent, m.id))?.fileName).toBe('karta-pracy.pdf');
    expect((await materialForViewer({ id: parent.children[0].userId, roles: ['CHILD'] }, m.id))?.mimeType).toBe(
      'application/pdf',
    );
    expect(await materialForViewer(stranger, m.id)).toBeNull();
    expect((await learnerMaterials(parent.children[0].userId)).map((x) => x.fileName)).toEqual(['karta-pracy.pdf']);
  });
  it('never sells a seat above the group’s 12, make-ups included', async () => {
    const page = await liveMathsPage(null, ORDERED);
    const left = page.groups.find((g) => g.slug === SLUG)!.seatsLeft;
    expect(left).toBeGreaterThan(0);
    // Make-ups fill one class of the coming period to its capacity.
    await db().liveSession.update({ where: { id: sessions[5].id }, data: { taken: 12 } });
    const full = await order({}, null, ORDERED);
    expect(full.fieldErrors?.slug).toMatch(/nie ma już wolnych miejsc/);
    expect((await liveMathsPage(null, ORDERED)).groups.find((g) => g.slug === SLUG)!.seatsLeft).toBe(0);
  });
});
