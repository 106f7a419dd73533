// Issue 17: a certificate number nobody issued is a 404 page with the search form; a certificate
// revoked by a refund verifies as "unieważnione" with the date; after a withdrawal the download
// answers with a page, not a file. Families: a bought exam add-on is shown to the parent (family
// page, package page) and the child (their courses), subjects in the school's order.
import type { Page } from '@playwright/test';
import { checkPage, expect, login, logout, test } from './support/fixtures';
import { generateCertificateNumber } from '../../lib/certificates/number';
import { DEMO_REVOKED_CERTIFICATE } from '../../lib/demo/revoked-certificate';

const unique = () => `${Date.now()}${Math.floor(Math.random() * 1000)}`;
const PASSWORD = 'Rodzina2026x';
const SHOTS = process.env.CERTS_SHOTS;

/** Screenshots at desktop and phone widths when CERTS_SHOTS names a folder (for looking, not asserting). */
async function shots(page: Page, name: string) {
  if (!SHOTS) return;
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('an unknown or malformed certificate number answers 404 with the search form', async ({ page }) => {
  for (const number of ['NIEISTNIEJE', generateCertificateNumber()]) {
    const res = await page.goto(`/certyfikaty/${number}`);
    expect(res!.status(), number).toBe(404);
    await expect(page.getByRole('heading', { name: 'Nie znaleziono zaświadczenia', level: 1 })).toBeVisible();
    await expect(page.getByLabel('Numer zaświadczenia')).toBeVisible();
  }
  expect((await page.request.get('/certyfikaty/NIEISTNIEJE')).status()).toBe(404);
  await checkPage(page, true);
  await shots(page, 'verify-404');
  // The form on the 404 page searches again: a real number lands on its page.
  await page.getByLabel('Numer zaświadczenia').fill(DEMO_REVOKED_CERTIFICATE.toLowerCase());
  await page.getByRole('button', { name: 'Sprawdź' }).click();
  await expect(page).toHaveURL(new RegExp(`/certyfikaty/${DEMO_REVOKED_CERTIFICATE}$`));
});

test('a certificate revoked by a refund verifies as revoked, with the date and without the name', async ({ page }) => {
  const res = await page.goto(`/certyfikaty/${DEMO_REVOKED_CERTIFICATE}`);
  expect(res!.status()).toBe(200);
  const card = page.getByTestId('verification');
  await expect(card).toHaveAttribute('data-status', 'revoked');
  await expect(card).toContainText('Zaświadczenie unieważnione');
  await expect(card).toContainText(/unieważnione \d{1,2} \p{L}+ \d{4}/u);
  await expect(card).toContainText('zwrot zamówienia lub odstąpienie od umowy');
  await expect(card).not.toContainText('Marek Zwrotny');
  await checkPage(page, true);
  await shots(page, 'verify-revoked');
});

/** A new consumer buys "RODO w praktyce" with BLIK, without the early-start request. */
async function buyCourse(page: Page, email: string) {
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
  await page.getByRole('button', { name: 'Zamawiam i płacę' }).click();
  await expect(page.getByRole('heading', { name: 'Zapłać za zamówienie' })).toBeVisible();
  await page.getByLabel('Kod BLIK').fill('777123');
  await page.getByRole('button', { name: /^Zapłać / }).click();
  await expect(page.getByTestId('order-status')).toHaveText('Opłacone', { timeout: 20_000 });
}

test('after a withdrawal the certificate download answers with a page, not a file', async ({ page }) => {
  await buyCourse(page, `cert.${unique()}@example.pl`);
  await page.getByTestId('order-withdrawal').getByRole('link', { name: 'Odstąp od umowy' }).click();
  await page.getByRole('button', { name: 'Potwierdzam odstąpienie od umowy' }).click();
  await expect(page.getByText('Odstąpiono od umowy. Zwrot jest w drodze.')).toBeVisible();
  const res = await page.request.get('/nauka/rodo-w-praktyce/zaswiadczenie');
  expect(res.status()).toBe(410);
  expect(res.headers()['content-type']).toContain('text/html');
  expect(await res.text()).toContain('zaświadczenie z tego kursu nie zostanie wydane');
  await page.goto('/nauka/rodo-w-praktyce');
  await expect(page.getByRole('heading', { name: 'Dostęp do kursu został cofnięty' })).toBeVisible();
  await checkPage(page);
});

test('a bought exam add-on is shown to the parent and the child, with the June–July window', async ({ page }) => {
  test.setTimeout(120_000);
  const id = unique();
  const child = `ola.${id}`;
  await page.goto('/rodzina/rejestracja');
  await page.getByLabel('Imię', { exact: true }).fill('Agnieszka');
  await page.getByLabel('E-mail', { exact: true }).fill(`egzamin.${id}@example.pl`);
  await page.getByLabel('Kraj zamieszkania').selectOption('PL');
  await page.getByLabel('Hasło', { exact: true }).fill(PASSWORD);
  await page.getByLabel(/Akceptuję regulamin pakietów/).check();
  await page.getByRole('button', { name: 'Załóż konto rodzica' }).click();
  await page.getByLabel('Imię i nazwisko dziecka').fill('Ola Kowalska');
  await page.getByLabel('Rok urodzenia').fill('2016');
  await page.getByLabel('Login dziecka').fill(child);
  await page.getByLabel('Hasło dziecka').fill(PASSWORD);
  await page.getByRole('button', { name: 'Dodaj dziecko' }).click();
  await expect(page.getByText('Dodano: Ola Kowalska.')).toBeVisible();

  await page.getByRole('link', { name: 'Wybierz pakiety' }).click();
  await page.getByLabel('Wybieram Pakiet Mini dla: Ola Kowalska').check();
  const fieldset = page.getByTestId(`packages-${child}`);
  await fieldset.locator('summary').click();
  const exams = fieldset.getByRole('group', { name: /Egzaminy/ });
  // The school's order: Polish, history, nature, then maths, IT and English.
  await expect(exams.getByRole('checkbox')).toHaveCount(6);
  await expect(exams).toContainText(/język polski.*historia.*przyroda.*matematyka.*informatyka.*język angielski/s);
  await exams.getByLabel('matematyka').check();
  await page.getByRole('button', { name: 'Przelicz cenę' }).click();
  await page.getByLabel('Ulica i numer domu').fill('ul. Lipowa 5');
  await page.getByLabel('Kod pocztowy').fill('00-950');
  await page.getByLabel('Miejscowość').fill('Warszawa');
  await page.getByLabel(/Akceptuję regulamin pakietów/).check();
  await page.getByRole('button', { name: /^Zamawiam i płacę/ }).click();
  await page.getByLabel('Kod BLIK').fill('777123');
  await page.getByRole('button', { name: /^Zapłać / }).click();
  await expect(page.getByTestId('order-status')).toHaveText('Opłacone', { timeout: 20_000 });

  await page.goto('/rodzina/pakiety');
  const paid = page.getByTestId(`packages-${child}`).getByTestId('paid-package');
  await expect(paid).toContainText('Opłacony: Pakiet Mini');
  await expect(paid.getByTestId('exams')).toContainText(/Egzamin roczny \d{4}\/\d{4}/);
  await expect(paid.getByTestId('exams')).toContainText(/od 1 czerwca \d{4} do 31 lipca \d{4}/);
  await expect(paid.getByTestId('exams')).toContainText('matematyka (dokupiony)');
  await checkPage(page, true);
  await shots(page, 'parent-packages');

  await page.goto('/rodzina');
  const card = page.getByTestId('child-card').filter({ hasText: 'Ola Kowalska' });
  await expect(card.getByTestId('exams')).toContainText('matematyka (dokupiony)');
  await expect(card.getByTestId('child-package')).not.toContainText('dostęp: dostępny');
  await expect(card.getByRole('row').nth(1)).toContainText('język polski');
  await checkPage(page, true);
  await shots(page, 'parent-family');

  await logout(page);
  await login(page, child, PASSWORD);
  await page.goto('/moje-kursy');
  await expect(page.getByRole('heading', { name: 'Twoje egzaminy' })).toBeVisible();
  await expect(page.getByTestId('exams')).toContainText('matematyka (dokupiony)');
  const titles = await page.getByTestId('my-course').getByRole('heading').allTextContents();
  expect(titles.map((t) => t.replace('Szkoła polska: ', ''))).toEqual(['język polski', 'historia', 'przyroda']);
  await checkPage(page, true);
  await shots(page, 'child-courses');
});
