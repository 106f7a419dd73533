// The company as controller of its participants' data (agreement § 8), as a company admin meets it:
// a new 30-account group with three participants; before the final report the data can be downloaded but
// not deleted; after staff approve the report, the ZIP's uczestnicy.json holds the three, and the
// deletion (confirmed) leaves them as "Usunięty użytkownik #…".
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { checkPage, expect, test } from './support/fixtures';
import { acceptAgreementByScan, asStaff, buyGroupAsNewAdmin, letters } from './support/groups';

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
  const groupUrl = await buyGroupAsNewAdmin(page, {
    firstName: 'Renata',
    lastName: 'Rodo',
    email: `hr.${tag}@example.pl`,
    company,
  });
  await acceptAgreementByScan(page, browser, baseURL!, company);
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
