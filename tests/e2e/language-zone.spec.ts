// The language learner's zone end to end on the demo data: maria (A1 passed, A2 current, paid up)
// finds "Strefa Słuchacza" in the header, sees her levels, lessons, materials, classes and payments,
// requests the A1 certificate and downloads it; ivan (contract suspended) sees why, what is overdue
// and the pay link, with no lessons and no booking. Screenshots at 1280 and 390 px.
import { checkPage, expect, login, test } from './support/fixtures';
import { pdfText } from './support/pdf';

const SHOTS = process.env.LANGUAGE_SHOTS;

test('maria requests and downloads her A1 level certificate from the zone', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await login(page, 'maria');
  await page.getByTestId('zone-link').click();
  await expect(page.getByRole('heading', { name: 'Strefa Słuchacza', level: 1 })).toBeVisible();
  await checkPage(page);
  await expect(page.getByTestId('zone-summary')).toContainText(/Twój poziom: .*A2/);
  const a1 = page.locator('[data-testid="zone-level"][data-cefr="A1"]');
  await expect(a1).toHaveAttribute('data-kind', 'passed');
  await expect(page.locator('[data-testid="zone-level"][data-cefr="B1"]')).toHaveAttribute('data-kind', 'locked');
  await expect(page.getByRole('heading', { name: 'Lekcje multimedialne' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Zajęcia na żywo z lektorem' })).toBeVisible();
  await expect(page.getByTestId('zone-contract')).toBeVisible();
  if (SHOTS) {
    await page.screenshot({ path: `${SHOTS}/zone-1280.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${SHOTS}/zone-390.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
  }

  // Booking a class of her level in the zone, with lib/live's own session item.
  const booked = page.getByTestId('live-state').filter({ hasText: /^Zapisano$/ });
  const before = await booked.count();
  const free = page.getByTestId('live-session').filter({ has: page.getByRole('button', { name: 'Zapisz się' }) });
  await free.first().getByRole('button', { name: 'Zapisz się' }).click();
  await expect(booked).toHaveCount(before + 1);

  await a1.getByRole('button', { name: 'Poproś o certyfikat' }).click();
  await expect(a1.getByTestId('zone-certificate')).toContainText('Certyfikat nr');
  const download = page.waitForEvent('download');
  await a1.getByRole('link', { name: 'Pobierz certyfikat' }).click();
  const text = await pdfText(await download);
  expect(text).toContain('Certyfikat');
  expect(text).toContain('A1');
  await a1.getByRole('link', { name: 'Sprawdź autentyczność' }).click();
  await expect(page.getByTestId('verification')).toContainText('Maria González');
});

test('ivan, suspended, sees why, what is overdue and the pay link, and no lessons or booking', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await login(page, 'ivan');
  await page.goto('/strefa-sluchacza');
  const blocked = page.getByTestId('zone-blocked');
  await expect(blocked).toContainText('Dostęp do Strefy Słuchacza jest zawieszony');
  await expect(blocked.getByTestId('zone-pay').first()).toHaveText('Zapłać teraz');
  await expect(page.getByRole('heading', { name: 'Lekcje multimedialne' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Zapisz się' })).toHaveCount(0);
  await checkPage(page, true);
  if (SHOTS) {
    await page.screenshot({ path: `${SHOTS}/zone-suspended-1280.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${SHOTS}/zone-suspended-390.png`, fullPage: true });
  }
});
