import { checkPage, expect, test } from './support/fixtures';
import { pdfText } from './support/pdf';

const unique = () => `${Date.now()}${Math.floor(Math.random() * 1000)}`;

async function payWithBlik(page: import('@playwright/test').Page, code: string) {
  await expect(page.getByRole('heading', { name: 'Zapłać za zamówienie' })).toBeVisible();
  await checkPage(page);
  await page.getByLabel('Kod BLIK').fill(code);
  await page.getByRole('button', { name: /^Zapłać / }).click();
}

test('a guest buys a course: registers at checkout, pays with BLIK, gets the invoice', async ({ page }) => {
  const email = `kupujacy.${unique()}@example.pl`;
  await page.goto('/kursy');
  await checkPage(page);
  await page.getByRole('link', { name: 'Excel od podstaw' }).click();
  await expect(page.getByRole('heading', { name: 'Excel od podstaw' })).toBeVisible();
  await checkPage(page);
  await page.getByLabel('Opcja zakupu').selectOption({ label: 'Dla jednej osoby — 199,00 zł' });
  await page.getByRole('button', { name: 'Dodaj do koszyka' }).click();

  await expect(page.getByRole('heading', { name: 'Koszyk' })).toBeVisible();
  await expect(page.getByTestId('cart-total')).toHaveText('199,00 zł');
  await expect(page.getByText('VAT 23%', { exact: true })).toBeVisible();
  await checkPage(page);
  await page.getByRole('link', { name: 'Przejdź do zamówienia' }).click();

  // Register inline; the cart survives.
  await expect(page.getByRole('heading', { name: 'Nowe konto' })).toBeVisible();
  await checkPage(page);
  const register = page.locator('section', { has: page.getByRole('heading', { name: 'Nowe konto' }) });
  await register.getByLabel('Imię').fill('Zuzanna');
  await register.getByLabel('Nazwisko').fill('Ślęzak');
  await register.getByLabel('E-mail', { exact: true }).fill(email);
  await register.getByLabel('Hasło', { exact: true }).fill('Kursantka2026');
  await register.getByLabel(/Akceptuję regulamin/).check();
  await register.getByRole('button', { name: 'Załóż konto' }).click();

  await expect(page.getByRole('button', { name: 'Zamawiam i płacę' })).toBeVisible();
  await checkPage(page, true);
  // Terms are required: the error stands beside the checkbox.
  await page.getByRole('button', { name: 'Zamawiam i płacę' }).click();
  await expect(page.getByText('Aby złożyć zamówienie, zaakceptuj regulamin.')).toBeVisible();
  await page.getByLabel(/Akceptuję regulamin/).check();
  await page.getByLabel(/Żądam rozpoczęcia świadczenia/).check();
  // A consumer gets a VAT invoice when asking for one, with the address (else a purchase confirmation).
  await page.getByLabel('Chcę otrzymać fakturę z moim adresem').check();
  await page.getByLabel('Ulica i numer').fill('ul. Polna 1');
  await page.getByLabel('Kod pocztowy').fill('30-001');
  await page.getByLabel('Miejscowość').fill('Kraków');
  await page.getByRole('button', { name: 'Zamawiam i płacę' }).click();

  await payWithBlik(page, '777123');
  await expect(page.getByRole('heading', { name: /Zamówienie ZAM-/ })).toBeVisible();
  await expect(page.getByTestId('order-status')).toHaveText('Opłacone', { timeout: 20_000 });
  await checkPage(page);

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('link', { name: /Pobierz fakturę FV\// }).click();
  const text = await pdfText(await downloadPromise);
  expect(text).toContain('Faktura VAT');
  expect(text).toContain('Zuzanna Ślęzak');
  expect(text).toContain('30-001 Kraków');
  expect(text).toContain('Excel od podstaw');
  expect(text).toMatch(/161,79/); // net of 199,00 zł at 23 %
  expect(text).toMatch(/37,21/); // VAT

  await page.goto('/zamowienia');
  await expect(page.getByRole('cell', { name: 'Opłacone' })).toBeVisible();
  await checkPage(page);
});

test('a declined BLIK code leaves the order retryable, and paying again works', async ({ page }) => {
  const email = `odmowa.${unique()}@example.pl`;
  await page.goto('/kursy/rodo-w-praktyce');
  await page.getByRole('button', { name: 'Dodaj do koszyka' }).click();
  await expect(page.getByTestId('cart-total')).toHaveText('149,00 zł'); // the cart cookie is set
  await page.goto('/rejestracja?next=/zamowienie');
  await page.getByLabel('Imię').fill('Piotr');
  await page.getByLabel('Nazwisko').fill('Żuraw');
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel('Hasło', { exact: true }).fill('Kursant20266');
  await page.getByLabel(/Akceptuję regulamin/).check();
  await page.getByRole('button', { name: 'Załóż konto' }).click();
  await expect(page.getByRole('button', { name: 'Zamawiam i płacę' })).toBeVisible();
  await page.getByLabel(/Akceptuję regulamin/).check();
  await page.getByRole('button', { name: 'Zamawiam i płacę' }).click();

  await payWithBlik(page, '500500');
  await expect(page.getByText('Płatność nie została zrealizowana.')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('order-status')).toHaveText('Oczekuje na płatność');
  await checkPage(page);

  await page.getByRole('button', { name: 'Zapłać ponownie' }).click();
  await payWithBlik(page, '777456');
  await expect(page.getByTestId('order-status')).toHaveText('Opłacone', { timeout: 20_000 });
});
