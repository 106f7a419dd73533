import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { queueEmail, subjectSql } from '@/lib/mail/outbox';
import { sqlPool } from '@/lib/db/sql';
import { getMail } from '@/lib/mail/mailbox';
import { deliverEmail } from '@/lib/mail/transport';
import { boss } from '@/lib/jobs/boss';
import { dispatchEmails } from '@/lib/jobs/queues';
import { startWorkers } from '@/lib/jobs/registry';
import { databaseReachable } from '@/lib/db/health';

describe('e-mail outbox', () => {
  it('renders the React template with a plain-text part and stores it for the mailbox without SMTP', async () => {
    const id = await queueEmail(db(), 'ola@example.pl', 'password-reset', {
      firstName: 'Ola',
      link: 'http://x/haslo/nowe/abc',
    });
    const row = await db().emailMessage.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe('QUEUED');
    expect(row.html).toContain('Ustaw nowe hasło');
    expect(row.html).toContain('href="http://x/haslo/nowe/abc"');
    expect(row.text).toContain('http://x/haslo/nowe/abc');
    expect(await deliverEmail(id)).toBe('stored');
    expect(await deliverEmail(id)).toBe('skipped'); // safe to run twice
    expect((await db().emailMessage.findUniqueOrThrow({ where: { id } })).status).toBe('STORED');
  });

  it('renders a message queued with only its props when staff open it and when it is delivered', async () => {
    const props = {
      firstName: 'Ela',
      orderNumber: 'ZAM-1',
      orderId: 'ord-1',
      items: [
        { name: 'Kurs BHP', quantity: 1 },
        { name: 'Excel', quantity: 3 },
      ],
      totalGross: 129900,
      currency: 'PLN',
    };
    // As the payment statement queues it: the subject from the template's wording, in SQL.
    const { rows } = await sqlPool().query<{ id: string }>(
      `INSERT INTO "EmailMessage" ("id", "to", "subject", "template", "props")
       SELECT gen_random_uuid()::text, 'ela@example.pl', ${subjectSql('order-paid', { orderNumber: "p->>'orderNumber'" })}, 'order-paid', p
         FROM (SELECT $1::jsonb AS p) x RETURNING "id"`,
      [JSON.stringify(props)],
    );
    const id = rows[0].id;
    const row = await db().emailMessage.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      status: 'QUEUED',
      html: null,
      text: null,
      subject: 'Płatność przyjęta — zamówienie ZAM-1',
    });
    expect((await getMail(id))!.html).toContain('Kurs BHP');
    expect(await deliverEmail(id)).toBe('stored');
    const sent = await db().emailMessage.findUniqueOrThrow({ where: { id } });
    expect(sent.html).toContain('ZAM-1');
    expect(sent.html).toContain('Excel × 3');
    expect(sent.text).toContain('(1299,00\u00a0zł)');
    expect(sent.text).toContain('/zamowienia/ord-1');
  });

  it('a confirmation queued with the earlier props is converted by its migration and then delivered', async () => {
    const category = await db().category.create({ data: { slug: 'm', name: 'M' } });
    const course = await db().course.create({
      data: {
        slug: 'm',
        title: 'Kurs BHP',
        summary: '',
        description: '',
        syllabus: [],
        categoryId: category.id,
        priceGross: 4900,
      },
    });
    const user = await db().user.create({
      data: { email: 'stary@example.pl', firstName: 'Olek', lastName: 'S', passwordHash: 'x' },
    });
    const order = await db().order.create({
      data: {
        number: 'ZAM-OLD-1',
        checkoutKey: 'old-1',
        userId: user.id,
        totalGross: 9800,
        buyerType: 'PERSON',
        buyerName: 'Olek S',
        buyerEmail: user.email!,
        termsVersion: 't',
        termsAcceptedAt: new Date(),
        items: { create: { courseId: course.id, name: 'Kurs BHP', quantity: 2, unitGross: 4900, totalGross: 9800 } },
      },
    });
    const old = await db().emailMessage.create({
      data: {
        to: user.email!,
        subject: 'Płatność przyjęta — zamówienie ZAM-OLD-1',
        template: 'order-paid',
        props: {
          firstName: 'Olek',
          orderNumber: 'ZAM-OLD-1',
          items: ['Kurs BHP × 2'],
          total: '98,00 zł',
          link: 'http://x/zamowienia/1',
        },
      },
    });
    const dir = 'prisma/migrations/20261121214500_order_paid_props_plain';
    await sqlPool().query(readFileSync(`${dir}/migration.sql`, 'utf8'));
    const row = await db().emailMessage.findUniqueOrThrow({ where: { id: old.id } });
    expect(row.props).toEqual({
      firstName: 'Olek',
      orderNumber: 'ZAM-OLD-1',
      orderId: order.id,
      totalGross: 9800,
      currency: 'PLN',
      items: [{ name: 'Kurs BHP', quantity: 2 }],
    });
    expect(await deliverEmail(old.id)).toBe('stored');
    expect((await db().emailMessage.findUniqueOrThrow({ where: { id: old.id } })).text).toContain('Kurs BHP × 2');
  });

  it('a message that cannot be rendered counts the attempt and keeps the reason', async () => {
    const bad = await db().emailMessage.create({
      data: { to: 'x@example.pl', subject: 'S', template: 'order-paid', props: { firstName: 'X' } },
    });
    await expect(deliverEmail(bad.id)).rejects.toThrow();
    const row = await db().emailMessage.findUniqueOrThrow({ where: { id: bad.id } });
    expect(row).toMatchObject({ status: 'QUEUED', attempts: 1 });
    expect(row.lastError).toBeTruthy();
    expect((await getMail(bad.id))!.text).toMatch(/^Treści nie da się przygotować/);
  });

  it('delivers queued messages through pg-boss workers', async () => {
    const b = await boss();
    await startWorkers(b);
    const id = await queueEmail(db(), 'job@example.pl', 'welcome', { firstName: 'Ala', link: 'http://x' });
    await dispatchEmails([id]);
    const deadline = Date.now() + 15_000;
    let status = 'QUEUED';
    while (Date.now() < deadline && status === 'QUEUED') {
      await new Promise((r) => setTimeout(r, 200));
      status = (await db().emailMessage.findUniqueOrThrow({ where: { id } })).status;
    }
    expect(status).toBe('STORED');
  });

  it('reports the database as reachable', async () => {
    expect(await databaseReachable()).toBe(true);
  });
});
