// A refund of an invoiced order, end to end: staff refund part of the price, PayU completes it,
// and the buyer finds the correcting invoice under the invoice, downloads its PDF and gets its e-mail.
import type { APIRequestContext, Page } from '@playwright/test';
import { checkPage, expect, login, logout, readLatestMail, test } from './support/fixtures';

const unique = () => `${Date.now()}${Math.floor(Math.random() * 1000)}`;
const PASSWORD = 'Kursantka2026';

async function expectPdf(request: APIRequestContext, href: string) {
  const res = await request.get(href);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('application/pdf');
  expect((await res.body()).subarray(0, 5).toString()).toBe('%PDF-');
}

/** A new consumer buys "RODO w praktyce" (149,00 zł) asking for a VAT invoice, and pays with BLIK. */
async function buyWithInvoice(page: Page, email: string) {
  await page.goto('/kursy/rodo-w-praktyce');
  await page.getByRole('button', { name: 'Dodaj do koszyka' }).click();
  await expect(page.getByTestId('cart-total')).toHaveText('149,00 zł');
  await page.goto('/rejestracja?next=/zamowienie');
  await page.getByLabel('Imię').fill('Olga');
  await page.getByLabel('Nazwisko').fill('Wiśniewska');
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel('Hasło', { exact: true }).fill(PASSWORD);
  await page.getByLabel(/Akceptuję regulamin/).check();
  await page.getByRole('button', { name: 'Załóż konto' }).click();
  await expect(page.getByRole('button', { name: 'Zamawiam i płacę' })).toBeVisible();
  await page.getByLabel('Chcę otrzymać fakturę z moim adresem').check();
  await page.getByLabel('Ulica i numer', { exact: true }).fill('Lipowa 7/2');
  await page.getByLabel('Kod pocztowy', { exact: true }).fill('30-001');
  await page.getByLabel('Miejscowość', { exact: true }).fill('Kraków');
  await page.getByLabel(/Akceptuję regulamin/).check();
  await page.getByLabel(/Żądam rozpoczęcia świadczenia/).check();
  await page.getByRole('button', { name: 'Zamawiam i płacę' }).click();
  await expect(page.getByRole('heading', { name: 'Zapłać za zamówienie' })).toBeVisible();
  await page.getByLabel('Kod BLIK').fill('777123');
  await page.getByRole('button', { name: /^Zapłać / }).click();
  await expect(page.getByTestId('order-status')).toHaveText('Opłacone', { timeout: 20_000 });
  await expect(page.getByRole('link', { name: /Pobierz fakturę FV\// })).toBeVisible({ timeout: 20_000 });
}

test('a partial refund of an invoiced order gives the buyer a correcting invoice', async ({ page }) => {
  const email = `korekta.${unique()}@example.pl`;
  await buyWithInvoice(page, email);
  const orderUrl = page.url();
  const orderPath = new URL(orderUrl).pathname;
  await page.goto('/'); // away from the order page, which refreshes itself
  await logout(page);

  // Staff refund 49,00 zł, no access ended.
  await login(page, 'zespol');
  await page.goto(`/panel/zamowienia?q=${encodeURIComponent(email)}`);
  await page.getByRole('table').getByRole('link').first().click();
  await expect(page.getByRole('heading', { name: /Zamówienie ZAM-/ })).toBeVisible();
  const staffUrl = page.url();
  await page.getByLabel('Kwota zwrotu (zł)').fill('49,00');
  await page.getByLabel('Powód').fill('Rabat za opóźnione materiały');
  for (const box of await page.getByRole('checkbox').all()) await box.uncheck();
  await page.getByRole('button', { name: 'Dalej — sprawdź zwrot' }).click();
  await page.getByRole('button', { name: 'Potwierdzam zwrot przez PayU' }).click();
  await expect(page.getByText('Zwrot 49,00 zł zlecony w PayU', { exact: false })).toBeVisible();

  // PayU completes it (the simulator's notification): the staff page lists the numbered correction.
  await expect(async () => {
    await page.goto(staffUrl);
    await expect(page.getByTestId('correction')).toContainText(/FK\/\d{4}\/\d{6}/, { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  const staffRow = page.getByTestId('correction');
  await expect(staffRow).toContainText('−49,00 zł');
  await expect(staffRow).toContainText('Zwrot części ceny — Rabat za opóźnione materiały');
  await checkPage(page, true);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByTestId('order-corrections').screenshot({ path: 'test-results/corrections-staff-1280.png' });
  const href = (await staffRow.getByRole('link').getAttribute('href'))!;
  expect(href).toMatch(new RegExp(`^${orderPath}/korekty/[a-z0-9]+$`));
  await expectPdf(page.request, href); // staff may read it too
  await logout(page);

  // The buyer: the correction under the invoice, its PDF, and the e-mail with both links.
  await login(page, email, PASSWORD);
  await page.goto(orderUrl);
  const section = page.getByTestId('order-corrections');
  await expect(section.getByRole('heading', { name: 'Faktury korygujące' })).toBeVisible();
  const row = section.getByTestId('correction');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('−49,00 zł');
  const link = row.getByRole('link', { name: /Pobierz korektę FK\/\d{4}\/\d{6} \(PDF\)/ });
  expect(await link.getAttribute('href')).toBe(href);
  await expectPdf(page.request, href);
  await checkPage(page, true);
  await page.screenshot({ path: 'test-results/corrections-buyer-1280.png', fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: 'test-results/corrections-buyer-390.png', fullPage: true });
  await checkPage(page, true);

  const mail = await readLatestMail(page, email);
  expect(mail).toMatch(/fakturę korygującą FK\/\d{4}\/\d{6} do faktury FV\/\d{4}\/\d{6}/);
  expect(mail).toMatch(/o 49,00\szł brutto/);
  expect(mail).toContain(`${href}\n`);
  expect(mail).toContain(`${href}/xml`);

  // Someone else's session gets nothing.
  const other = await page
    .context()
    .browser()!
    .newContext({ baseURL: new URL(page.url()).origin });
  const stranger = await other.newPage();
  await login(stranger, 'kursant');
  expect((await stranger.request.get(href)).status()).toBe(404);
  await other.close();
});
