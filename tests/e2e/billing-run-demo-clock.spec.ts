// The demo clock page as staff use it: where the platform's time is, a bad number of days refused
// beside the field, a move forward that runs the day's billing, and the clock put back after.
import { checkPage, expect, login, test } from './support/fixtures';

test.afterAll(async ({ request }) => {
  await request.post('/api/test/clock', { data: { reset: true } });
});

test('staff move the clock forward from /panel/zegar and see what the billing run did', async ({ page }) => {
  await login(page, 'zespol');
  await page.goto('/panel');
  await page.getByRole('link', { name: 'Zegar demonstracyjny' }).first().click();
  await expect(page.getByRole('heading', { name: 'Zegar demonstracyjny' })).toBeVisible();
  await expect(page.getByText('Zegar idzie z czasem rzeczywistym.')).toBeVisible();
  await checkPage(page);
  await page.screenshot({ path: 'test-results/zegar-1280.png', fullPage: true });

  const days = page.getByLabel('O ile dni do przodu');
  await days.fill('0');
  await page.getByRole('button', { name: 'Przesuń zegar' }).click();
  await expect(page.getByText('Podaj liczbę dni od 1 do 366.')).toBeVisible();
  await expect(days).toHaveAttribute('aria-invalid', 'true');

  await days.fill('1');
  await page.getByRole('button', { name: 'Przesuń zegar' }).click();
  await expect(page.getByText(/Zegar przesunięty o 1 dzień/)).toBeVisible({ timeout: 30_000 });
  await page.reload();
  await expect(page.getByText('Czas platformy wyprzedza rzeczywisty o 1 dzień.')).toBeVisible();

  await page.getByRole('button', { name: 'Uruchom zadania dzienne teraz' }).click();
  await expect(page.getByText(/Przebieg rozliczeń wysłał/)).toBeVisible({ timeout: 30_000 });
  await checkPage(page, true);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: 'test-results/zegar-390.png', fullPage: true });
});
