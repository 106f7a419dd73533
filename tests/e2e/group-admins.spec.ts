// The group page's leftovers of issue 13, as HR meets them: "Dokup miejsca" leads to the course
// page's top-up box, and a second admin added by e-mail is removed again after a confirmation
// (the owner has no such button). The seller's registry court and capital are on /kontakt.
import { checkPage, expect, login, test } from './support/fixtures';

test('firma buys more seats from the group page and removes a second admin it added', async ({ page }) => {
  await login(page, 'firma');
  await page.goto('/grupy');
  await page.getByTestId('group').filter({ hasText: 'Hydro-Tech' }).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/grupy\/[^/]+$/);
  const groupUrl = page.url();

  const admins = page
    .locator('div')
    .filter({ has: page.getByRole('heading', { name: 'Administratorzy grupy' }) })
    .last();
  const email = `druga.kadrowa.${Date.now()}@example.pl`;
  await admins.getByText('Dodaj administratora', { exact: true }).first().click();
  await admins.getByLabel('E-mail').fill(email);
  await admins.getByLabel('Imię').fill('Druga');
  await admins.getByLabel('Nazwisko').fill('Kadrowa');
  await admins.getByRole('button', { name: 'Dodaj administratora' }).click();
  const list = page.getByTestId('group-admins');
  await expect(list).toContainText(email);
  // Only the added admin can be removed: one button, on their line.
  await expect(list.getByText('Usuń z administratorów', { exact: true })).toHaveCount(1);
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await list.scrollIntoViewIfNeeded();
    await page.screenshot({ path: test.info().outputPath(`group-admins-${width}.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  await list.getByText('Usuń z administratorów', { exact: true }).click();
  await expect(list).toContainText('Druga Kadrowa przestanie widzieć tę grupę');
  await list.getByRole('button', { name: 'Tak, usuń z administratorów' }).click();
  // The line goes with the admin (the page is refreshed); the owner stays.
  await expect(page.getByTestId('group-admins')).not.toContainText(email);
  await expect(page.getByTestId('group-admins').getByRole('listitem')).toHaveCount(1);
  await checkPage(page);

  await page.goto(groupUrl);
  await page.getByTestId('top-up-link').click();
  await expect(page).toHaveURL(/\/kursy\/[^/#]+#dokup$/);
  await expect(page.getByLabel('Ile miejsc dokupić?')).toBeVisible();
});

test('/kontakt names the registry court and the share capital (art. 206 KSH)', async ({ page }) => {
  await page.goto('/kontakt');
  await expect(page.getByText(/Sąd rejestrowy: Sąd Rejonowy .* kapitał zakładowy 5000,00\szł/)).toBeVisible();
});
