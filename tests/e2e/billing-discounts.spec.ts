// Staff discount codes at /panel/rabaty: a bad form answered beside each field, a new code listed
// with its effect, validity and limit, then switched off; the page passes axe at desktop and phone width.
import { checkPage, expect, login, test } from './support/fixtures';

test('staff create a discount code, see each error beside its field, and switch the code off', async ({ page }) => {
  await login(page, 'zespol');
  await page.goto('/panel/rabaty');
  await expect(page.getByRole('heading', { name: 'Rabaty i kody rabatowe' })).toBeVisible();
  await checkPage(page);

  // Everything wrong at once: a malformed code, a percent over 100, dates in the wrong order.
  await page.getByLabel('Kod', { exact: true }).fill('x!');
  await page.getByLabel('Wartość').fill('150');
  await page.getByLabel('Ważny od').fill('2026-12-31');
  await page.getByLabel('Ważny do (włącznie)').fill('2026-12-01');
  await page.getByLabel('Limit użyć łącznie').fill('zero');
  await page.getByRole('button', { name: 'Dodaj kod' }).click();
  await expect(page.getByLabel('Kod', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Kod: 3–30 znaków')).toBeVisible();
  await expect(page.getByText('Procent: liczba od 1 do 100.')).toBeVisible();
  await expect(page.getByText('Data końca nie może być wcześniejsza')).toBeVisible();
  await expect(page.getByText('Limit: liczba całkowita')).toBeVisible();
  await checkPage(page, true);
  await page.setViewportSize({ width: 1280, height: 1100 });
  await page.screenshot({ path: 'test-results/discounts-errors-1280.png', fullPage: true });

  const code = `JESIEN${Date.now() % 100000}`;
  await page.getByLabel('Kod', { exact: true }).fill(code.toLowerCase());
  await page.getByLabel('Rodzaj rabatu').selectOption('AMOUNT');
  await page.getByLabel('Wartość').fill('49,99');
  await page.getByLabel('Ważny od').fill('2026-01-01');
  await page.getByLabel('Ważny do (włącznie)').fill('2027-12-31');
  await page.getByLabel('Limit użyć łącznie').fill('20');
  await page.getByLabel('Produkty').fill('centre, live');
  await page.getByRole('button', { name: 'Dodaj kod' }).click();
  await expect(page.getByText(`Dodano kod ${code}.`)).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(code) });
  await expect(row).toContainText('−49,99');
  await expect(row).toContainText('1 stycznia 2026 – 31 grudnia 2027');
  await expect(row).toContainText('0 / 20');
  await expect(row).toContainText('centre, live');

  // The same code again is refused beside the code field.
  await page.getByLabel('Kod', { exact: true }).fill(code);
  await page.getByLabel('Wartość').fill('10');
  await page.getByLabel('Ważny od').fill('2026-01-01');
  await page.getByLabel('Ważny do (włącznie)').fill('2026-02-01');
  await page.getByRole('button', { name: 'Dodaj kod' }).click();
  await expect(page.getByText('Taki kod już istnieje.').first()).toBeVisible();

  await row.getByRole('button', { name: 'Wyłącz' }).click();
  await expect(page.getByText('Kod wyłączony.')).toBeVisible();
  await expect(row.getByRole('button', { name: 'Wyłącz' })).toHaveCount(0);
  await expect(row).toContainText('nie');
  await page.screenshot({ path: 'test-results/discounts-1280.png', fullPage: true });
  await page.setViewportSize({ width: 390, height: 900 });
  await checkPage(page, true);
  await page.screenshot({ path: 'test-results/discounts-390.png', fullPage: true });
});
