// A person who reads no Polish (issue 24): the browser asks for Polish, the visitor switches to
// English in the header, registers at checkout, buys a course with BLIK, learns every lesson,
// passes the final test and downloads the certificate. Every page on the way shows no Polish
// outside the course's own content and legal Polish originals (support/no-polish.ts); the e-mails
// the person received and the certificate PDF are English too.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { checkPage, expect, login, test } from './support/fixtures';
import { expectNoPolish, polishIn } from './support/no-polish';
import { pdfTextOfBuffer } from './support/pdf';
import { demoContentOf } from '../../lib/demo/courses';
import { seller } from '../../lib/invoices/seller';

const SLUG = 'rodo-w-praktyce';
const COURSE = 'RODO w praktyce firmy';
const course = demoContentOf(SLUG)!;
const lessons = course.modules.flatMap((m) => m.lessons);
const NAME = { first: 'Emily', last: 'Carter' };

test.describe.configure({ mode: 'serial' });

// What the journey leaves for the e-mail and certificate checks below.
const journey = { email: '', certificate: Buffer.alloc(0) };

/** Course content the interface names inside its own texts (the title in <title>, a lesson's in an e-mail). */
const CONTENT = [COURSE, ...course.modules.map((m) => m.title), ...lessons.map((l) => l.title)];
const withoutCourseContent = (text: string) => CONTENT.reduce((t, n) => t.split(n).join(' '), text);

/** Every page on the path: accessible (the shared check) and without Polish (always, as its state changes). */
async function see(page: Page) {
  await checkPage(page, true);
  await expectNoPolish(page, { content: CONTENT });
}

async function answerAll(page: Page) {
  const questions = page.getByTestId('question');
  const n = await questions.count();
  expect(n).toBe(course.settings?.testQuestionCount ?? 10);
  for (let i = 0; i < n; i++) {
    const card = questions.nth(i);
    const text = (await card.getByTestId('question-text').textContent())!.trim();
    const question = course.questions.find((q) => q.text === text);
    expect(question, text).toBeDefined();
    for (const o of question!.options.filter((x) => x.correct)) await card.getByLabel(o.text, { exact: true }).check();
  }
}

test('a visitor switches to English, registers, buys a course with BLIK, learns, passes and gets the certificate', async ({
  browser,
  baseURL,
}) => {
  // A purchase, four lessons, a test and a certificate, with axe and the Polish check on each page.
  test.setTimeout(240_000);
  const ctx = await browser.newContext({
    baseURL,
    locale: 'pl-PL',
    extraHTTPHeaders: { 'Accept-Language': 'pl-PL,pl;q=0.9' },
  });
  const page = await ctx.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  journey.email = `emily.carter.${Date.now()}${Math.floor(Math.random() * 1000)}@example.com`;

  // The browser asks for Polish: the first page is Polish, the header offers English.
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await see(page);

  // The public catalogue → the course page → the cart.
  await page.getByRole('link', { name: 'Courses', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await see(page);
  await page.getByRole('link', { name: COURSE }).first().click();
  await expect(page.getByRole('heading', { name: COURSE, level: 1 })).toBeVisible();
  await see(page);
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(page.getByTestId('cart-total')).toHaveText('PLN 149.00');
  await see(page);
  await page.getByRole('link', { name: 'Go to checkout' }).click();

  // Checkout: a new account inline, then the order with the consents.
  await expect(page.getByRole('heading', { name: 'New account' })).toBeVisible();
  await see(page);
  const register = page.locator('section', { has: page.getByRole('heading', { name: 'New account' }) });
  await register.getByLabel('First name').fill(NAME.first);
  await register.getByLabel('Last name').fill(NAME.last);
  await register.getByLabel('E-mail', { exact: true }).fill(journey.email);
  await register.getByLabel('Password', { exact: true }).fill('Learner2026x');
  await register.getByLabel(/I accept the Planeta terms/).check();
  await register.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('button', { name: 'Order and pay' })).toBeVisible();
  await see(page);
  // A refused form speaks English too.
  await page.getByRole('button', { name: 'Order and pay' }).click();
  await expect(page.getByText('To place the order, please accept the terms of service.')).toBeVisible();
  // Checked once the button is back from its pending look (axe would measure its faded colours).
  await expect(page.getByRole('button', { name: 'Order and pay' })).toBeEnabled();
  await see(page);
  await page.getByLabel(/^I accept the/).check();
  await page.getByLabel(/I request that the service begin/).check();
  await page.getByRole('button', { name: 'Order and pay' }).click();

  // PayU's page (the simulator) follows the buyer's language, as PayU's does.
  await expect(page.getByRole('heading', { name: 'Pay for your order' })).toBeVisible();
  await see(page);
  await page.getByLabel('BLIK code').fill('777123');
  await page.getByRole('button', { name: /^Pay / }).click();
  await expect(page.getByRole('heading', { name: /^Order / })).toBeVisible();
  await expect(page.getByTestId('order-status')).toHaveText('Paid', { timeout: 20_000 });
  await see(page);
  // The contract documents: each Polish original, and beside it its English courtesy translation.
  const contract = page.getByTestId('order-contract');
  await expect(contract).toContainText('(in Polish, the binding original)');
  const copyHref = await contract.getByTestId('copy-terms').getAttribute('href');
  expect(copyHref).toMatch(/\/regulamin\.pdf\?lang=en$/);
  const copy = await page.request.get(copyHref!);
  expect(copy.headers()['content-type']).toBe('application/pdf');
  const copyText = pdfTextOfBuffer(await copy.body()).replace(/\s+/g, ' ');
  expect(copyText).toContain('Courtesy translation — the Polish original is binding');
  expect(copyText).toContain('Terms of sale and provision of services of the Planeta platform');
  await page.goto('/zamowienia');
  await expect(page.getByRole('cell', { name: 'Paid' })).toBeVisible();
  await see(page);

  // My courses → every lesson, each marked done; the last one leads to the test.
  await page.goto('/moje-kursy');
  await see(page);
  await page
    .getByTestId('my-course')
    .filter({ hasText: COURSE })
    .getByRole('link', { name: new RegExp(`^Start`) })
    .click();
  for (const [i, lesson] of lessons.entries()) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.title);
    await see(page);
    const last = i === lessons.length - 1;
    await page.getByRole('button', { name: last ? 'Mark as completed' : 'Complete and continue' }).click();
    if (!last) await expect(page).toHaveURL(/\/lekcje\//);
  }
  await expect(page).toHaveURL(new RegExp(`/nauka/${SLUG}/test$`));
  await expect(page.getByRole('heading', { name: 'Final test', level: 1 })).toBeVisible();
  await see(page);

  // The test, answered with the key: passed.
  await page.getByRole('button', { name: 'Start the test' }).click();
  await expect(page.getByRole('heading', { name: /Attempt 1/ })).toBeVisible();
  await see(page);
  await answerAll(page);
  await page.getByRole('button', { name: 'Submit answers' }).click();
  await expect(page.getByTestId('result')).toContainText('Congratulations');
  await see(page);

  // The certificate: a real PDF, and its public verification page.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download certificate' }).click(),
  ]);
  journey.certificate = readFileSync(await download.path());
  const flat = pdfTextOfBuffer(journey.certificate).replace(/\s+/g, ' ');
  expect(flat).toContain(`${NAME.first} ${NAME.last}`);
  const number = /PL-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(flat)?.[0];
  expect(number).toBeDefined();
  await page.goto(`/certyfikaty/${number}`);
  await expect(page.getByTestId('verification')).toContainText(`${NAME.first} ${NAME.last}`);
  await see(page);

  await page.goto('/moje-kursy');
  await expect(page.getByTestId('my-course').filter({ hasText: COURSE })).toBeVisible();
  await see(page);
  await ctx.close();
});

/** Every e-mail to `to` (subject and text), read in the staff mailbox in a context of its own. */
async function mailsTo(browser: Browser, baseURL: string, to: string): Promise<{ subject: string; text: string }[]> {
  const ctx = await browser.newContext({ baseURL });
  const staff = await ctx.newPage();
  try {
    await login(staff, 'zespol');
    await staff.goto(`/panel/poczta?do=${encodeURIComponent(to)}`);
    const hrefs = await staff
      .getByRole('table')
      .getByRole('link')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    const out = [];
    for (const href of hrefs) {
      await staff.goto(href);
      await expect(staff.getByTestId('mail-to')).toHaveText(to);
      out.push({
        subject: (await staff.getByRole('heading', { level: 1 }).textContent()) ?? '',
        text: (await staff.getByTestId('mail-text').textContent()) ?? '',
      });
    }
    return out;
  } finally {
    await ctx.close();
  }
}

test('the e-mails the person received are English', async ({ browser, baseURL }) => {
  expect(journey.email, 'the journey above ran').not.toBe('');
  let mails: { subject: string; text: string }[] = [];
  // The account, the order and the payment each send one; the outbox may still be sending.
  await expect(async () => {
    mails = await mailsTo(browser, baseURL!, journey.email);
    expect(mails.length).toBeGreaterThanOrEqual(2);
  }).toPass({ timeout: 30_000 });
  // Soft: one run lists the Polish of every message. Links and addresses (Polish URLs) and the seller's name,
  // address and registry court (proper names, the same in every language) are not the message's text.
  const s = seller();
  const properNames = [s.name, ...s.addressLines, s.registryCourt ?? ''].filter(Boolean);
  const prose = (t: string) =>
    properNames.reduce((out, n) => out.split(n).join(' '), t.replace(/https?:\/\/\S+|\S+@\S+/g, ' '));
  for (const m of mails)
    expect
      .soft(polishIn(prose(withoutCourseContent(`${m.subject}\n${m.text}`))), `Polish in “${m.subject}”`)
      .toEqual([]);
});

test('the certificate PDF is English', async () => {
  expect(journey.certificate.byteLength, 'the journey above ran').toBeGreaterThan(0);
  // Flattened: the layout may break the course's title over two lines.
  const text = pdfTextOfBuffer(journey.certificate).replace(/\s+/g, ' ');
  // Its labels are letter-spaced ("C E R T I F I C A T E"): the word is looked for without spaces.
  expect(text.replace(/ /g, '')).toMatch(/certificate/i);
  expect(polishIn(withoutCourseContent(text))).toEqual([]);
});
