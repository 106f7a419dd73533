import type { APIRequestContext, Page } from '@playwright/test';
import { checkPage, expect, login, logout, readLatestMail, test } from './support/fixtures';

const unique = () => `${Date.now()}${Math.floor(Math.random() * 1000)}`;

/** The subjects in the staff mailbox for `to`, read in a separate staff context. */
async function mailSubjects(page: Page, to: string): Promise<string> {
  const ctx = await page
    .context()
    .browser()!
    .newContext({ baseURL: new URL(page.url()).origin });
  const staff = await ctx.newPage();
  try {
    await login(staff, 'zespol');
    await staff.goto(`/panel/poczta?do=${encodeURIComponent(to)}`);
    return (await staff.getByRole('table').textContent()) ?? '';
  } finally {
    await ctx.close();
  }
}

/** A PDF as the browser downloads it: the content type and a real, non-empty document. */
async function expectPdf(request: APIRequestContext, href: string) {
  const res = await request.get(href);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('application/pdf');
  const body = await res.body();
  expect(body.length).toBeGreaterThan(1000);
  expect(body.subarray(0, 5).toString()).toBe('%PDF-');
}

/**
 * The contract confirmation in the staff mailbox: the order-paid message, with the documents a
 * consumer without the early-start request gets, each downloadable by staff.
 */
async function expectConfirmationInMailbox(page: Page, to: string) {
  const ctx = await page
    .context()
    .browser()!
    .newContext({ baseURL: new URL(page.url()).origin });
  const staff = await ctx.newPage();
  try {
    await login(staff, 'zespol');
    await staff.goto(`/panel/poczta?do=${encodeURIComponent(to)}`);
    await staff.getByRole('link', { name: /Płatność przyjęta — zamówienie ZAM-/ }).click();
    await expect(staff.getByTestId('mail-text')).toContainText('POTWIERDZENIE ZAWARCIA UMOWY');
    await expect(staff.getByTestId('mail-text')).toContainText('Nie — prawo odstąpienia od umowy zostało zachowane.');
    const attachments = staff.getByTestId('mail-attachments');
    await expect(attachments.getByRole('link')).toHaveText([
      /Regulamin w wersji \d{4}-\d{2}-\d{2}/,
      'Pouczenie o prawie odstąpienia od umowy (PDF)',
      'Formularz odstąpienia od umowy (PDF)',
    ]);
    // (No axe run here: it cannot enter the message's sandboxed preview frame.)
    for (const link of await attachments.getByRole('link').all()) {
      await expectPdf(staff.request, (await link.getAttribute('href'))!);
    }
  } finally {
    await ctx.close();
  }
}

/** A new consumer buys "RODO w praktyce" (149,00 zł) with BLIK and lands on the paid order. */
async function buyCourse(page: Page, email: string, consent: boolean) {
  await page.goto('/kursy/rodo-w-praktyce');
  await page.getByRole('button', { name: 'Dodaj do koszyka' }).click();
  await expect(page.getByTestId('cart-total')).toHaveText('149,00 zł');
  await page.goto('/rejestracja?next=/zamowienie');
  await page.getByLabel('Imię').fill('Olga');
  await page.getByLabel('Nazwisko').fill('Wiśniewska');
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel('Hasło', { exact: true }).fill('Kursantka2026');
  await page.getByLabel(/Akceptuję regulamin/).check();
  await page.getByRole('button', { name: 'Załóż konto' }).click();
  await expect(page.getByRole('button', { name: 'Zamawiam i płacę' })).toBeVisible();
  await page.getByLabel(/Akceptuję regulamin/).check();
  if (consent) await page.getByLabel(/Żądam rozpoczęcia świadczenia/).check();
  await page.getByRole('button', { name: 'Zamawiam i płacę' }).click();
  await expect(page.getByRole('heading', { name: 'Zapłać za zamówienie' })).toBeVisible();
  await page.getByLabel('Kod BLIK').fill('777123');
  await page.getByRole('button', { name: /^Zapłać / }).click();
  await expect(page.getByTestId('order-status')).toHaveText('Opłacone', { timeout: 20_000 });
}

test('a consumer who bought without the consent withdraws from the order page and sees the refund', async ({
  page,
}) => {
  const email = `odstapienie.${unique()}@example.pl`;
  // No early-start request (art. 38 pt 13): the right of withdrawal stays.
  await buyCourse(page, email, false);
  const orderUrl = page.url();

  // The contract is confirmed on a durable medium: the e-mail carries the instruction and the form.
  await expectConfirmationInMailbox(page, email);
  // The order page says the same and serves the same PDFs, to the buyer only.
  const contract = page.getByTestId('order-contract');
  await expect(contract).toContainText(/Regulamin w wersji \d{4}-\d{2}-\d{2}, zaakceptowany/);
  await expect(contract).toContainText('Nie — prawo odstąpienia od umowy zostało zachowane.');
  for (const name of ['Pouczenie o prawie odstąpienia od umowy (PDF)', 'Formularz odstąpienia od umowy (PDF)']) {
    await expectPdf(page.request, (await contract.getByRole('link', { name }).getAttribute('href'))!);
  }
  await expectPdf(
    page.request,
    (await contract.getByRole('link', { name: /^Regulamin w wersji/ }).getAttribute('href'))!,
  );
  await expect(contract.getByRole('link', { name: /Potwierdzenie żądania/ })).toHaveCount(0);
  await checkPage(page, true);
  // Another buyer's session gets nothing: the order is not theirs.
  const formHref = (await contract.getByRole('link', { name: /Formularz odstąpienia/ }).getAttribute('href'))!;
  const other = await page
    .context()
    .browser()!
    .newContext({ baseURL: new URL(page.url()).origin });
  const stranger = await other.newPage();
  await login(stranger, 'kursant');
  expect((await stranger.request.get(formHref)).status()).toBe(404);
  await other.close();

  // The order page offers the withdrawal with the last day of the term.
  const section = page.getByTestId('order-withdrawal');
  await expect(section).toContainText(/Do \d{1,2} \p{L}+ \d{4} włącznie możesz odstąpić od umowy/u);
  await expect(section).toContainText('149,00 zł');
  await checkPage(page);
  await section.getByRole('link', { name: 'Odstąp od umowy' }).click();

  // The confirmation step says what happens.
  await expect(page.getByRole('heading', { name: /Odstąpienie od umowy — zamówienie ZAM-/ })).toBeVisible();
  await expect(page.getByTestId('withdrawal-refund')).toHaveText('149,00 zł');
  await expect(page.getByText('Dostęp do tych kursów kończy się w chwili potwierdzenia.')).toBeVisible();
  await checkPage(page);
  await page.getByRole('button', { name: 'Potwierdzam odstąpienie od umowy' }).click();

  await expect(page.getByText('Odstąpiono od umowy. Zwrot jest w drodze.')).toBeVisible();
  await expect(page.getByTestId('order-status')).toHaveText('Zwrócone');
  const refunds = page.getByTestId('order-refunds');
  await expect(refunds).toContainText('149,00 zł');
  await expect(refunds).toContainText('Odstąpienie od umowy');
  await checkPage(page, true);

  // PayU completes the refund: the order page says when, and an e-mail says so.
  await expect(async () => {
    await page.goto(orderUrl);
    await expect(page.getByTestId('order-refunds')).toContainText(/Zwrócono \d{1,2} \p{L}+ \d{4}/u, { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  expect(await readLatestMail(page, email)).toContain('PayU zrealizowało');
  // Both e-mails went out: the confirmation of the withdrawal and the refund's.
  const subjects = await mailSubjects(page, email);
  expect(subjects).toContain('Potwierdzenie odstąpienia od umowy — zamówienie ZAM-');
  expect(subjects).toContain('Zwrot pieniędzy — zamówienie ZAM-');

  // The course is gone from "Moje kursy"; the order no longer offers a withdrawal.
  await expect(page.getByRole('link', { name: 'Odstąp od umowy' })).toHaveCount(0);
  await expect(page.getByTestId('order-withdrawal')).toContainText('Odstąpiono od umowy');
});

test('a staff refund asks for confirmation and says truthfully what happened to access', async ({ page }) => {
  const email = `zwrot.${unique()}@example.pl`;
  await buyCourse(page, email, true);
  // With the consent the order page says why there is no withdrawal, and confirms the request.
  await expect(page.getByTestId('order-withdrawal')).toContainText('art. 38 pkt 13');
  const contract = page.getByTestId('order-contract');
  await expect(contract).toContainText('Tak — zgłoszone w formularzu zamówienia');
  await expectPdf(
    page.request,
    (await contract.getByRole('link', { name: /Potwierdzenie żądania/ }).getAttribute('href'))!,
  );
  await expect(contract.getByRole('link', { name: /Formularz odstąpienia/ })).toHaveCount(0);
  await checkPage(page, true);
  await logout(page);
  await login(page, 'zespol');
  await page.goto(`/panel/zamowienia?q=${encodeURIComponent(email)}`);
  await checkPage(page);
  await page.getByRole('table').getByRole('link').first().click();
  await expect(page.getByRole('heading', { name: /Zamówienie ZAM-/ })).toBeVisible();
  await page.getByLabel('Kwota zwrotu (zł)').fill('1,00');
  for (const box of await page.getByRole('checkbox').all()) await box.uncheck();
  await page.getByRole('button', { name: 'Dalej — sprawdź zwrot' }).click();
  await expect(page.getByRole('heading', { name: 'Sprawdź, zanim zlecisz zwrot' })).toBeFocused();
  await expect(page.getByText('PayU zwróci kupującemu 1,00 zł.')).toBeVisible();
  await expect(page.getByText('Dostęp do kursów pozostanie bez zmian.')).toBeVisible();
  await checkPage(page, true);
  await page.getByRole('button', { name: 'Potwierdzam zwrot przez PayU' }).click();
  await expect(page.getByText('Zwrot 1,00 zł zlecony w PayU. Dostęp do kursów pozostał bez zmian.')).toBeVisible();
  await expect(page.getByTestId('order-status')).toHaveText('Częściowo zwrócone');
});
