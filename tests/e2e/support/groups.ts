// The steps several group specs share: a new company admin buys a 30-account package by BLIK,
// sends the signed agreement's scan, and staff accept it in another browser context.
import type { Browser, Page } from '@playwright/test';
import { expect, login } from './fixtures';

export const GROUP_COURSE_SLUG = 'bhp-pracownicy-biurowi';

export const SCAN_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/** Digits as letters: surnames from a run's tag pass the list's name rules. */
export const letters = (s: string) => s.replace(/\d/g, (d) => 'abcdefghij'[Number(d)]);

export async function asStaff(browser: Browser, baseURL: string, run: (page: Page) => Promise<void>) {
  const ctx = await browser.newContext({ baseURL });
  try {
    const page = await ctx.newPage();
    await login(page, 'zespol');
    await run(page);
  } finally {
    await ctx.close();
  }
}

/**
 * Registers a company admin of its own (the demo `firma` has older groups, listed first), buys a
 * 30-account package for `company` and returns the new group's address.
 */
export async function buyGroupAsNewAdmin(
  page: Page,
  admin: { firstName: string; lastName: string; email: string; company: string },
): Promise<string> {
  await page.goto(`/kursy/${GROUP_COURSE_SLUG}`);
  const option = page.getByLabel('Opcja zakupu').locator('option', { hasText: 'Pakiet grupowy — 30 kont' });
  await page.getByLabel('Opcja zakupu').selectOption({ label: (await option.textContent())! });
  await page.getByTestId('purchase-box').getByRole('button', { name: 'Dodaj do koszyka' }).click();
  await expect(page.getByRole('heading', { name: 'Koszyk' })).toBeVisible();
  await page.goto('/rejestracja?next=/zamowienie');
  await page.getByLabel('Imię').fill(admin.firstName);
  await page.getByLabel('Nazwisko').fill(admin.lastName);
  await page.getByLabel('E-mail', { exact: true }).fill(admin.email);
  await page.getByLabel('Hasło', { exact: true }).fill('Firmowa2026');
  await page.getByLabel(/Akceptuję regulamin/).check();
  await page.getByRole('button', { name: 'Załóż konto' }).click();
  await expect(page.getByRole('button', { name: 'Zamawiam i płacę' })).toBeVisible();
  await page.getByLabel('Firma (faktura VAT na firmę)').check();
  await page.getByLabel('Nazwa firmy').fill(admin.company);
  await page.getByLabel('NIP').fill('5260250274');
  await page.getByLabel('Ulica i numer').fill('ul. Długa 5');
  await page.getByLabel('Kod pocztowy').fill('00-950');
  await page.getByLabel('Miejscowość').fill('Warszawa');
  await page.getByLabel(/Akceptuję regulamin/).check();
  await page.getByRole('button', { name: 'Zamawiam i płacę' }).click();
  await page.getByLabel('Kod BLIK').fill('777123');
  await page.getByRole('button', { name: /^Zapłać / }).click();
  await expect(page.getByTestId('order-status')).toHaveText('Opłacone', { timeout: 20_000 });
  await page.getByRole('link', { name: 'Przejdź do swoich grup' }).click();
  await page.getByRole('link', { name: /Otwórz grupę/ }).click();
  await expect(page.getByTestId('seats')).toContainText('30');
  return page.url();
}

/** The admin sends the agreement's scan and staff accept it; the page is back on the group. */
export async function acceptAgreementByScan(page: Page, browser: Browser, baseURL: string, company: string) {
  const groupUrl = page.url();
  await page
    .getByLabel(/Skan podpisanej umowy/)
    .setInputFiles({ name: 'umowa.pdf', mimeType: 'application/pdf', buffer: SCAN_PDF });
  await page.getByRole('button', { name: 'Prześlij skan umowy' }).click();
  await expect(page.getByTestId('agreement-status')).toContainText('czeka na sprawdzenie');
  await asStaff(browser, baseURL, async (staff) => {
    await staff.goto('/panel/umowy');
    await staff.getByTestId('agreement').filter({ hasText: company }).getByRole('button', { name: 'Akceptuj' }).click();
    await expect(staff.getByText('Umowa zaakceptowana.', { exact: false })).toBeVisible();
  });
  await page.goto(groupUrl);
}
