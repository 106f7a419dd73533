// A learner uses their privacy rights without writing to anyone: corrects their name, downloads
// a copy of their data (a ZIP with dane.json and the PDF, by the e-mailed link that nobody else
// can open), then deletes the account and can no longer log in.
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { Page } from '@playwright/test';
import { checkPage, expect, login, readLatestMail, test } from './support/fixtures';

const unique = () => `${Date.now()}${Math.floor(Math.random() * 1000)}`;

/** Full-page screenshots at 1280 and 390 px when SHOTS_DIR is set (for looking at the pages). */
async function shoot(page: Page, name: string) {
  const dir = process.env.SHOTS_DIR;
  if (!dir) return;
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${dir}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

test('a learner corrects their name, downloads their data and deletes the account', async ({ page, browser }) => {
  const email = `prywatna.${unique()}@example.pl`;
  const password = 'Prywatnosc2026';
  await page.goto('/rejestracja');
  await page.getByLabel('Imię').fill('Ewa');
  await page.getByLabel('Nazwisko').fill('Robocza');
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel('Hasło', { exact: true }).fill(password);
  await page.getByLabel(/Akceptuję regulamin/).check();
  await page.getByRole('button', { name: 'Załóż konto' }).click();
  await expect(page.getByTestId('signed-in-as')).toHaveText('Ewa Robocza');

  // Correction: a bad phone is refused beside the field, then the name is saved.
  await page.goto('/konto');
  await checkPage(page);
  const profile = page.locator('form').filter({ has: page.getByRole('button', { name: 'Zapisz dane' }) });
  await profile.getByLabel('Nazwisko').fill('Prywatna');
  await profile.getByLabel('Telefon (opcjonalnie)').fill('abc');
  await profile.getByRole('button', { name: 'Zapisz dane' }).click();
  await expect(page.getByText('Podaj numer telefonu z cyframi')).toBeVisible();
  await profile.getByLabel('Telefon (opcjonalnie)').fill('+48 600 100 200');
  await profile.getByRole('button', { name: 'Zapisz dane' }).click();
  await expect(page.getByText('Zapisano Twoje dane.')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('signed-in-as')).toHaveText('Ewa Prywatna');
  await checkPage(page, true);
  await shoot(page, 'konto');

  // Access and a copy: the page lists what we hold; the copy comes by e-mail, built by a job.
  await page.getByRole('link', { name: 'Moje dane i kopia do pobrania' }).click();
  await expect(page.getByRole('heading', { name: 'Moje dane', level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Profil', exact: true })).toContainText('+48 600 100 200');
  await checkPage(page);
  await page.getByRole('button', { name: 'Przygotuj kopię danych' }).click();
  await expect(page.getByText(/Przygotowujemy kopię Twoich danych/)).toBeVisible();
  let mail = '';
  await expect
    .poll(async () => (mail = await readLatestMail(page, email)), { timeout: 45_000, intervals: [2000] })
    .toContain('/konto/eksport/');
  const link = /https?:\/\/[^\s]+\/konto\/eksport\/[A-Za-z0-9_-]+/.exec(mail)![0];
  await page.reload();
  await expect(page.getByTestId('export-state')).toContainText('jest gotowa');
  await shoot(page, 'moje-dane');

  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'Kopia Twoich danych' })).toBeVisible();
  await checkPage(page);
  await shoot(page, 'eksport');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Pobierz plik ZIP' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^planeta-dane-\d{4}-\d{2}-\d{2}\.zip$/);
  const zip = await JSZip.loadAsync(readFileSync((await download.path())!));
  const data = JSON.parse(await zip.file('dane.json')!.async('string'));
  expect(data.profile).toMatchObject({ email, lastName: 'Prywatna' });
  const pdf = await zip.file('podsumowanie.pdf')!.async('nodebuffer');
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

  // The same link for anyone else is "not found".
  const other = await browser.newContext({ baseURL: new URL(page.url()).origin });
  const kursant = await other.newPage();
  await login(kursant, 'kursant');
  expect((await kursant.goto(link))?.status()).toBe(404);
  expect((await kursant.request.get(`${link}/plik`)).status()).toBe(404);
  await other.close();

  // A request that needs a person: filed with its term.
  await page.goto('/konto/wnioski');
  await page.getByLabel('Rodzaj wniosku').selectOption('OBJECTION');
  await page.getByLabel('Treść wniosku').fill('Sprzeciw wobec pokazywania mojego nazwiska na stronie weryfikacji.');
  await page.getByRole('button', { name: 'Wyślij wniosek' }).click();
  await expect(page.getByText(/Przyjęliśmy wniosek RODO-/)).toBeVisible();
  await checkPage(page);
  await shoot(page, 'wnioski');

  // Deletion: consequences, the password again, then no login any more.
  await page.goto('/konto/usun');
  await expect(page.getByRole('heading', { name: 'Co musimy zachować i dlaczego' })).toBeVisible();
  await checkPage(page);
  await shoot(page, 'usun');
  await page.getByLabel('Twoje hasło').fill('Zle-haslo-2026');
  await page.getByLabel(/Rozumiem, że usunięcia konta nie można cofnąć/).check();
  await page.getByRole('button', { name: 'Usuń konto na zawsze' }).click();
  await expect(page.getByText('Hasło jest nieprawidłowe.').first()).toBeVisible();
  await page.getByLabel('Twoje hasło').fill(password);
  await page.getByLabel(/Rozumiem, że usunięcia konta nie można cofnąć/).check();
  await page.getByRole('button', { name: 'Usuń konto na zawsze' }).click();
  await expect(page.getByRole('heading', { name: 'Konto zostało usunięte' })).toBeVisible();
  await expect(page.getByTestId('signed-in-as')).toHaveCount(0);
  await checkPage(page);

  await page.goto('/logowanie');
  await page.getByLabel('E-mail lub login').fill(email);
  await page.getByLabel('Hasło', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Zaloguj się' }).click();
  await expect(page.getByText('Nieprawidłowy e-mail, login lub hasło.')).toBeVisible();
  expect(await readLatestMail(page, email)).toContain('usunęliśmy Twoje konto');
});
