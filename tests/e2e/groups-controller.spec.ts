// The company as controller of its participants' data (agreement § 8), as a company admin meets it:
// a new 30-account group with three participants; before the final report the data can be downloaded but
// not deleted; after staff approve the report, the ZIP's uczestnicy.json holds the three, and the
// deletion (confirmed) leaves them as "Usunięty użytkownik #…".
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { checkPage, expect, login, test } from './support/fixtures';

const SLUG = 'bhp-pracownicy-biurowi';
const SCAN_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
const letters = (s: string) => s.replace(/\d/g, (d) => 'abcdefghij'[Number(d)]);

async function list(t: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Uczestnicy');
  ws.addRow(['E-mail do powiadomienia o kontach', `kadry.${t}@example.pl`]);
  ws.addRow([]);
  ws.addRow(['Imię', 'Nazwisko', 'E-mail', 'Login', 'Hasło']);
  ws.addRow(['Marta', `Rodo${t}`, `marta.${t}@example.pl`, '', '']);
  ws.addRow(['Piotr', `Rodo${t}`, '', '', '']);
  ws.addRow(['Ewa', `Rodo${t}`, '', '', '']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function asStaff(browser: Browser, baseURL: string, run: (page: Page) => Promise<void>) {
  const ctx = await browser.newContext({ baseURL });
  try {
    const page = await ctx.newPage();
    await login(page, 'zespol');
    await run(page);
  } finally {
    await ctx.close();
  }
}

async function downloadJson(page: Page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Pobierz dane uczestników' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^dane-uczestnikow-\d{4}-\d\d-\d\d\.zip$/);
  const zip = await JSZip.loadAsync(readFileSync((await download.path())!));
  expect(Object.keys(zip.files).some((n) => /^postepy-.*\.xlsx$/.test(n))).toBe(true);
  return JSON.parse(await zip.file('uczestnicy.json')!.async('string')) as {
    participants: { firstName: string; lastName: string; email: string | null; login: string | null }[];
  };
}

test.afterAll(async ({ request }) => {
  await request.post('/api/test/clock', { data: { reset: true } });
});

test('a company admin downloads the participants’ data, and deletes it only after the final report is approved', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(300_000);
  const tag = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  const t = letters(tag.slice(-6));
  const company = `Firma RODO ${t}`;
  // A company admin of its own (the demo `firma` already has groups, whose links come first).
  await page.goto(`/kursy/${SLUG}`);
  const option = page.getByLabel('Opcja zakupu').locator('option', { hasText: 'Pakiet grupowy — 30 kont' });
  await page.getByLabel('Opcja zakupu').selectOption({ label: (await option.textContent())! });
  await page.getByTestId('purchase-box').getByRole('button', { name: 'Dodaj do koszyka' }).click();
  await expect(page.getByRole('heading', { name: 'Koszyk' })).toBeVisible();
  await page.goto('/rejestracja?next=/zamowienie');
  await page.getByLabel('Imię').fill('Renata');
  await page.getByLabel('Nazwisko').fill('Rodo');
  await page.getByLabel('E-mail', { exact: true }).fill(`hr.${tag}@example.pl`);
  await page.getByLabel('Hasło', { exact: true }).fill('Firmowa2026');
  await page.getByLabel(/Akceptuję regulamin/).check();
  await page.getByRole('button', { name: 'Załóż konto' }).click();
  await expect(page.getByRole('button', { name: 'Zamawiam i płacę' })).toBeVisible();

  // A new 30-account package, paid by BLIK.
  await page.getByLabel('Firma (faktura VAT na firmę)').check();
  await page.getByLabel('Nazwa firmy').fill(company);
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
  const groupUrl = page.url();

  // Agreement, list, accounts.
  await page
    .getByLabel(/Skan podpisanej umowy/)
    .setInputFiles({ name: 'umowa.pdf', mimeType: 'application/pdf', buffer: SCAN_PDF });
  await page.getByRole('button', { name: 'Prześlij skan umowy' }).click();
  await expect(page.getByTestId('agreement-status')).toContainText('czeka na sprawdzenie');
  await asStaff(browser, baseURL!, async (staff) => {
    await staff.goto('/panel/umowy');
    await staff.getByTestId('agreement').filter({ hasText: company }).getByRole('button', { name: 'Akceptuj' }).click();
    await expect(staff.getByText('Umowa zaakceptowana.', { exact: false })).toBeVisible();
  });
  await page.goto(groupUrl);
  await page.getByLabel(/Plik z listą uczestników/).setInputFiles({
    name: 'lista.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await list(t),
  });
  await page.getByRole('button', { name: 'Prześlij listę' }).click();
  await page.getByTestId('to-confirm').click();
  await page.getByRole('button', { name: /Potwierdź i utwórz 3 konta/ }).click();
  await expect(page.getByTestId('seats')).toContainText(/Wolne\s*27/, { timeout: 30_000 });

  // During the two months: the data can be taken back, not deleted yet.
  await page.goto(groupUrl);
  const box = page.getByTestId('controller');
  await expect(box).toContainText('po zatwierdzeniu raportu końcowego');
  await expect(box.getByText('Usuń dane uczestników teraz')).toHaveCount(0);
  const before = await downloadJson(page);
  expect(before.participants.map((p) => `${p.firstName} ${p.lastName}`)).toEqual([
    `Marta Rodo${t}`,
    `Piotr Rodo${t}`,
    `Ewa Rodo${t}`,
  ]);
  expect(before.participants[0].email).toBe(`marta.${t}@example.pl`);

  // Two months later the report is built and staff approve it.
  await page.request.post('/api/test/clock', { data: { advanceDays: 62 } });
  expect((await page.request.post('/api/test/raporty-koncowe')).status()).toBe(200);
  await asStaff(browser, baseURL!, async (staff) => {
    await staff.goto('/panel/raporty');
    await staff.getByRole('link', { name: company }).click();
    await staff.getByRole('button', { name: 'Zatwierdź raport' }).click();
    await expect(staff.getByText('Raport zatwierdzony.', { exact: false })).toBeVisible();
  });

  // Now the page says when the platform would delete the data, and offers to do it now.
  await page.goto(groupUrl);
  await expect(box).toContainText(/zanonimizuje je sama \d+ \S+ \d{4}/);
  await checkPage(page, true);
  await box.getByText('Usuń dane uczestników teraz').click();
  await expect(box).toContainText('nie można go cofnąć');
  await checkPage(page, true);
  await box.getByRole('button', { name: 'Tak, usuń nieodwracalnie' }).click();
  await expect(box).toContainText('zostały usunięte');
  await page.goto(groupUrl);
  await expect(page.getByTestId('people')).not.toContainText(`Rodo${t}`);
  await expect(page.getByTestId('people').getByText(/Usunięty użytkownik #/)).toHaveCount(3);
  await expect(box).toContainText('zostały usunięte');
  const after = await downloadJson(page);
  expect(after.participants.every((p) => p.firstName === 'Usunięty użytkownik' && !p.email && !p.login)).toBe(true);
});
