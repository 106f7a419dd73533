// People during the two months, as HR meets them: a paid 30-account group with four participants,
// invitation slips printed (one PDF), a participant sets a password through the slip's link and
// logs in (the link then dies), HR removes an unused participant (the seat comes back) and
// downloads every certificate as one ZIP.
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { checkPage, expect, login, test } from './support/fixtures';
import { acceptAgreementByScan, buyGroupAsNewAdmin, letters } from './support/groups';
import { demoContentOf } from '../../lib/demo/courses';

const SLUG = 'bhp-pracownicy-biurowi';
const bhp = demoContentOf(SLUG)!;

async function list(tag: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Uczestnicy');
  ws.addRow(['E-mail do powiadomienia o kontach', `kadry.${tag}@example.pl`]);
  ws.addRow([]);
  ws.addRow(['Imię', 'Nazwisko', 'E-mail', 'Login', 'Hasło']);
  const t = letters(tag.slice(-5));
  ws.addRow(['Marta', `Uczaca${t}`, '', '', '']);
  ws.addRow(['Piotr', `Zbedny${t}`, '', '', '']);
  ws.addRow(['Ewa', `Mailowa${t}`, `ewa.${tag}@example.pl`, '', '']);
  ws.addRow(['Jan', `Czwarty${t}`, '', '', '']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A paid 30-account group with an accepted agreement and four provisioned participants; returns its URL. */
async function preparedGroup(page: Page, browser: Browser, baseURL: string, tag: string): Promise<string> {
  const company = `Kadry Sowa ${tag}`;
  const groupUrl = await buyGroupAsNewAdmin(page, {
    firstName: 'Halina',
    lastName: 'Sowa',
    email: `hr.${tag}@example.pl`,
    company,
  });
  await acceptAgreementByScan(page, browser, baseURL, company);
  await page.getByLabel(/Plik z listą uczestników/).setInputFiles({
    name: 'lista.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await list(tag),
  });
  await page.getByRole('button', { name: 'Prześlij listę' }).click();
  await expect(page.getByTestId('preview-summary')).toHaveText('Wiersze z uczestnikami: 4, poprawne: 4.');
  await page.getByTestId('to-confirm').click();
  await expect(page.getByTestId('confirm-left')).toHaveText('26');
  await page.getByRole('button', { name: /Potwierdź i utwórz 4 konta/ }).click();
  await expect(page.getByTestId('seats')).toContainText(/Wolne\s*26/, { timeout: 30_000 });
  return groupUrl;
}

async function answerAll(page: Page) {
  const questions = page.getByTestId('question');
  const n = await questions.count();
  for (let i = 0; i < n; i++) {
    const fieldset = questions.nth(i);
    const text = (await fieldset.getByTestId('question-text').textContent())!.trim();
    for (const o of bhp.questions.find((q) => q.text === text)!.options.filter((x) => x.correct))
      await fieldset.getByLabel(o.text, { exact: true }).check();
  }
}

test('HR prints invitation slips, a participant joins through the link, HR removes an unused participant and downloads all certificates', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const tag = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  const t = letters(tag.slice(-5));
  const groupUrl = await preparedGroup(page, browser, baseURL!, tag);
  const people = page.getByTestId('people');
  await expect(people).toContainText(`Marta Uczaca${t}`);
  await checkPage(page, true);

  // 1. Slips for the four who have not logged in yet: one PDF, logins and links, no passwords.
  const [slips] = await Promise.all([
    page.waitForEvent('download'),
    people.getByRole('button', { name: 'Drukuj kartki z zaproszeniami (PDF, 4)' }).click(),
  ]);
  expect(slips.suggestedFilename()).toBe('zaproszenia.pdf');
  // Raw order (not the page layout): the two columns' links must not run into each other.
  const slipsFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'planeta-slips-')), 'zaproszenia.pdf');
  await slips.saveAs(slipsFile);
  const text = execFileSync('pdftotext', ['-raw', slipsFile, '-'], { encoding: 'utf8' });
  const links = [...text.matchAll(/https?:\/\/\S+\/zaproszenie\/[A-Za-z0-9_-]+/g)].map((m) => m[0]);
  expect(links).toHaveLength(4);
  expect(text).toContain(`marta.uczaca${t}`);
  expect(text).not.toMatch(/Hasło/);

  // 2. Marta (first on the list, first slip) opens her link, sets a password and is signed in.
  const ctx = await browser.newContext({ baseURL });
  const learner = await ctx.newPage();
  await learner.goto(new URL(links[0]).pathname);
  await expect(learner.getByRole('heading', { name: 'Ustaw hasło i zacznij' })).toBeVisible();
  await expect(learner.getByTestId('invitation-login')).toHaveText(`marta.uczaca${t}`);
  await checkPage(learner);
  await learner.getByLabel('Nowe hasło', { exact: true }).fill('MartaUczy2026');
  await learner.getByLabel('Powtórz nowe hasło').fill('MartaUczy2027');
  await learner.getByRole('button', { name: 'Ustaw hasło i zaloguj się' }).click();
  await expect(learner.getByText('Hasła nie są takie same.')).toBeVisible();
  await learner.getByLabel('Nowe hasło', { exact: true }).fill('MartaUczy2026');
  await learner.getByLabel('Powtórz nowe hasło').fill('MartaUczy2026');
  await learner.getByRole('button', { name: 'Ustaw hasło i zaloguj się' }).click();
  await expect(learner.getByRole('heading', { name: 'Moje kursy', level: 1 })).toBeVisible({ timeout: 20_000 });
  await expect(learner.getByTestId('signed-in-as')).toBeVisible();
  // The link worked once.
  await learner.goto(new URL(links[0]).pathname);
  await expect(learner.getByRole('heading', { name: 'Ten link już nie działa' })).toBeVisible();
  // She passes the test, so the group has a certificate.
  await learner.goto(`/nauka/${SLUG}/test`);
  await learner.getByRole('button', { name: 'Rozpocznij test' }).click();
  await expect(learner.getByRole('heading', { name: /Podejście 1/ })).toBeVisible();
  await answerAll(learner);
  await learner.getByRole('button', { name: 'Wyślij odpowiedzi' }).click();
  await expect(learner.getByTestId('result')).toContainText('Gratulacje');
  expect((await learner.request.get(`/nauka/${SLUG}/zaswiadczenie`)).status()).toBe(200);
  await ctx.close();

  // 3. HR removes Piotr, who never logged in, after confirming: the seat comes back.
  await page.goto(groupUrl);
  const piotr = people.getByTestId('person').filter({ hasText: `Piotr Zbedny${t}` });
  await piotr.getByText(`Działania: Piotr Zbedny${t}`).click();
  await piotr.getByText('Usuń uczestnika').click();
  await expect(piotr.getByText('Konto zostanie usunięte, a miejsce wróci do puli.')).toBeVisible();
  await checkPage(page, true);
  await piotr.getByRole('button', { name: 'Tak, usuń' }).click();
  await expect(page.getByTestId('seats')).toContainText(/Wolne\s*27/);
  await expect(people.getByTestId('person')).toHaveCount(3);
  // Marta logged in: she can only be deactivated, not removed.
  const marta = people.getByTestId('person').filter({ hasText: `Marta Uczaca${t}` });
  await marta.getByText(`Działania: Marta Uczaca${t}`).click();
  await expect(marta.getByText('Dezaktywuj konto')).toBeVisible();
  await expect(marta.getByText('Usuń uczestnika')).toHaveCount(0);

  // 4. All certificates as one ZIP: one PDF, Marta's.
  const [zip] = await Promise.all([
    page.waitForEvent('download'),
    people.getByRole('link', { name: 'Wszystkie zaświadczenia (ZIP, 1)' }).click(),
  ]);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'planeta-zip-'));
  const file = path.join(dir, 'z.zip');
  await zip.saveAs(file);
  const listing = execFileSync('unzip', ['-l', file], { encoding: 'utf8' });
  expect(listing).toMatch(new RegExp(`Uczaca${t}_Marta_zaswiadczenie-PL-[0-9A-Z-]+\\.pdf`));
  expect(execFileSync('unzip', ['-t', file], { encoding: 'utf8' })).toContain('No errors detected');

  // 5. Progress as a spreadsheet, at any time.
  const progress = await page.request.get(`${groupUrl}/postepy.xlsx`);
  expect(progress.status()).toBe(200);
  // Another company's admin gets 404 for all of it.
  const other = await browser.newContext({ baseURL });
  const op = await other.newPage();
  await login(op, 'firma');
  for (const p of [`${groupUrl}/postepy.xlsx`, `${groupUrl}/zaswiadczenia.zip`]) {
    expect((await op.request.get(p)).status(), p).toBe(404);
  }
  // A post from this site's origin reaches the group check (404); without an Origin it never gets that far.
  const origin = new URL(baseURL!).origin;
  expect((await op.request.post(`${groupUrl}/zaproszenia.pdf`, { headers: { origin } })).status()).toBe(404);
  expect((await op.request.post(`${groupUrl}/zaproszenia.pdf`)).status()).toBe(403);
  await other.close();
});
