// Staff roles end to end (issue 16): support may see an order but not refund it, content may not
// read the mailbox; an administrator invites a colleague and gives them accounting in
// /panel/zespol; the colleague sets a password, refunds part of a paid order, and the order's
// history names them. Support finds the buyer in /panel/uzytkownicy and blocks them: the buyer's
// session ends at once.
import type { Page } from '@playwright/test';
import { checkPage, expect, login, logout, readLatestMail, test } from './support/fixtures';

const unique = () => `${Date.now()}${Math.floor(Math.random() * 1000)}`;

/** A new consumer buys "RODO w praktyce" (149,00 zł) and pays with BLIK; ends on the order page. */
async function buyCourse(page: Page, email: string) {
  await page.goto('/kursy/rodo-w-praktyce');
  await page.getByRole('button', { name: 'Dodaj do koszyka' }).click();
  await expect(page.getByTestId('cart-total')).toHaveText('149,00 zł');
  await page.goto('/rejestracja?next=/zamowienie');
  await page.getByLabel('Imię').fill('Olga');
  await page.getByLabel('Nazwisko').fill('Rolska');
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel('Hasło', { exact: true }).fill('Kursantka2026');
  await page.getByLabel(/Akceptuję regulamin/).check();
  await page.getByRole('button', { name: 'Załóż konto' }).click();
  await expect(page.getByRole('button', { name: 'Zamawiam i płacę' })).toBeVisible();
  await page.getByLabel(/Akceptuję regulamin/).check();
  await page.getByRole('button', { name: 'Zamawiam i płacę' }).click();
  await expect(page.getByRole('heading', { name: 'Zapłać za zamówienie' })).toBeVisible();
  await page.getByLabel('Kod BLIK').fill('777123');
  await page.getByRole('button', { name: /^Zapłać / }).click();
  await expect(page.getByTestId('order-status')).toHaveText('Opłacone', { timeout: 20_000 });
}

test('an administrator gives a new colleague accounting; they refund, support cannot, history names them', async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000); // five people log in, a purchase, a refund, a block
  const buyer = `role.${unique()}@example.pl`;
  const colleague = `ksiegowa.${unique()}@example.pl`;
  await buyCourse(page, buyer);
  await page.goto('/');
  // The buyer also signs in in a browser of their own, to see the block end that session.
  const buyerCtx = await browser.newContext({ baseURL: new URL(page.url()).origin });
  const buyerPage = await buyerCtx.newPage();
  await login(buyerPage, buyer, 'Kursantka2026');
  await logout(page);

  // Support sees the order, but no refund form; neither the team page nor the refund is theirs.
  await login(page, 'wsparcie');
  const nav = page.getByRole('navigation', { name: 'Panel', exact: true });
  await page.goto('/panel');
  await expect(nav.getByRole('link', { name: 'Użytkownicy' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Zespół' })).toHaveCount(0);
  await page.goto(`/panel/zamowienia?q=${encodeURIComponent(buyer)}`);
  await page.getByRole('table').getByRole('link').first().click();
  await expect(page.getByRole('heading', { name: /Zamówienie ZAM-/ })).toBeVisible();
  const orderUrl = page.url();
  await expect(page.getByText('Zwroty zleca księgowość albo administrator.')).toBeVisible();
  await expect(page.getByLabel('Kwota zwrotu (zł)')).toHaveCount(0);
  expect((await page.goto('/panel/zespol'))?.status()).toBe(404);
  await logout(page);

  // Content may not read the mailbox.
  await login(page, 'tresci');
  expect((await page.goto('/panel/poczta'))?.status()).toBe(404);
  await page.goto('/panel');
  await expect(nav.getByRole('link', { name: 'Kursy' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Poczta wychodząca' })).toHaveCount(0);
  await logout(page);

  // The administrator invites a colleague with support, then adds accounting.
  await login(page, 'zespol');
  await page.goto('/panel/zespol');
  await checkPage(page);
  await page.getByLabel('E-mail', { exact: true }).fill(colleague);
  await page.getByLabel('Imię').fill('Karolina');
  await page.getByLabel('Nazwisko').fill('Rachunek');
  await page.getByLabel('Rola', { exact: true }).selectOption('SUPPORT');
  await page.getByRole('button', { name: 'Wyślij zaproszenie' }).click();
  await expect(page.getByText(`Zaproszenie wysłane na ${colleague}.`)).toBeVisible();
  const card = page.getByTestId('staff-member').filter({ hasText: colleague });
  await expect(card).toContainText('Obsługa klienta');
  await card.getByText('Zmień role').click();
  await card.getByRole('button', { name: 'Nadaj: Księgowość' }).click();
  await expect(card.getByText('Karolina Rachunek ma teraz rolę „Księgowość”.')).toBeVisible();
  await expect(card).toContainText('Role: Księgowość, Obsługa klienta');
  await expect(card.getByRole('button', { name: 'Odbierz: Księgowość' })).toBeVisible();
  await checkPage(page, true);

  // The colleague sets a password through the invitation's link and refunds 10,00 zł.
  const mail = await readLatestMail(page, colleague);
  const link = /https?:\/\/\S+\/haslo\/nowe\/[\w-]+/.exec(mail)![0];
  await logout(page);
  await page.goto(new URL(link).pathname);
  await page.getByLabel('Nowe hasło', { exact: true }).fill('Ksiegowa2026!x');
  await page.getByLabel('Powtórz nowe hasło').fill('Ksiegowa2026!x');
  await page.getByRole('button', { name: 'Zapisz nowe hasło' }).click();
  await expect(page.getByText('Hasło zostało zmienione. Możesz się zalogować.')).toBeVisible();
  await login(page, colleague, 'Ksiegowa2026!x');
  await page.goto(orderUrl);
  await page.getByLabel('Kwota zwrotu (zł)').fill('10,00');
  await page.getByLabel('Powód').fill('Rabat z reklamacji');
  for (const box of await page.getByRole('checkbox').all()) await box.uncheck();
  await page.getByRole('button', { name: 'Dalej — sprawdź zwrot' }).click();
  await page.getByRole('button', { name: 'Potwierdzam zwrot przez PayU' }).click();
  await expect(page.getByText('Zwrot 10,00 zł zlecony w PayU', { exact: false })).toBeVisible();
  await page.goto(orderUrl);
  const history = page.getByTestId('audit-history');
  await expect(history.getByTestId('audit-entry').filter({ hasText: 'Zlecenie zwrotu' })).toContainText(
    'Karolina Rachunek',
  );
  await logout(page);

  // Support finds the buyer by e-mail and blocks the account: the buyer's open session ends.
  await buyerPage.goto('/konto');
  await expect(buyerPage.getByTestId('signed-in-as')).toBeVisible();
  await login(page, 'wsparcie');
  await page.goto(`/panel/uzytkownicy?q=${encodeURIComponent(buyer)}`);
  await checkPage(page);
  await page.getByTestId('account-row').getByRole('link').first().click();
  await expect(page.getByRole('heading', { name: 'Konto: Olga Rolska' })).toBeVisible();
  await checkPage(page);
  await page.getByLabel('Powód (do dziennika zdarzeń)').fill('Test blokady');
  await page.getByRole('button', { name: 'Zablokuj konto' }).click();
  await expect(page.getByText(/Konto zablokowane\. Zakończone sesje: \d+\./)).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('account-state')).toContainText('zablokowane od');
  await expect(page.getByTestId('audit-history')).toContainText('Zablokowanie konta');
  await buyerPage.goto('/konto');
  await expect(buyerPage).toHaveURL(/\/logowanie/);
  await buyerCtx.close();
});
