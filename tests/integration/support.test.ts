import { afterEach, describe, expect, it, vi } from 'vitest';
process.env.TEST_CLOCK = '1';
import { db } from '@/lib/db/client';
import { UserError } from '@/lib/errors';
import { advanceClock, currentTime, resetClock } from '@/lib/clock/clock';
import { seller } from '@/lib/invoices/seller';
import { sendContactMessage } from '@/lib/support/contact';
import { answerComplaint, fileComplaint } from '@/lib/support/complaints';
import { orderComplaints } from '@/lib/support/complaint-view';
import { answerDeadline } from '@/lib/support/rules/answer-deadline';
import { FORM_LIMIT } from '@/lib/support/throttle';

vi.mock('@/lib/jobs/queues', () => ({ dispatchEmails: async () => {}, enqueueMany: async () => {} }));
afterEach(() => resetClock());

let n = 0;
const unique = (prefix: string) => `${prefix}${Date.now()}${++n}`;

async function buyerWithOrder() {
  const user = await db().user.create({
    data: { email: `${unique('b')}@example.com`, firstName: 'Anna', lastName: 'Nowak', passwordHash: 'x' },
    select: { id: true, email: true },
  });
  const order = await db().order.create({
    data: {
      number: unique('ZAM-'),
      checkoutKey: unique('k'),
      userId: user.id,
      totalGross: 19900,
      buyerType: 'PERSON',
      buyerName: 'Anna Nowak',
      buyerEmail: user.email!,
      termsVersion: '2026-12-01',
      termsAcceptedAt: currentTime(),
    },
    select: { id: true, number: true },
  });
  return { user, order };
}

const mailsTo = (to: string, template: string) => db().emailMessage.findMany({ where: { to, template } });

describe('complaints', () => {
  it('are stored with the 14-day deadline, and staff and the buyer are e-mailed', async () => {
    const { user, order } = await buyerWithOrder();
    const r = await fileComplaint(
      {
        name: 'Anna Nowak',
        email: user.email!,
        orderId: order.id,
        description: 'Wideo się nie ładuje',
        demand: 'Naprawa',
      },
      user,
      '203.0.113.7',
    );
    const c = await db().complaint.findUniqueOrThrow({ where: { number: r.number } });
    expect(c.orderId).toBe(order.id);
    expect(c.dueAt).toEqual(answerDeadline(c.receivedAt).dueAt);
    expect(c.ipHash).not.toContain('203.0.113.7');
    expect(await mailsTo(user.email!, 'complaint-confirmation')).toHaveLength(1);
    const staff = await db().emailMessage.findMany({
      where: { to: seller().complaintsEmail, template: 'complaint-staff' },
    });
    expect(staff.some((m) => m.subject.includes(r.number))).toBe(true);
  });

  it('refuse an order that is not the sender’s, and any order for an anonymous sender', async () => {
    const { order } = await buyerWithOrder();
    const other = await buyerWithOrder();
    const input = { name: 'X', email: 'x@example.com', orderId: order.id, description: 'd', demand: 'd' };
    await expect(fileComplaint(input, other.user, '203.0.113.8')).rejects.toBeInstanceOf(UserError);
    await expect(fileComplaint(input, null, '203.0.113.8')).rejects.toBeInstanceOf(UserError);
    expect(await db().complaint.count({ where: { orderId: order.id } })).toBe(0);
  });

  it('are answered once: the buyer gets one e-mail, a second answer is refused, the order shows it', async () => {
    const { user, order } = await buyerWithOrder();
    const staff = await db().user.create({
      data: {
        login: unique('staff'),
        firstName: 'Ewa',
        lastName: 'Zespół',
        passwordHash: 'x',
        roles: ['ADMINISTRATOR'],
      },
      select: { id: true },
    });
    const r = await fileComplaint(
      { name: 'Anna', email: user.email!, orderId: order.id, description: 'Brak dostępu', demand: 'Dostęp' },
      user,
      '203.0.113.9',
    );
    const c = await db().complaint.findUniqueOrThrow({ where: { number: r.number } });
    advanceClock(3 * 86_400_000);
    const both = await Promise.allSettled([
      answerComplaint(staff.id, c.id, 'Dostęp przywrócony.'),
      answerComplaint(staff.id, c.id, 'Druga odpowiedź.'),
    ]);
    expect(both.filter((x) => x.status === 'fulfilled')).toHaveLength(1);
    await expect(answerComplaint(staff.id, c.id, 'Trzecia')).rejects.toBeInstanceOf(UserError);
    const answers = await mailsTo(user.email!, 'complaint-answer');
    expect(answers).toHaveLength(1);
    const shown = await orderComplaints(user.id, order.id);
    const stored = await db().complaint.findUniqueOrThrow({ where: { id: c.id }, select: { answer: true } });
    expect(answers[0]!.text).toContain(stored.answer);
    expect(shown[0]?.answer?.text).toBe(stored.answer);
    expect(shown[0]?.countdown).toBeNull();
    // Someone else sees nothing of it.
    expect(await orderComplaints((await buyerWithOrder()).user.id, order.id)).toEqual([]);
  });
});

describe('the contact form', () => {
  const message = (email: string) => ({ name: 'Jan', email, topic: 'OTHER' as const, message: 'Pytanie o kurs' });

  it('stores the message, e-mails staff and confirms to the sender', async () => {
    const email = `${unique('c')}@example.com`;
    const id = await sendContactMessage(message(email), null, '198.51.100.1');
    expect(await db().contactMessage.findUnique({ where: { id } })).toMatchObject({ email, userId: null });
    expect(await mailsTo(email, 'contact-confirmation')).toHaveLength(1);
    const staff = await mailsTo(seller().email, 'contact-staff');
    expect(staff.some((m) => m.text?.includes(email))).toBe(true);
  });

  it(`allows ${FORM_LIMIT.perWindow} messages an hour per IP address, then refuses until the hour has passed`, async () => {
    const ip = '198.51.100.2';
    for (let i = 0; i < FORM_LIMIT.perWindow; i++)
      await sendContactMessage(message(`${unique('r')}@example.com`), null, ip);
    const sixth = `${unique('r')}@example.com`;
    await expect(sendContactMessage(message(sixth), null, ip)).rejects.toMatchObject({
      codes: ['support.errors.tooMany'],
    });
    expect(await mailsTo(sixth, 'contact-confirmation')).toHaveLength(0); // nothing stored or sent
    advanceClock(FORM_LIMIT.windowMs + 1000);
    await expect(sendContactMessage(message(sixth), null, ip)).resolves.toBeTruthy();
  });

  it('limits one e-mail address across IP addresses too', async () => {
    const email = `${unique('s')}@example.com`;
    for (let i = 0; i < FORM_LIMIT.perWindow; i++) await sendContactMessage(message(email), null, `192.0.2.${i + 1}`);
    await expect(sendContactMessage(message(email.toUpperCase()), null, '192.0.2.99')).rejects.toBeInstanceOf(
      UserError,
    );
  });
});
