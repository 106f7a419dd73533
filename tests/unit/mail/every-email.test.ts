// Every template of the catalogue, rendered for its sample (./email-samples.ts), reads English for
// a reader in English — subject, HTML and plain text, outside URLs and proper names — and the
// recipient's language otherwise: a new template left in Polish fails here.
import { beforeAll, describe, expect, it } from 'vitest';
import { templates, type TemplateName } from '@/emails';
import { renderEmail } from '@/lib/mail/render';
import { samples } from './email-samples';
import { POLISH, expectEnglish, visible } from './english';

const names = Object.keys(templates) as TemplateName[];
const render = (name: TemplateName, locale: string) => renderEmail(name, samples[name] as never, locale);

describe('every e-mail in the recipient language', () => {
  beforeAll(() => {
    process.env.DATABASE_URL ??= 'postgresql://localhost:5432/unused';
    process.env.APP_URL ??= 'https://planeta.test';
    process.env.AUTH_SECRET ??= 'unit-test-secret-unit-test-secret-0123456789';
  });

  it('has a sample for every template', () => {
    expect(names.length).toBeGreaterThanOrEqual(68);
    expect(names.filter((n) => !(n in samples))).toEqual([]);
  });

  it.each(names)('%s: English for en, Polish for pl', async (name) => {
    const en = await render(name, 'en');
    expectEnglish(en);
    const pl = await render(name, 'pl');
    expect(pl.html).toContain('<html lang="pl">');
    // The check can fail: the Polish rendering does not pass it.
    expect(() => expectEnglish(pl)).toThrow();
    // The template reads the language it is given, not a fixed one.
    expect(pl.text).not.toBe(en.text);
    expect(pl.subject === en.subject && pl.html === en.html).toBe(false);
  });

  it('billing amounts and days follow the language (Intl): "1234,50 zł" and "PLN 1,234.50"', async () => {
    const pl = await render('billing-reminder', 'pl');
    const en = await render('billing-reminder', 'en');
    expect(pl.text).toContain('Instalment 1 — 1234,50\u00a0zł, termin płatności 10 grudnia 2026.');
    expect(en.text).toContain('Instalment 1 — PLN\u00a01,234.50, due on 10 December 2026.');
    expect(en.text).toContain('The payment was due 3 days ago');
    const notice = await render('billing-notice', 'en');
    expect(notice.text).toContain('We will refund PLN\u00a01,917.88 by 14 January 2027 at the latest');
    expect(notice.text).toContain('- Paid: PLN\u00a03,200.00\n- Used (1/3): -PLN\u00a01,282.12');
  });

  it('a desk contract names the centre and its desk in the language', async () => {
    expect((await render('billing-demand', 'en')).text).toContain("at the centre's desk (10 Main Street)");
    expect((await render('billing-demand', 'pl')).text).toContain('w kasie centrum (10 Main Street)');
  });

  it('codes are named in the language: discount type, contact topic, request kind, staff role', async () => {
    expect((await render('discount-rejected', 'en')).subject).toBe(
      `${(await import('@/lib/i18n')).messages('en').discounts.types.SIBLING} does not apply — contract UM/2026/7KQ3XZ`,
    );
    expect((await render('discount-rejected', 'pl')).subject).toBe(
      'Rabat za rodzeństwo nie przysługuje — umowa UM/2026/7KQ3XZ',
    );
    expect((await render('contact-confirmation', 'pl')).text).toContain('Temat: Zamówienie lub płatność');
    expect((await render('privacy-request-decided', 'pl')).text).toContain('(Sprzeciw)');
    expect((await render('school-staff-invited', 'pl')).text).toContain('Nauczyciel');
    expect((await render('class-change-decided', 'pl')).text).toContain('klasa 3');
  });

  // Contract and support e-mails also reach the language school's learners and parents, who have Ukrainian.
  const contractMails = names.filter((n) =>
    /^(billing-|discount-|centre-group-cancelled$|language-signed$|contact-confirmation$|complaint-(confirmation|answer)$)/.test(
      n,
    ),
  );

  it.each(contractMails)('%s reads Ukrainian for uk', async (name) => {
    const uk = await render(name, 'uk');
    expect(uk.html).toContain('<html lang="uk">');
    expect(uk.text).toMatch(/^Добрий день, [\w ]+!/);
    for (const t of [uk.subject, visible(uk.html), uk.text.replace(/https?:\/\/\S+/g, ' ')])
      expect(t).not.toMatch(POLISH);
    expect(uk.text).not.toContain('р..'); // a date's own "р." ends the sentence
  });

  it('an older row holding Polish pre-formatted text is shown as stored', async () => {
    const old = { ...samples['billing-paid'], amount: '299,00 zł', paidThrough: '4 kwietnia 2027' };
    const r = await renderEmail('billing-paid', old as never, 'pl');
    expect(r.text).toContain('przyjęliśmy płatność 299,00 zł');
    expect(r.text).toContain('Opłacone do: 4 kwietnia 2027.');
  });
});
