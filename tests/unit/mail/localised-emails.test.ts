// E-mails are rendered in the recipient's language (issue 24): subject, HTML and plain text of the
// learner's path in Polish and in English, with no Polish left in the English ones.
import { beforeAll, describe, expect, it } from 'vitest';
import { renderEmail } from '@/lib/mail/render';
import { subjectSql } from '@/lib/mail/outbox';
import type { TemplateName, TemplateProps } from '@/emails';
import { POLISH, expectEnglish } from './english';

async function both<N extends TemplateName>(name: N, props: TemplateProps<N>) {
  return { pl: await renderEmail(name, props, 'pl'), en: await renderEmail(name, props, 'en') };
}

const order = {
  firstName: 'Emma',
  orderNumber: 'ZAM/2026/0042',
  orderId: 'o42',
  items: [{ name: 'Excel', quantity: 2, totalGross: 39800 }],
  totalGross: 39800,
  currency: 'PLN',
  buyerType: 'PERSON' as const,
  consent: true,
  termsVersion: '2026-01',
  termsAcceptedAt: '2026-12-01T10:00:00.000Z',
  paidAt: '2026-12-01T10:05:00.000Z',
  salesDocument: 'INVOICE' as const,
};

describe('e-mails in the recipient language', () => {
  // Links are absolute (lib/url.ts): the configuration a server has, read on first use.
  beforeAll(() => {
    process.env.DATABASE_URL ??= 'postgresql://localhost:5432/unused';
    process.env.APP_URL ??= 'https://planeta.test';
    process.env.AUTH_SECRET ??= 'unit-test-secret-unit-test-secret-0123456789';
  });

  it('welcome and password reset: Polish for pl, English for en, the layout too', async () => {
    const w = await both('welcome', { firstName: 'Emma', link: 'https://planeta.test/' });
    expect(w.pl.subject).toBe('Witamy w Planecie');
    expect(w.pl.text).toContain('Dzień dobry Emma,');
    expect(w.pl.html).toContain('<html lang="pl">');
    expect(w.pl.html).toContain('Wiadomość wysłana automatycznie');
    expect(w.en.subject).toBe('Welcome to Planeta');
    expect(w.en.text).toContain('Hello Emma,');
    expect(w.en.html).toContain('This message was sent automatically');
    expectEnglish(w.en);
    const r = await both('password-reset', { firstName: 'Emma', link: 'https://planeta.test/haslo/nowe/t' });
    expect(r.pl.html).toContain('Ustaw nowe hasło');
    expect(r.en.html).toContain('Set a new password');
    expectEnglish(r.en);
  });

  it('a date given as an ISO timestamp is formatted in the language; an older formatted one is shown as stored', async () => {
    const p = { firstName: 'Emma', changedAt: '2026-12-03T15:20:00.000Z', resetLink: 'https://planeta.test/x' };
    const r = await both('password-changed', p);
    expect(r.pl.text).toContain('(3 grudnia 2026');
    expect(r.pl.text).toContain('16:20)');
    expect(r.en.text).toContain('3 December 2026');
    expectEnglish(r.en);
    const old = await renderEmail('password-changed', { ...p, changedAt: '3 grudnia 2026 16:20' }, 'pl');
    expect(old.text).toContain('(3 grudnia 2026 16:20)');
  });

  it('order paid: money, the contract confirmation and the seller in the language', async () => {
    const r = await both('order-paid', order);
    expect(r.pl.subject).toBe('Płatność przyjęta — zamówienie ZAM/2026/0042');
    expect(r.pl.text).toContain('398,00\u00a0zł');
    expect(r.pl.text).toContain('POTWIERDZENIE ZAWARCIA UMOWY');
    expect(r.en.subject).toBe('Payment received — order ZAM/2026/0042');
    expect(r.en.text).toContain('PLN\u00a0398.00');
    expect(r.en.text).toContain('CONFIRMATION OF THE CONTRACT');
    expect(r.en.html).toContain('My courses');
    expectEnglish(r.en);
  });

  it("order paid: a plain course line is named in the reader's language, the stored (invoice) name otherwise", async () => {
    const items = [
      {
        name: 'Excel od podstaw — dla jednej osoby',
        quantity: 1,
        totalGross: 19900,
        seats: 1,
        course: 'Excel od podstaw',
      },
      { name: 'Dokupione miejsca: 5', quantity: 1, totalGross: 19900, seats: 5, topUp: true, course: null },
    ];
    const r = await both('order-paid', { ...order, items });
    expect(r.en.text).toContain('Excel od podstaw — for one person');
    expect(r.pl.text).toContain('Excel od podstaw — dla jednej osoby');
    expect(r.en.text).toContain('Dokupione miejsca: 5');
  });

  it.each([
    [
      'refund-sent',
      {
        firstName: 'Emma',
        orderNumber: 'Z1',
        orderId: 'o1',
        amount: 1000,
        currency: 'PLN',
        reason: 'duplicate',
        finalizedAt: '2026-12-02T09:00:00Z',
      },
    ],
    [
      'order-withdrawal',
      {
        firstName: 'Emma',
        orderNumber: 'Z1',
        orderId: 'o1',
        items: ['Excel'],
        filedAt: '2026-12-02T09:00:00Z',
        refundAmount: 1000,
        currency: 'PLN',
      },
    ],
    [
      'invoice-correction',
      {
        firstName: 'Emma',
        orderNumber: 'Z1',
        orderId: 'o1',
        correctionId: 'c1',
        number: 'FK/2026/000001',
        invoiceNumber: 'FV/2026/000009',
        amount: 1000,
        currency: 'PLN',
        issueDate: '2026-12-02T09:00:00Z',
        reason: 'refund',
      },
    ],
    [
      'terms-changed',
      {
        firstName: 'Emma',
        version: '2027-01',
        effectiveFrom: '2027-01-15',
        changes: ['Clause 3'],
        changesLink: 'https://planeta.test/r',
        acceptLink: 'https://planeta.test/a',
      },
    ],
    [
      'access-ending',
      {
        firstName: 'Emma',
        what: 'Excel',
        kind: 'course',
        lastDay: '2026-12-09T22:59:59.999Z',
        link: 'https://planeta.test/k',
      },
    ],
    ['account-unlock', { firstName: 'Emma', link: 'https://planeta.test/u' }],
    ['group-agreement-accepted', { firstName: 'Emma', courseTitle: 'Excel', link: 'https://planeta.test/g' }],
    [
      'group-invitation',
      {
        firstName: 'Emma',
        courseTitle: 'Excel',
        companyName: 'Acme',
        login: 'emma',
        link: 'https://planeta.test/i',
        validUntil: '2026-12-10T10:00:00Z',
      },
    ],
    [
      'group-admin-added',
      {
        firstName: 'Emma',
        companyName: 'Acme',
        courseTitle: 'Excel',
        link: 'https://planeta.test/g',
        invitation: { link: 'https://planeta.test/i', validUntil: '2026-12-10T10:00:00Z' },
      },
    ],
    [
      'group-report-approved',
      { firstName: 'Emma', courseTitle: 'Excel', link: 'https://planeta.test/g', comment: 'Well done' },
    ],
    [
      'parent-welcome',
      { firstName: 'Emma', link: 'https://planeta.test/rodzina', termsLink: 'https://planeta.test/r', currency: 'GBP' },
    ],
    [
      'family-cancellation',
      {
        firstName: 'Emma',
        childName: 'Jack',
        packageName: 'Standard',
        withdrawal: true,
        effectiveAt: '2026-12-10T10:00:00Z',
        refund: 1000,
        currency: 'GBP',
        link: 'https://planeta.test/rodzina',
      },
    ],
    [
      'trial-started',
      { firstName: 'Emma', endsAt: '2026-12-05T10:00:00Z', children: ['Jack'], link: 'https://planeta.test/rodzina' },
    ],
    ['trial-ending', { firstName: 'Emma', endsAt: '2026-12-05T10:00:00Z', link: 'https://planeta.test/rodzina' }],
    [
      'live-maths-welcome',
      { firstName: 'Emma', login: 'emma@example.com', link: 'https://planeta.test/h', validDays: 7 },
    ],
    [
      'live-session-cancelled',
      { firstName: 'Emma', title: 'Algebra', startsAt: '2026-12-04T16:00:00Z', link: 'https://planeta.test/l' },
    ],
    [
      'live-class-refund',
      {
        firstName: 'Emma',
        number: 'UM/1',
        title: 'Algebra',
        startsAt: '2026-12-04T16:00:00Z',
        amount: 500,
        currency: 'GBP',
        link: 'https://planeta.test/l',
      },
    ],
    ['data-export-ready', { firstName: 'Emma', link: 'https://planeta.test/e', validUntil: '2026-12-10T10:00:00Z' }],
    ['account-deleted', { firstName: 'Emma', shortId: 'AB12', deletedAt: '2026-12-03T10:00:00Z', kept: [] }],
  ] as const)('%s has no Polish in English and reads Polish in Polish', async (name, props) => {
    const r = await both(name as TemplateName, props as never);
    expectEnglish(r.en);
    expect(r.pl.text).toMatch(/^Dzień dobry( Emma)?,/);
    expect(r.pl.text).toMatch(POLISH);
    expect(r.pl.html).toContain('<html lang="pl">');
  });

  it("the language school's e-mails read Ukrainian for uk, the layout too", async () => {
    const p = {
      firstName: 'Olena',
      number: 'JP/2026/0007',
      login: 'olena.k',
      siteUrl: 'https://planeta.test',
      link: 'https://planeta.test/haslo/nowe/t',
      validDays: 7,
    };
    const r = await renderEmail('language-activated', p, 'uk');
    expect(r.html).toContain('<html lang="uk">');
    expect(r.html).toContain('Повідомлення надіслано автоматично');
    expect(r.text).toContain('Добрий день, Olena!');
    expect(r.subject).not.toMatch(/[ąćęłńóśźż]/);
  });

  it('a subject queued from SQL is a CASE over the languages, Polish otherwise', () => {
    const sql = subjectSql('order-paid', { orderNumber: 'o."number"' }, 'm."locale"');
    expect(sql).toBe(
      `(CASE m."locale" WHEN 'en' THEN concat('Payment received — order ', o."number", '') ` +
        `WHEN 'uk' THEN concat('Платіж прийнято — замовлення ', o."number", '') ` +
        `ELSE concat('Płatność przyjęta — zamówienie ', o."number", '') END)`,
    );
  });
});
