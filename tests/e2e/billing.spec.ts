// Contracts end to end (issue 19): staff book a school's transfer against its pro-forma; a payer
// signs a monthly course, pays the first month in PayU, the clock passes the next due date, the
// daily run suspends access, and paying from the e-mailed link brings it back.
import type { Page } from '@playwright/test';
import { checkPage, expect, login, readLatestMail, test } from './support/fixtures';

const unique = () => `${Date.now()}${Math.floor(Math.random() * 1000)}`;

async function payWithBlik(page: Page) {
  await expect(page.getByRole('heading', { name: 'Zapłać za zamówienie' })).toBeVisible();
  await page.getByLabel('Kod BLIK').fill('777123');
  await page.getByRole('button', { name: /^Zapłać \d/ }).click();
}

/** The contract page's state badge once PayU's notification has been handled. */
async function expectContractState(page: Page, path: string, state: string) {
  await expect(async () => {
    await page.goto(path);
    await expect(page.getByTestId('contract-status')).toHaveText(state, { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
}

test.beforeAll(async ({ request }) => {
  await request.post('/api/test/clock', { data: { reset: true } });
});
test.afterAll(async ({ request }) => {
  await request.post('/api/test/clock', { data: { reset: true } });
});

test('staff book a school’s transfer against its pro-forma and the licence comes into force', async ({ page }) => {
  await login(page, 'zespol');
  await page.goto('/panel/umowy/lista?produkt=licence&stan=PENDING');
  await expect(page.getByRole('heading', { name: 'Umowy klientów' })).toBeVisible();
  await checkPage(page);
  await page.getByTestId('staff-contracts').getByRole('link').first().click();
  await expect(page.getByRole('heading', { name: /Umowa UM\// })).toBeVisible();
  await expect(page.getByTestId('contract-status')).toHaveText('Czeka na pierwszą płatność');
  await checkPage(page);

  const form = page.getByTestId('transfer-form');
  // A wrong amount is refused beside its field, nothing booked.
  await form.getByLabel('Kwota przelewu (zł)').fill('1,00');
  await form.getByRole('button', { name: 'Księguję przelew' }).click();
  await expect(form.getByRole('alert').first()).toBeVisible();
  await expect(page.getByTestId('contract-status')).toHaveText('Czeka na pierwszą płatność');

  await form.getByLabel('Kwota przelewu (zł)').fill('500,00');
  await form.getByRole('button', { name: 'Księguję przelew' }).click();
  await expect(page.getByText('Przelew zaksięgowany, płatność opłacona.')).toBeVisible();
  await expect(page.getByTestId('contract-status')).toHaveText('Aktywna');
  await expect(page.getByTestId('contract-history')).toContainText('Płatność przyjęta');

  // The same transfer on the bank's statement, and a payment naming no pro-forma: neither is
  // booked, both are listed for staff with the reason.
  const proforma = (await page
    .getByTestId('staff-charges')
    .getByRole('link', { name: /Pro forma/ })
    .textContent())!
    .replace('Pro forma', '')
    .trim();
  const statement = [
    ':20:MT940/2026/12/01',
    ':25:/PL61114020040000350230599137',
    ':28C:00246/001',
    ':60F:C261130PLN000000010000,00',
    ':61:2612011201CN000000000500,00NTRFNONREF//E2E1',
    `:86:020~00PRZELEW~20${proforma} licencja~32LICEUM IM. KOPERNIKA`,
    ':61:2612011201CN000000000100,00NTRFNONREF//E2E2',
    ':86:020~00PRZELEW~20Wplata za kurs~32JAN KOWALSKI',
    ':62F:C261201PLN000000010600,00',
    '-',
  ].join('\r\n');
  await page.goto('/panel/umowy/wyciagi');
  await checkPage(page);
  await page.getByLabel(/Plik wyciągu/).setInputFiles({
    name: 'wyciag.sta',
    mimeType: 'text/plain',
    buffer: Buffer.from(statement),
  });
  await page.getByRole('button', { name: 'Wczytaj wyciąg' }).click();
  await expect(page.getByText('Zaksięgowano 0 wpłat; 2 pozycje do sprawdzenia.')).toBeVisible();
  await expect(page.getByTestId('statement-unmatched').getByRole('row')).toHaveCount(3);
  await expect(page.getByTestId('statement-unmatched')).toContainText('brak numeru pro formy w tytule');
  await checkPage(page, true);
});

test('a payer pays the first month, is suspended after the due date and pays from the e-mailed link', async ({
  page,
}) => {
  const email = `umowa.${unique()}@example.pl`;
  await page.goto('/rejestracja');
  await page.getByLabel('Imię').fill('Ewa');
  await page.getByLabel('Nazwisko').fill('Abonentka');
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel('Hasło', { exact: true }).fill('Abonament2026');
  await page.getByLabel(/Akceptuję regulamin/).check();
  await page.getByRole('button', { name: 'Załóż konto' }).click();
  await expect(page.getByTestId('signed-in-as')).toHaveText('Ewa Abonentka');

  // The offer list and the sign-up page with its schedule before anything is signed.
  await page.goto('/umowy');
  await expect(page.getByRole('heading', { name: 'Umowy i abonamenty' })).toBeVisible();
  await checkPage(page);
  await page
    .getByTestId('offer')
    .filter({ hasText: 'Angielski B1 razem — abonament miesięczny' })
    .getByRole('link', { name: 'Zobacz warunki' })
    .click();
  await expect(page.getByTestId('schedule-preview')).toContainText('199,00 zł');
  await checkPage(page);

  // The terms are required; the error stands beside the checkbox.
  const sign = page.getByRole('button', { name: 'Zawieram umowę z obowiązkiem zapłaty' });
  await sign.click();
  await expect(page.getByText('Aby zawrzeć umowę, zaakceptuj regulamin.')).toBeVisible();
  // An unknown code is refused beside its field.
  await page.getByLabel('Kod rabatowy').fill('NIEMATAKIEGO');
  await page.getByLabel(/Akceptuję regulamin/).check();
  await sign.click();
  await expect(page.getByLabel('Kod rabatowy')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Kod rabatowy').fill('');
  await page.getByLabel(/Akceptuję regulamin/).check();
  await page.getByLabel('Link e-mailem').check();
  await page.getByLabel(/Żądam rozpoczęcia świadczenia/).check();
  await sign.click();

  await payWithBlik(page);
  await page.goto('/konto/umowy');
  await checkPage(page);
  await page.getByTestId('my-contract').getByRole('link').first().click();
  await expect(page.getByRole('heading', { name: /Umowa UM\// })).toBeVisible();
  const contractPath = new URL(page.url()).pathname;
  await expectContractState(page, contractPath, 'Aktywna');
  await checkPage(page);
  await expect(page.getByTestId('charges')).toContainText('Zapłacono');
  await page.goto('/nauka/angielski-b1');
  await expect(page.getByRole('heading', { name: 'Angielski B1 — kurs z certyfikatem' })).toBeVisible();

  // A month and two days later the next month is unpaid: the daily run suspends access.
  await page.request.post('/api/test/clock', { data: { advanceDays: 33 } });
  expect((await page.request.post('/api/test/rozliczenia', { data: { payer: email } })).ok()).toBe(true);
  await expectContractState(page, contractPath, 'Zawieszona');
  await expect(page.getByTestId('contract-explained')).toContainText('zapłać, aby go przywrócić');
  await expect(page.getByTestId('charges')).toContainText(/Zaległe \d+ d/);
  await checkPage(page, true);
  await page.goto('/nauka/angielski-b1');
  await expect(page.getByRole('heading', { name: 'Dostęp zawieszony' })).toBeVisible();

  // The e-mailed link pays the overdue month; access is back.
  const mail = await readLatestMail(page, email);
  const link = mail.match(/https?:\/\/\S+\/platnosc\/umowa\/[A-Za-z0-9_.-]+/)?.[0];
  expect(link, mail).toBeTruthy();
  await page.goto(new URL(link!).pathname);
  await payWithBlik(page);
  await expectContractState(page, contractPath, 'Aktywna');
  await page.goto('/nauka/angielski-b1');
  await expect(page.getByRole('heading', { name: 'Angielski B1 — kurs z certyfikatem' })).toBeVisible();

  // Ending it: the preview first (end of the paid month, nothing refunded), then the notice.
  await page.goto(contractPath);
  await page.getByRole('button', { name: 'Sprawdź warunki zakończenia' }).click();
  await expect(page.getByTestId('end-preview')).toContainText('Umowa skończy się');
  await checkPage(page, true);
  await page.getByRole('button', { name: 'Potwierdzam zakończenie umowy' }).click();
  await expect(page.getByText(/Umowa wypowiedziana — kończy się/)).toBeVisible();
});
