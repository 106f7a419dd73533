import { checkPage, expect, login, logout, readLatestMail, test } from './support/fixtures';

// The language learner's thread with the school's office (demo learner maria, lib/demo/language.ts
// and lib/demo/language-office.ts) and the staff's language panel.
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
const EXE = Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]);

test('a learner writes to the office with a file, the office answers, the learner is e-mailed', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await login(page, 'maria');
  await page.goto('/strefa-sluchacza/wiadomosci');
  await expect(page.getByRole('heading', { name: 'Wiadomości do sekretariatu' })).toBeVisible();
  // The demo thread: her document and the office's answer.
  await expect(page.getByTestId('office-message')).toHaveCount(3);
  await expect(page.getByRole('link', { name: /zaswiadczenie-o-zameldowaniu\.pdf/ })).toBeVisible();
  await checkPage(page);

  // A program renamed to .pdf is refused beside the files field, and nothing is sent.
  await page.getByLabel('Treść wiadomości').fill('Przesyłam fakturę.');
  await page
    .getByLabel('Załączniki (nieobowiązkowo)')
    .setInputFiles({ name: 'faktura.pdf', mimeType: 'application/pdf', buffer: EXE });
  await page.getByRole('button', { name: 'Wyślij wiadomość' }).click();
  await expect(page.getByText('Plik „faktura.pdf” nie jest plikiem PDF, JPG, PNG ani DOCX')).toBeVisible();
  await expect(page.getByLabel('Treść wiadomości')).toHaveValue('Przesyłam fakturę.');
  await page.screenshot({ path: 'test-results/language-thread-error-1280.png', fullPage: true });

  await page.getByLabel('Treść wiadomości').fill('Dzień dobry, przesyłam potwierdzenie przelewu.');
  await page
    .getByLabel('Załączniki (nieobowiązkowo)')
    .setInputFiles({ name: 'przelew.pdf', mimeType: 'application/pdf', buffer: PDF });
  await page.getByRole('button', { name: 'Wyślij wiadomość' }).click();
  await expect(page.getByText('Wiadomość wysłana.')).toBeVisible();
  await expect(page.getByTestId('office-message')).toHaveCount(4);
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: /przelew\.pdf/ }).click();
  expect((await download).suggestedFilename()).toBe('przelew.pdf');
  await page.screenshot({ path: 'test-results/language-thread-1280.png', fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: 'test-results/language-thread-390.png', fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await logout(page);

  // The office: the thread is first (unread), the answer is e-mailed to the learner.
  await login(page, 'wsparcie');
  await page.goto('/panel/jezyk');
  await expect(page.getByRole('heading', { name: 'Szkoła językowa', level: 1 })).toBeVisible();
  await expect(page.getByTestId('roster-A2')).toContainText('Maria González');
  await checkPage(page);
  await page.screenshot({ path: 'test-results/language-panel-1280.png', fullPage: true });
  for (const [tab, path] of [
    ['Testy kwalifikacyjne', '/panel/jezyk/testy-kwalifikacyjne'],
    ['Testy poziomów', '/panel/jezyk/testy-poziomow'],
    ['Wnioski o certyfikaty', '/panel/jezyk/certyfikaty'],
  ]) {
    await page.getByRole('link', { name: tab, exact: true }).click();
    await expect(page).toHaveURL(path);
    await checkPage(page);
    await page.screenshot({ path: `test-results/language-panel${path.split('/').pop()}-1280.png`, fullPage: true });
  }
  await page.getByRole('navigation', { name: 'Szkoła językowa' }).getByRole('link', { name: 'Wiadomości' }).click();
  await expect(page.getByRole('heading', { name: 'Wiadomości słuchaczy' })).toBeVisible();
  const first = page.getByTestId('office-inbox').locator('tbody tr').first();
  await expect(first).toContainText('Maria González');
  await expect(first).toContainText('nowe');
  await checkPage(page);
  await page.screenshot({ path: 'test-results/language-inbox-1280.png', fullPage: true });
  await first.getByRole('link', { name: 'Maria González' }).click();
  await expect(page.getByRole('heading', { name: 'Rozmowa: Maria González' })).toBeVisible();
  await checkPage(page);
  await page.getByLabel('Treść odpowiedzi').fill('Dziękujemy, przelew zaksięgowany.');
  await page.getByRole('button', { name: 'Wyślij odpowiedź' }).click();
  await expect(page.getByText('Wiadomość wysłana.')).toBeVisible();
  await expect(page.getByTestId('office-message')).toHaveCount(5);
  await page.screenshot({ path: 'test-results/language-office-thread-1280.png', fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/panel/jezyk');
  await page.screenshot({ path: 'test-results/language-panel-390.png', fullPage: true });
  await page.goto('/panel/jezyk/wiadomosci');
  await page.screenshot({ path: 'test-results/language-inbox-390.png', fullPage: true });
  expect(await readLatestMail(page, 'maria@planeta.local')).toContain('Dziękujemy, przelew zaksięgowany.');
});

test('a teacher reads the panel but not the messages; another learner cannot open the file', async ({ page }) => {
  await login(page, 'lektor');
  await page.goto('/panel/jezyk');
  await expect(page.getByRole('heading', { name: 'Szkoła językowa', level: 1 })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Szkoła językowa' }).getByRole('link', { name: 'Wiadomości' }),
  ).toHaveCount(0);
  expect((await page.goto('/panel/jezyk/wiadomosci'))!.status()).toBe(404);
  await logout(page);
  await login(page, 'maria');
  await page.goto('/strefa-sluchacza/wiadomosci');
  const href = await page.getByRole('link', { name: /zaswiadczenie-o-zameldowaniu\.pdf/ }).getAttribute('href');
  await logout(page);
  await login(page, 'kursant');
  expect((await page.request.get(href!)).status()).toBe(404);
  expect((await page.goto('/strefa-sluchacza/wiadomosci'))!.status()).toBe(404);
});
