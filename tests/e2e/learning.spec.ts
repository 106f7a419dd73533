// A learner goes through the BHP course, fails the final test once, passes it, downloads the
// certificate (checked through the PDF's text) and the public page confirms it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { checkPage, expect, login, test } from './support/fixtures';
import { demoContentOf } from '../../lib/demo/courses';

const bhp = demoContentOf('bhp-pracownicy-biurowi')!;
const COURSE_TITLE = 'Szkolenie okresowe BHP dla pracowników biurowych';

/** Ticks the right (or only wrong) options of every question shown, knowing the bank's key. */
async function answerAll(page: Page, right: boolean) {
  const questions = page.getByTestId('question');
  const n = await questions.count();
  expect(n).toBe(bhp.settings!.testQuestionCount);
  for (let i = 0; i < n; i++) {
    const fieldset: Locator = questions.nth(i);
    const text = (await fieldset.getByTestId('question-text').textContent())!.trim();
    const question = bhp.questions.find((q) => q.text === text);
    expect(question, text).toBeDefined();
    const pick = right ? question!.options.filter((o) => o.correct) : [question!.options.find((o) => !o.correct)!];
    for (const o of pick) await fieldset.getByLabel(o.text, { exact: true }).check();
  }
}

test('a learner studies a course, fails and then passes the test and holds a verifiable certificate', async ({
  page,
}) => {
  // Every lesson, two attempts and the certificate: longer than the default minute on a loaded machine.
  test.setTimeout(180_000);
  await login(page, 'kursant');
  await page.goto('/moje-kursy');
  await expect(page.getByRole('heading', { name: 'Moje kursy', level: 1 })).toBeVisible();
  await checkPage(page);
  const tile = page.getByTestId('my-course').filter({ hasText: COURSE_TITLE });
  await expect(tile.getByText(/Dostęp do \d+ \S+ \d{4}/)).toBeVisible();
  await tile.getByRole('link', { name: `Rozpocznij: ${COURSE_TITLE}` }).click();

  // Every lesson: read, check, mark done; the last one leads to the test.
  const lessonCount = bhp.modules.flatMap((m) => m.lessons).length;
  for (let i = 0; i < lessonCount; i++) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(bhp.modules.flatMap((m) => m.lessons)[i].title);
    await checkPage(page, true);
    if (i === 2) {
      await expect(page.locator('iframe[title^="Nagranie"]')).toHaveAttribute('src', /youtube-nocookie\.com\/embed\//);
      const href = await page.getByRole('link', { name: 'lista-kontrolna-stanowiska.txt' }).getAttribute('href');
      const file = await page.request.get(href!);
      expect(file.status()).toBe(200);
      expect(await file.text()).toContain('LISTA KONTROLNA');
    }
    await page
      .getByRole('button', { name: i < lessonCount - 1 ? 'Ukończ i przejdź dalej' : 'Oznacz jako ukończoną' })
      .click();
    if (i < lessonCount - 1) await expect(page).toHaveURL(/\/lekcje\//);
  }
  await expect(page).toHaveURL(/\/nauka\/bhp-pracownicy-biurowi\/test$/);
  await expect(page.getByRole('heading', { name: 'Test końcowy', level: 1 })).toBeVisible();
  await checkPage(page);

  // First attempt: wrong answers.
  await page.getByRole('button', { name: 'Rozpocznij test' }).click();
  await expect(page.getByRole('heading', { name: /Podejście 1/ })).toBeVisible();
  await expect(page.getByRole('timer')).toContainText('Pozostały czas');
  await checkPage(page);
  await answerAll(page, false);
  await page.getByRole('button', { name: 'Wyślij odpowiedzi' }).click();
  await expect(page.getByTestId('result')).toContainText('0 z 10 punktów');
  await expect(page.getByTestId('result')).toContainText('Tym razem się nie udało');
  await expect(page.getByText('Źle').first()).toBeVisible();
  await checkPage(page);

  // Second attempt: the key.
  await page.getByRole('link', { name: 'Wróć do testu' }).click();
  await expect(page.getByText('Wykorzystane podejścia: 1 z 3')).toBeVisible();
  await checkPage(page, true);
  await page.getByRole('button', { name: 'Rozpocznij kolejne podejście' }).click();
  await expect(page.getByRole('heading', { name: /Podejście 2/ })).toBeVisible();
  await answerAll(page, true);
  await page.getByRole('button', { name: 'Wyślij odpowiedzi' }).click();
  await expect(page.getByTestId('result')).toContainText('10 z 10 punktów (100 %)');
  await expect(page.getByTestId('result')).toContainText('Gratulacje');
  await checkPage(page, true);

  // The certificate: a real PDF whose text carries the Polish name and the course.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Pobierz zaświadczenie' }).click(),
  ]);
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'cert-')), download.suggestedFilename());
  await download.saveAs(file);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const flat = text.replace(/\s+/g, ' ');
  expect(flat).toContain('Jan Kowalski');
  // The BHP course prints the BHP training certificate (rozporządzenie MGiP z 27.07.2004, załącznik 1).
  expect(flat).toContain('ZAŚWIADCZENIE o ukończeniu szkolenia w dziedzinie bezpieczeństwa i higieny pracy');
  expect(flat).toMatch(/Szkolenie okresowe BHP dla pracowników biurowych/);
  expect(flat).toContain('100 %');
  const number = /PL-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(flat)?.[0];
  expect(number).toBeDefined();
  expect(download.suggestedFilename()).toBe(`zaswiadczenie-${number}.pdf`);

  // Downloading again gives the same certificate (same number).
  const again = await page.request.get('/nauka/bhp-pracownicy-biurowi/zaswiadczenie');
  expect(again.status()).toBe(200);
  expect(again.headers()['content-disposition']).toContain(number!);

  // The public verification page, as anyone.
  await page.goto(`/certyfikaty/${number}`);
  await expect(page.getByText('Zaświadczenie jest prawdziwe')).toBeVisible();
  await expect(page.getByTestId('verification')).toContainText('Jan Kowalski');
  await expect(page.getByTestId('verification')).toContainText(COURSE_TITLE);
  await checkPage(page);

  // My courses: finished, passed, certificate on the tile.
  await page.goto('/moje-kursy');
  await expect(tile.getByText('Ukończono 6 z 6 lekcji')).toBeVisible();
  await expect(tile.getByText('Test zaliczony')).toBeVisible();
  await checkPage(page, true);
});

test('a course without an enrolment shows a clear page with the way to the catalogue', async ({ page }) => {
  await login(page, 'kursant');
  await page.goto('/nauka/rodo-w-praktyce');
  await expect(page.getByRole('heading', { name: 'Nie masz dostępu do tego kursu' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Zobacz kurs w katalogu' })).toHaveAttribute(
    'href',
    '/kursy/rodo-w-praktyce',
  );
  await checkPage(page);
  const pdf = await page.request.get('/nauka/rodo-w-praktyce/zaswiadczenie');
  expect(pdf.status()).toBe(404);
});

test('an unknown certificate number is reported as not found', async ({ page }) => {
  await page.goto('/certyfikaty');
  await page.getByLabel('Numer zaświadczenia').fill('PL-0000-0000-000');
  await page.getByRole('button', { name: 'Sprawdź' }).click();
  await expect(page.getByText('To nie jest poprawny numer zaświadczenia')).toBeVisible();
  await checkPage(page);
});

test('staff edit a course and see its learners', async ({ page }) => {
  await login(page, 'zespol');
  await page.goto('/panel/kursy');
  await checkPage(page);
  await page.getByRole('link', { name: COURSE_TITLE }).click();
  await expect(page.getByRole('heading', { name: COURSE_TITLE, level: 1 })).toBeVisible();
  await checkPage(page);
  await page.getByRole('link', { name: 'Lekcje', exact: true }).click();
  await page.getByLabel('Nowy moduł').fill('Podsumowanie');
  await page.getByRole('button', { name: 'Dodaj moduł' }).click();
  await expect(page.getByText('Dodano moduł.')).toBeVisible();
  await expect(page.getByLabel('Nazwa modułu').last()).toHaveValue('Podsumowanie');
  await page.getByRole('link', { name: 'Kurs', exact: true }).click();
  await page.getByLabel('Cena brutto (zł)').fill('abc');
  await page.getByRole('button', { name: 'Zapisz kurs' }).click();
  await expect(page.getByText(/Podaj cenę brutto w złotych/)).toBeVisible();
  await checkPage(page, true);

  await page.getByRole('link', { name: 'Pytania', exact: true }).click();
  await expect(page.getByText(/Pula: 14 pytań/)).toBeVisible();
  await checkPage(page);
  await page.getByRole('link', { name: 'Uczestnicy' }).click();
  await expect(page.getByRole('cell', { name: /Jan Kowalski/ })).toBeVisible();
  await checkPage(page);
});
