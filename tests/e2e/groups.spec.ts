// The headline flow: a company buys a 30-account package with BLIK, signs the data-processing
// agreement, staff accept it, the admin uploads 25 participants and downloads their credentials,
// a participant passes the test; two months later staff approve the final report and the admin
// downloads it.
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import type { Browser, Download, Page } from '@playwright/test';
import { checkPage, expect, login, readLatestMail, test } from './support/fixtures';
import { pdfText, pdfTextOfBuffer } from './support/pdf';
import { demoContentOf } from '../../lib/demo/courses';

const SLUG = 'bhp-pracownicy-biurowi';
const bhp = demoContentOf(SLUG)!;
const unique = () => `${Date.now()}${Math.floor(Math.random() * 1000)}`;

async function xlsxRows(download: Download): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
  const rows: string[][] = [];
  wb.worksheets[0].eachRow((row) =>
    rows.push(
      (row.values as unknown[])
        .slice(1)
        .map((v) =>
          v == null ? '' : typeof v === 'object' && v && 'text' in v ? String((v as { text: string }).text) : String(v),
        ),
    ),
  );
  return rows;
}

/** 25 participants: blanks in login/password for most, a few e-mails, one chosen login and password, an empty row. */
async function participantList(tag: string, noticeEmail: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Uczestnicy');
  ws.addRow(['E-mail do powiadomienia o kontach', noticeEmail]);
  ws.addRow([]);
  ws.addRow(['Imię', 'Nazwisko', 'E-mail', 'Login', 'Hasło']);
  const first = ['Łucja', 'Anna-Maria', 'Piotr', 'Zofia', 'Grzegorz'];
  const last = ['Żółć', "D'Arco", 'Wiśniewski', 'Kowalczyk', 'Nowak'];
  for (let i = 0; i < 25; i++) {
    if (i === 12) ws.addRow([]); // Excel users leave gaps
    const f = `${first[i % 5]}`;
    const l = `${last[Math.floor(i / 5)]}${tag.slice(-4).replace(/\d/g, (d) => 'abcdefghij'[Number(d)])}`;
    if (i === 0) ws.addRow([f, l, `uczestnik.${tag}@example.pl`, `e2e.${tag}`, 'Uczestnik2026']);
    else ws.addRow([`  ${f} `, l, i % 7 === 0 ? `osoba${i}.${tag}@example.pl` : '', '', '']);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A tiny but real PDF standing in for the signed scan. */
const SCAN_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

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

async function answerAll(page: Page) {
  const questions = page.getByTestId('question');
  const n = await questions.count();
  for (let i = 0; i < n; i++) {
    const fieldset = questions.nth(i);
    const text = (await fieldset.getByTestId('question-text').textContent())!.trim();
    const question = bhp.questions.find((q) => q.text === text)!;
    for (const o of question.options.filter((x) => x.correct))
      await fieldset.getByLabel(o.text, { exact: true }).check();
  }
}

/** Steps 1 of the flow: a new company admin buys the 30-account package with BLIK and opens the group. */
async function buyThirtySeats(page: Page, email: string, company: string) {
  await page.goto(`/kursy/${SLUG}`);
  await page.getByLabel('Opcja zakupu').selectOption({
    label: (await page
      .getByLabel('Opcja zakupu')
      .locator('option', { hasText: 'Pakiet grupowy — 30 kont' })
      .textContent())!,
  });
  await page.getByRole('button', { name: 'Dodaj do koszyka' }).click();
  await expect(page.getByRole('heading', { name: 'Koszyk' })).toBeVisible();
  await page.goto('/rejestracja?next=/zamowienie');
  await page.getByLabel('Imię').fill('Halina');
  await page.getByLabel('Nazwisko').fill('Żuraw');
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel('Hasło', { exact: true }).fill('Firmowa2026');
  await page.getByLabel(/Akceptuję regulamin/).check();
  await page.getByRole('button', { name: 'Załóż konto' }).click();
  await expect(page.getByRole('button', { name: 'Zamawiam i płacę' })).toBeVisible();
  await page.getByLabel('Firma (faktura VAT na firmę)').check();
  await page.getByLabel('Nazwa firmy').fill(company);
  await page.getByLabel('NIP').fill('5260250274');
  await page.getByLabel('Ulica i numer').fill('ul. Długa 5');
  await page.getByLabel('Kod pocztowy').fill('00-950');
  await page.getByLabel('Miejscowość').fill('Warszawa');
  await page.getByLabel(/Akceptuję regulamin/).check();
  await page.getByRole('button', { name: 'Zamawiam i płacę' }).click();
  await expect(page.getByRole('heading', { name: 'Zapłać za zamówienie' })).toBeVisible();
  await page.getByLabel('Kod BLIK').fill('777123');
  await page.getByRole('button', { name: /^Zapłać / }).click();
  await expect(page.getByTestId('order-status')).toHaveText('Opłacone', { timeout: 20_000 });
  await page.getByRole('link', { name: 'Przejdź do swoich grup' }).click();
  await expect(page.getByRole('heading', { name: 'Moje grupy', level: 1 })).toBeVisible();
  await checkPage(page);
  await page.getByRole('link', { name: /Otwórz grupę/ }).click();
  await expect(page.getByTestId('seats')).toContainText('30');
  await expect(page.getByTestId('step-umowa').getByTestId('step-state')).toHaveText('Do zrobienia');
  await checkPage(page);
}

test.afterAll(async ({ request }) => {
  await request.post('/api/test/clock', { data: { reset: true } });
});

test('a company buys 30 accounts, signs the agreement, provisions 25 participants and gets the final report', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const tag = unique();
  const email = `firma.${tag}@example.pl`;
  const noticeEmail = `kadry.${tag}@example.pl`;
  const company = `Biuro Rachunkowe Żuraw ${tag}`;

  // 1. Purchase: the 30-account package, paid with BLIK.
  await buyThirtySeats(page, email, company);
  const groupUrl = page.url();

  // 2. Agreement: the draft carries the company's invoice data; the scan goes up.
  const [draft] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Pobierz projekt umowy (PDF)' }).click(),
  ]);
  const draftText = (await pdfText(draft)).replace(/\s+/g, ' ');
  expect(draftText).toContain(company);
  expect(draftText).toContain('5260250274');
  await page
    .getByLabel(/Skan podpisanej umowy/)
    .setInputFiles({ name: 'notatka.txt', mimeType: 'application/pdf', buffer: Buffer.from('to nie jest skan') });
  await page.getByRole('button', { name: 'Prześlij skan umowy' }).click();
  await expect(page.getByText(/nie jest plikiem PDF, JPG ani PNG/)).toBeVisible();
  await page
    .getByLabel(/Skan podpisanej umowy/)
    .setInputFiles({ name: 'umowa-podpisana.pdf', mimeType: 'application/pdf', buffer: SCAN_PDF });
  await page.getByRole('button', { name: 'Prześlij skan umowy' }).click();
  await expect(page.getByTestId('agreement-status')).toContainText('czeka na sprawdzenie');
  await expect(page.getByTestId('step-umowa').getByTestId('step-state')).toHaveText('Oczekuje');

  // 3. The list can go up now; accounts wait for the acceptance.
  await page.getByLabel(/Plik z listą uczestników/).setInputFiles({
    name: 'lista.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await participantList(tag, noticeEmail),
  });
  await page.getByRole('button', { name: 'Prześlij listę' }).click();
  await expect(page.getByRole('heading', { name: 'Podgląd listy uczestników' })).toBeVisible();
  await expect(page.getByTestId('preview-summary')).toHaveText('Wiersze z uczestnikami: 25, poprawne: 25.');
  await expect(page.getByText(/Konta utworzymy po zaakceptowaniu umowy/)).toBeVisible();
  await checkPage(page);
  const previewUrl = page.url();

  // Staff accept the agreement (after opening the scan).
  await asStaff(browser, baseURL!, async (staff) => {
    await staff.goto('/panel/umowy');
    const card = staff.getByTestId('agreement').filter({ hasText: company });
    const href = await card.getByRole('link', { name: /Otwórz skan/ }).getAttribute('href');
    const scan = await staff.request.get(href!);
    expect(scan.status()).toBe(200);
    expect(scan.headers()['content-type']).toBe('application/pdf');
    await checkPage(staff);
    await card.getByRole('button', { name: 'Akceptuj' }).click();
    await expect(staff.getByText('Umowa zaakceptowana. Administrator firmy dostał e-mail.')).toBeVisible();
  });
  expect(await readLatestMail(page, email)).toContain('zaakceptowaliśmy umowę powierzenia');

  // 4. Accounts: confirm the preview; 25 accounts, 5 seats left.
  await page.goto(previewUrl);
  await page.getByTestId('to-confirm').click();
  await expect(page.getByTestId('confirm-left')).toHaveText('5');
  await page.getByRole('button', { name: 'Potwierdź i utwórz 25 kont' }).click();
  await expect(page.getByText('Utworzono 25 kont.', { exact: false })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('seats')).toContainText(/Wykorzystane\s*25/);
  await expect(page.getByTestId('seats')).toContainText(/Wolne\s*5/);
  await checkPage(page, true);
  const [credFile] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Dane logowania (Excel)' }).click(),
  ]);
  const cred = await xlsxRows(credFile);
  const header = cred.findIndex((r) => r.includes('Login'));
  const people = cred.slice(header + 1).filter((r) => r[3]);
  expect(people).toHaveLength(25);
  const chosen = people.find((r) => r[3] === `e2e.${tag}`)!;
  expect(chosen[4]).toBe('Uczestnik2026');
  // Logins made from the names: Polish letters transliterated, hyphens kept, apostrophes dropped.
  expect(people.find((r) => r[1] === 'Łucja' && r[2].startsWith("D'Arco"))![3]).toMatch(/^lucja\.darco[a-j]{4}$/);
  const generated = people.find((r) => r[1] === 'Anna-Maria' && r[2].startsWith('Żółć'))!;
  expect(generated[3]).toMatch(/^anna-maria\.zolc[a-j]{4}$/);
  expect(generated[4]).toMatch(/^[a-hj-km-np-zA-HJ-NP-Z2-9]{12,}$/);
  const [credPdf] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Dane logowania (PDF do druku)' }).click(),
  ]);
  expect(await pdfText(credPdf)).toContain(generated[3]);
  // Another company's admin sees none of it: the page, the credentials, the scan.
  const scanHref = await page.getByRole('link', { name: /Otwórz skan/ }).getAttribute('href');
  const otherCtx = await browser.newContext({ baseURL });
  const other = await otherCtx.newPage();
  await login(other, 'firma');
  for (const path of [
    groupUrl,
    `${groupUrl}/dane-logowania.xlsx`,
    `${groupUrl}/dane-logowania.pdf`,
    scanHref!,
    previewUrl,
  ]) {
    expect((await other.request.get(path)).status(), path).toBe(404);
  }
  await otherCtx.close();
  const notice = await readLatestMail(page, noticeEmail);
  expect(notice).toContain('25');
  expect(notice).not.toContain(generated[4]);

  // 5. A participant logs in with the issued password, keeps it, passes the test.
  const ctx = await browser.newContext({ baseURL });
  const learner = await ctx.newPage();
  await learner.goto('/logowanie');
  await learner.getByLabel('E-mail lub login').fill(generated[3].toUpperCase());
  await learner.getByLabel('Hasło', { exact: true }).fill(generated[4]);
  await learner.getByRole('button', { name: 'Zaloguj się' }).click();
  await expect(learner.getByRole('heading', { name: 'Witaj na platformie Planeta' })).toBeVisible();
  await checkPage(learner);
  await learner.getByRole('button', { name: 'Zachowaj obecne hasło' }).click();
  await expect(learner.getByRole('heading', { name: 'Moje kursy', level: 1 })).toBeVisible();
  await learner.goto(`/nauka/${SLUG}/test`);
  await learner.getByRole('button', { name: 'Rozpocznij test' }).click();
  await expect(learner.getByRole('heading', { name: /Podejście 1/ })).toBeVisible();
  await answerAll(learner);
  await learner.getByRole('button', { name: 'Wyślij odpowiedzi' }).click();
  await expect(learner.getByTestId('result')).toContainText('Gratulacje');
  await learner.getByRole('link', { name: 'Pobierz zaświadczenie' }).first().waitFor();
  const certRes = await learner.request.get(`/nauka/${SLUG}/zaswiadczenie`);
  expect(certRes.status()).toBe(200);
  await ctx.close();

  // The participant with a password chosen by the company sets their own; the admin's copy is gone.
  const ctx2 = await browser.newContext({ baseURL });
  const own = await ctx2.newPage();
  await own.goto('/logowanie');
  await own.getByLabel('E-mail lub login').fill(`e2e.${tag}`);
  await own.getByLabel('Hasło', { exact: true }).fill('Uczestnik2026');
  await own.getByRole('button', { name: 'Zaloguj się' }).click();
  await expect(own.getByRole('heading', { name: 'Witaj na platformie Planeta' })).toBeVisible();
  await own.getByLabel('Nowe hasło', { exact: true }).fill('MojeWlasne2026');
  await own.getByLabel('Powtórz nowe hasło').fill('MojeWlasne2027');
  await own.getByRole('button', { name: 'Ustaw własne hasło' }).click();
  await expect(own.getByText('Hasła nie są takie same.')).toBeVisible();
  await own.getByLabel('Nowe hasło', { exact: true }).fill('MojeWlasne2026');
  await own.getByLabel('Powtórz nowe hasło').fill('MojeWlasne2026');
  await own.getByRole('button', { name: 'Ustaw własne hasło' }).click();
  await expect(own.getByRole('heading', { name: 'Moje kursy', level: 1 })).toBeVisible();
  await expect(own.getByTestId('signed-in-as')).toBeVisible();
  await ctx2.close();
  await page.goto(groupUrl);
  const [credAgain] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Dane logowania (Excel)' }).click(),
  ]);
  expect((await xlsxRows(credAgain)).find((r) => r[3] === `e2e.${tag}`)![4]).toBe('(ustawione przez uczestnika)');

  // The admin sees the participant's progress.
  await page.goto(groupUrl);
  const row = page.getByTestId('participants').getByRole('row').filter({ hasText: generated[3] });
  await expect(row).toContainText('zaliczony (100');
  await expect(row).toContainText(/PL-/);

  // 6. Two months later the report is built; staff approve it; the admin downloads it.
  await page.request.post('/api/test/clock', { data: { advanceDays: 62 } });
  expect((await page.request.post('/api/test/raporty-koncowe')).status()).toBe(200);
  await page.reload();
  await expect(page.getByTestId('report').first()).toContainText('Raport czeka na sprawdzenie');
  await asStaff(browser, baseURL!, async (staff) => {
    await staff.goto('/panel/raporty');
    await checkPage(staff);
    await staff.getByRole('link', { name: company }).click();
    await expect(staff.getByTestId('report-rows')).toContainText(generated[3]);
    await checkPage(staff);
    await staff.getByLabel('Komentarz zespołu').fill('Wszystko się zgadza.');
    await staff.getByRole('button', { name: 'Zatwierdź raport' }).click();
    await expect(staff.getByText('Raport zatwierdzony.', { exact: false })).toBeVisible();
  });
  expect(await readLatestMail(page, email)).toContain('raport końcowy');
  await page.reload();
  await expect(page.getByTestId('step-raport').getByTestId('step-state')).toHaveText('Zakończony');
  await checkPage(page, true);
  const [report] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Raport (Excel)' }).click(),
  ]);
  const reportRows = await xlsxRows(report);
  const passedRow = reportRows.find((r) => r.includes(generated[3]))!;
  expect(passedRow).toContain('tak');
  expect(reportRows.filter((r) => r.includes('nie'))).toHaveLength(24);
  const [reportPdf] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Raport (PDF)' }).click(),
  ]);
  expect(await pdfText(reportPdf)).toContain('Raport końcowy szkolenia');
});

test('a company accepts the agreement electronically, staff countersign, and a red row is fixed in place before confirming', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const tag = unique();
  const email = `esign.${tag}@example.pl`;
  const company = `Pracownia Bez Papieru ${tag}`;
  const suffix = tag.slice(-4).replace(/\d/g, (d) => 'abcdefghij'[Number(d)]);
  await buyThirtySeats(page, email, company);
  const groupUrl = page.url();

  // 2. Electronic acceptance: the filled text, name and role, authority confirmed.
  await page.getByTestId('esign-start').click();
  await expect(page.getByRole('heading', { name: 'Akceptacja umowy powierzenia w serwisie' })).toBeVisible();
  await expect(page.getByTestId('agreement-text')).toContainText(company);
  await expect(page.getByTestId('agreement-text')).toContainText('30 kont');
  await checkPage(page);
  await page.getByLabel(/Funkcja/).fill('Prezes zarządu');
  await page.getByRole('button', { name: 'Akceptuję umowę' }).click();
  await expect(page.getByText('Umowę może zaakceptować tylko osoba umocowana')).toBeVisible();
  await expect(page.getByLabel(/Funkcja/)).toHaveValue('Prezes zarządu');
  await page.getByLabel(/jestem umocowany/).check();
  await page.getByLabel(/Zapoznałem/).check();
  await page.getByRole('button', { name: 'Akceptuję umowę' }).click();
  await expect(page.getByTestId('agreement-status')).toContainText('Zaakceptowana elektronicznie przez Halina Żuraw');
  await expect(page.getByTestId('step-umowa').getByTestId('step-state')).toHaveText('Oczekuje');
  await expect(page.getByTestId('step-umowa')).toContainText('kontrasygnatę');

  // Staff countersign it, and find the group in the staff list, linked both ways with its order.
  await asStaff(browser, baseURL!, async (staff) => {
    await staff.goto('/panel/umowy');
    const card = staff.getByTestId('agreement').filter({ hasText: company });
    await expect(card).toContainText('akceptacja w serwisie');
    await expect(card).toContainText('Prezes zarządu');
    await checkPage(staff);
    await card.getByRole('button', { name: 'Kontrasygnuj umowę' }).click();
    await expect(staff.getByText('Umowa zaakceptowana.', { exact: false })).toBeVisible();
    await staff.goto(`/panel/grupy?etap=list&firma=${encodeURIComponent(tag)}`);
    const row = staff.getByTestId('staff-group').filter({ hasText: company });
    await expect(row).toContainText('Czeka na listę');
    await checkPage(staff);
    await row.getByRole('link').nth(1).click();
    await expect(staff.getByTestId('order-groups')).toContainText(company);
  });

  // The accepted agreement downloads with its acceptance record and countersignature.
  await page.goto(groupUrl);
  await expect(page.getByTestId('step-umowa').getByTestId('step-state')).toHaveText('Zakończony');
  const accepted = await page.request.get((await page.getByTestId('esign-pdf').getAttribute('href'))!);
  expect(accepted.status()).toBe(200);
  const acceptedText = pdfTextOfBuffer(await accepted.body()).replace(/\s+/g, ' ');
  expect(acceptedText).toContain('Potwierdzenie zawarcia umowy w formie elektronicznej');
  expect(acceptedText).toContain('Halina Żuraw');
  expect(acceptedText).toContain('Skrót SHA-256 treści umowy');
  expect(acceptedText).not.toContain('oczekuje na potwierdzenie');

  // 3. A list of 5 with one red row (a wrong e-mail) and a likely duplicate.
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Uczestnicy');
  ws.addRow(['E-mail do powiadomienia o kontach', `kadry.${tag}@example.pl`]);
  ws.addRow([]);
  ws.addRow(['Imię', 'Nazwisko', 'E-mail', 'Login', 'Hasło']);
  ws.addRow(['Adam', `Mickiewicz${suffix}`, '', '', '']);
  ws.addRow(['Maria', `Skłodowska${suffix}`, 'maria(at)firma', '', '']);
  ws.addRow(['Jan', `Kochanowski${suffix}`, '', '', '']);
  ws.addRow(['Jan', `Kochanowski${suffix}`, `jan2.${tag}@example.pl`, '', '']);
  ws.addRow(['Eliza', `Orzeszkowa${suffix}`, '', '', '']);
  await page.getByLabel(/Plik z listą uczestników/).setInputFiles({
    name: 'lista.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(await wb.xlsx.writeBuffer()),
  });
  await page.getByRole('button', { name: 'Prześlij listę' }).click();
  await expect(page.getByTestId('preview-summary')).toHaveText('Wiersze z uczestnikami: 5, poprawne: 4.');
  await expect(page.getByTestId('duplicates-warning')).toBeVisible();
  await expect(page.getByTestId('to-confirm')).toHaveCount(0);
  await checkPage(page);
  const [marked] = await Promise.all([page.waitForEvent('download'), page.getByTestId('marked-xlsx').click()]);
  const markedRows = await xlsxRows(marked);
  const maria = markedRows.find((r) => r[0] === 'Maria')!;
  expect(maria[2]).toBe('maria(at)firma');
  expect(maria[5]).toContain('E-mail');
  // Staff step on the group page says what to do, and leads to the preview.
  const previewUrl = page.url();
  await page.goto(groupUrl);
  await expect(page.getByTestId('step-lista')).toContainText('popraw czerwone wiersze');
  await page.getByTestId('step-lista').getByRole('link').click();
  await expect(page).toHaveURL(previewUrl);

  // Fixed in place: the row's form, saved and checked again — no new upload.
  const red = page.getByTestId('row-5');
  await red.getByText('Popraw ten wiersz').click();
  await red.getByLabel('E-mail').fill('maria@');
  await red.getByRole('button', { name: 'Zapisz i sprawdź ponownie' }).click();
  await expect(page.getByTestId('fix-outcome')).toContainText('Wiersz 5 nadal ma błędy');
  await expect(page.getByTestId('row-5').getByLabel('E-mail')).toHaveAttribute('aria-invalid', 'true');
  await page.getByTestId('row-5').getByLabel('E-mail').fill(`maria.${tag}@example.pl`);
  await page.getByTestId('row-5').getByRole('button', { name: 'Zapisz i sprawdź ponownie' }).click();
  await expect(page.getByTestId('fix-outcome')).toContainText('Wiersz 5 jest teraz poprawny');
  await expect(page.getByTestId('preview-summary')).toHaveText('Wiersze z uczestnikami: 5, poprawne: 5.');
  await expect(page.getByTestId('row-4')).toContainText(`adam.mickiewicz${suffix} (nadany automatycznie)`);
  await checkPage(page, true);

  // The confirmation step shows the seats it takes; then the accounts exist.
  await page.getByTestId('to-confirm').click();
  await expect(page.getByTestId('confirm-accounts')).toHaveText('5');
  await expect(page.getByTestId('confirm-bought')).toHaveText('30');
  await expect(page.getByTestId('confirm-left')).toHaveText('25');
  await checkPage(page);
  await page.getByRole('button', { name: 'Potwierdź i utwórz 5 kont' }).click();
  await expect(page.getByText('Utworzono 5 kont.', { exact: false })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('seats')).toContainText(/Wolne\s*25/);
});

test('unknown groups answer 404, and group files answer 404 to anonymous visitors', async ({ page }) => {
  for (const path of ['/grupy/nie-ma-takiej/dane-logowania.xlsx', '/grupy/nie-ma-takiej/szablon.xlsx']) {
    expect((await page.request.get(path)).status(), path).toBe(404);
  }
  await login(page, 'firma');
  for (const path of [
    '/grupy/nie-ma-takiej',
    '/grupy/nie-ma-takiej/dane-logowania.xlsx',
    '/grupy/nie-ma-takiej/umowa-projekt',
  ]) {
    expect((await page.request.get(path)).status(), path).toBe(404);
  }
  await page.goto('/grupy');
  await expect(page.getByRole('heading', { name: 'Moje grupy', level: 1 })).toBeVisible();
  await checkPage(page);
});
