// A message is rendered in its recipient's language (issue 24): the outbox keeps the locale of the
// account it is addressed to, and a message queued in SQL (rendered on delivery) is delivered in it.
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { sqlPool } from '@/lib/db/sql';
import { getMail } from '@/lib/mail/mailbox';
import { queueEmail, recipientLocaleSql, subjectSql } from '@/lib/mail/outbox';
import { deliverEmail } from '@/lib/mail/transport';

const person = (email: string, locale: string | null) =>
  db().user.create({ data: { email, firstName: 'Emma', lastName: 'S', passwordHash: 'x', locale } });

describe('e-mails in the recipient language', () => {
  it("queues a message in the account's language, Polish for an account that never chose and for an unknown address", async () => {
    await person('emma@example.com', 'en');
    await person('ola@example.pl', null);
    const props = { firstName: 'Emma', link: 'https://planeta.test/haslo/nowe/t' };
    const en = await db().emailMessage.findUniqueOrThrow({
      where: { id: await queueEmail(db(), 'Emma@Example.com', 'password-reset', props) },
    });
    expect(en).toMatchObject({ locale: 'en', subject: 'Set a new password for Planeta' });
    expect(en.html).toContain('<html lang="en">');
    expect(en.text).toContain('Hello Emma,');
    const pl = await db().emailMessage.findUniqueOrThrow({
      where: { id: await queueEmail(db(), 'ola@example.pl', 'password-reset', props) },
    });
    expect(pl).toMatchObject({ locale: 'pl', subject: 'Ustaw nowe hasło w Planecie' });
    const office = await db().emailMessage.findUniqueOrThrow({
      where: { id: await queueEmail(db(), 'biuro@example.pl', 'welcome', props) },
    });
    expect(office.locale).toBe('pl');
    // The caller's language wins where it knows better (a sign-up in the visitor's language).
    const given = await db().emailMessage.findUniqueOrThrow({
      where: { id: await queueEmail(db(), 'ola@example.pl', 'welcome', props, 'en') },
    });
    expect(given).toMatchObject({ locale: 'en', subject: 'Welcome to Planeta' });
  });

  it('delivers a message queued in SQL for an English-speaking buyer in English, subject included', async () => {
    await person('buyer@example.com', 'en');
    const props = {
      firstName: 'Emma',
      orderNumber: 'ZAM-9',
      orderId: 'ord-9',
      items: [{ name: 'Excel', quantity: 3 }],
      totalGross: 129900,
      currency: 'PLN',
    };
    const locale = recipientLocaleSql(`'buyer@example.com'`);
    const { rows } = await sqlPool().query<{ id: string }>(
      `INSERT INTO "EmailMessage" ("id", "to", "locale", "subject", "template", "props")
       SELECT gen_random_uuid()::text, 'buyer@example.com', ${locale},
              ${subjectSql('order-paid', { orderNumber: "p->>'orderNumber'" }, locale)}, 'order-paid', p
         FROM (SELECT $1::jsonb AS p) x RETURNING "id"`,
      [JSON.stringify(props)],
    );
    const id = rows[0].id;
    const queued = await db().emailMessage.findUniqueOrThrow({ where: { id } });
    expect(queued).toMatchObject({ locale: 'en', html: null, subject: 'Payment received — order ZAM-9' });
    expect((await getMail(id))!.html).toContain('Thank you — PayU has confirmed the payment');
    expect(await deliverEmail(id)).toBe('stored');
    const sent = await db().emailMessage.findUniqueOrThrow({ where: { id } });
    expect(sent.subject).toBe('Payment received — order ZAM-9');
    expect(sent.text).toContain('Hello Emma,');
    expect(sent.text).toContain('(PLN\u00a01,299.00)');
    expect(sent.text).not.toMatch(/[ąćęłńóśźż]|Dzień dobry/);
  });

  it('renders a row whose SQL subject was Polish in its stored language on delivery', async () => {
    const row = await db().emailMessage.create({
      data: {
        to: 'x@example.com',
        locale: 'en',
        subject: 'Witamy w Planecie',
        template: 'welcome',
        props: { firstName: 'Emma', link: 'https://planeta.test/' },
      },
    });
    await deliverEmail(row.id);
    expect(await db().emailMessage.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      subject: 'Welcome to Planeta',
      status: 'STORED',
    });
  });
});
