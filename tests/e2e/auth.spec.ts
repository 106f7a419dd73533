import { checkPage, expect, login, logout, readLatestMail, test } from './support/fixtures';

const unique = () => `${Date.now()}${Math.floor(Math.random() * 1000)}`;

test('a visitor registers, logs out and logs back in', async ({ page }) => {
  const email = `ewa.${unique()}@example.pl`;
  await page.goto('/');
  await checkPage(page);
  await page.getByRole('link', { name: 'Załóż konto' }).first().click();
  await expect(page.getByRole('heading', { name: 'Załóż konto' })).toBeVisible();
  await checkPage(page);

  // Bad input: errors beside the fields, what was typed is kept.
  await page.getByLabel('Imię').fill('Ewa');
  await page.getByLabel('Nazwisko').fill('Łęcka');
  await page.getByLabel('E-mail', { exact: true }).fill('to-nie-jest-email');
  await page.getByLabel('Hasło', { exact: true }).fill('krótkie');
  await page.getByRole('button', { name: 'Załóż konto' }).click();
  await expect(page.getByText('Podaj poprawny adres e-mail, np. jan@firma.pl.')).toBeVisible();
  await expect(page.getByText('Hasło musi mieć co najmniej 10 znaków.')).toBeVisible();
  await expect(page.getByText('Aby założyć konto, zaakceptuj regulamin.')).toBeVisible();
  await expect(page.getByLabel('Nazwisko')).toHaveValue('Łęcka');
  await checkPage(page, true);

  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel('Hasło', { exact: true }).fill('Bezpieczne2026');
  await page.getByLabel(/Akceptuję regulamin/).check();
  await page.getByRole('button', { name: 'Załóż konto' }).click();
  await expect(page.getByTestId('signed-in-as')).toHaveText('Ewa Łęcka');

  await logout(page);
  await checkPage(page);
  await page.getByLabel('E-mail lub login').fill(email);
  await page.getByLabel('Hasło', { exact: true }).fill('Zle-haslo-123');
  await page.getByRole('button', { name: 'Zaloguj się' }).click();
  await expect(page.getByText('Nieprawidłowy e-mail, login lub hasło.')).toBeVisible();
  await login(page, email, 'Bezpieczne2026');
  await page.goto('/konto');
  await expect(page.getByText(email)).toBeVisible();
  await checkPage(page);
});

test('a forgotten password is reset through the e-mailed one-time link', async ({ page }) => {
  // An account of its own: the demo accounts keep their passwords for the other tests.
  const email = `reset.${unique()}@example.pl`;
  await page.goto('/rejestracja');
  await page.getByLabel('Imię').fill('Roman');
  await page.getByLabel('Nazwisko').fill('Źrebię');
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel('Hasło', { exact: true }).fill('Pierwsze2026');
  await page.getByLabel(/Akceptuję regulamin/).check();
  await page.getByRole('button', { name: 'Załóż konto' }).click();
  await expect(page.getByTestId('signed-in-as')).toHaveText('Roman Źrebię');
  await logout(page);

  await page.getByRole('link', { name: 'Nie pamiętasz hasła?' }).click();
  await expect(page.getByRole('heading', { name: 'Odzyskiwanie hasła' })).toBeVisible();
  await checkPage(page);
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByRole('button', { name: 'Wyślij link' }).click();
  await expect(page.getByText(/Jeśli konto z tym adresem istnieje/)).toBeVisible();

  const mail = await readLatestMail(page, email);
  const link = mail.match(/https?:\/\/\S+\/haslo\/nowe\/\S+/)?.[0];
  expect(link, 'the e-mail carries a reset link').toBeTruthy();

  await page.goto(link!);
  await checkPage(page);
  await page.getByLabel('Nowe hasło', { exact: true }).fill('NoweHaslo2026');
  await page.getByLabel('Powtórz nowe hasło').fill('NoweHaslo2026');
  await page.getByRole('button', { name: 'Zapisz nowe hasło' }).click();
  await expect(page.getByText('Hasło zostało zmienione. Możesz się zalogować.')).toBeVisible();

  // The link works once.
  await page.goto(link!);
  await expect(page.getByText('Link wygasł albo został już użyty. Poproś o nowy.')).toBeVisible();

  await login(page, email, 'NoweHaslo2026');
});

test('a learner is refused the staff panel, staff get in', async ({ page }) => {
  await page.goto('/panel');
  await expect(page).toHaveURL(/\/logowanie\?next=%2Fpanel/);
  await login(page, 'rodzic');
  const res = await page.goto('/panel');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Nie znaleźliśmy tej strony' })).toBeVisible();
  await checkPage(page);
  await logout(page);
  await login(page, 'zespol');
  await page.goto('/panel/poczta');
  await expect(page.getByRole('heading', { name: 'Poczta wychodząca' })).toBeVisible();
  await checkPage(page);
});

test('sessions end at once: log out everywhere signs out the other browser, a copied cookie dies with logout', async ({
  browser,
}) => {
  const email = `sesje.${unique()}@example.pl`;
  const laptop = await browser.newContext();
  const a = await laptop.newPage();
  await a.goto('/rejestracja');
  await a.getByLabel('Imię').fill('Sabina');
  await a.getByLabel('Nazwisko').fill('Sesyjna');
  await a.getByLabel('E-mail', { exact: true }).fill(email);
  await a.getByLabel('Hasło', { exact: true }).fill('Sesyjne2026');
  await a.getByLabel(/Akceptuję regulamin/).check();
  await a.getByRole('button', { name: 'Załóż konto' }).click();
  await expect(a.getByTestId('signed-in-as')).toHaveText('Sabina Sesyjna');

  // A cookie copied before logout is refused after it.
  const thief = await browser.newContext();
  const t = await thief.newPage();
  await login(t, email, 'Sesyjne2026');
  const copied = await thief.cookies();
  const stolen = await browser.newContext();
  await stolen.addCookies(copied);
  const s = await stolen.newPage();
  await s.goto('/konto');
  await expect(s.getByText(email)).toBeVisible(); // the copy works while the session lives
  await logout(t);
  await s.goto('/konto');
  await expect(s).toHaveURL(/\/logowanie/);
  await expect(s.getByTestId('signed-in-as')).toHaveCount(0);

  // Two devices: the list shows both; "log out everywhere" from one ends the other too.
  const phone = await browser.newContext();
  const b = await phone.newPage();
  await login(b, email, 'Sesyjne2026');
  await a.goto('/konto');
  const sessions = a.getByTestId('sessions');
  await expect(sessions.getByRole('row')).toHaveCount(3); // header + laptop + phone
  await expect(sessions.getByText('to urządzenie')).toHaveCount(1);
  await checkPage(a);
  await a.getByRole('button', { name: 'Wyloguj ze wszystkich urządzeń' }).click();
  await expect(a.getByText('Wylogowano.')).toBeVisible();
  await b.goto('/konto');
  await expect(b).toHaveURL(/\/logowanie/);
  await a.goto('/konto');
  await expect(a).toHaveURL(/\/logowanie/);
  await Promise.all([laptop, thief, stolen, phone].map((c) => c.close()));
});
