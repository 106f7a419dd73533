// Staff build a course from nothing: the form keeps the category and checkboxes after an error,
// publishing is refused with what is missing, then allowed once there is a lesson and a question;
// modules and lessons are reordered with the keyboard; the public programme falls back to the
// lessons; the course is duplicated and previewed as a learner.
import type { Page } from '@playwright/test';
import { checkPage, expect, login, test } from './support/fixtures';

const TITLE = 'Kurs z edytora e2e';
const SLUG = 'kurs-z-edytora-e2e';

async function addModule(page: Page, title: string) {
  await page.getByLabel('Nowy moduł').fill(title);
  await page.getByRole('button', { name: 'Dodaj moduł' }).click();
  await expect(page.getByLabel('Nazwa modułu').last()).toHaveValue(title);
}

async function addLesson(page: Page, moduleTitle: string, title: string) {
  await page.goto(page.url().replace(/\/lekcje.*$/, '/lekcje'));
  await page.getByRole('link', { name: 'Nowa lekcja' }).click();
  await page.getByLabel('Moduł', { exact: true }).selectOption({ label: moduleTitle });
  await page.getByLabel('Tytuł lekcji').fill(title);
  await page.getByLabel('Czas (min)').fill('15');
  await page.getByLabel('Treść (markdown)').fill(`Treść lekcji **${title}**.`);
  await page.getByRole('button', { name: 'Dodaj lekcję' }).click();
  await expect(page.getByRole('heading', { name: `Lekcja: ${title}` })).toBeVisible();
}

/** Each module's name followed by its lessons' titles, in the order shown. */
async function lessonTitles(page: Page) {
  const modules = page
    .getByRole('region', { name: 'Moduły i lekcje' })
    .getByRole('listitem')
    .filter({
      has: page.getByLabel('Nazwa modułu'),
    });
  const out: string[][] = [];
  for (const m of await modules.all()) {
    const name = await m.getByLabel('Nazwa modułu').inputValue();
    const lessons = await m.getByRole('list').getByRole('link').allTextContents();
    out.push([name, ...lessons.map((t) => t.replace(/^\d+\.\s*/, ''))]);
  }
  return out;
}

test('staff build, publish, reorder, duplicate and preview a course', async ({ page }) => {
  test.setTimeout(240_000); // one long journey through a dozen pages
  page.on('dialog', (d) => void d.accept());
  await login(page, 'zespol');
  await page.goto('/panel/kursy');
  await page.getByRole('link', { name: 'Nowy kurs' }).click();
  await checkPage(page);

  // A validation error keeps the chosen category and every checkbox.
  await page.getByLabel('Tytuł', { exact: true }).fill(TITLE);
  await page.getByLabel('Adres (slug)').fill(SLUG);
  await page.getByLabel('Krótki opis').fill('Kurs zbudowany w teście edytora.');
  await page.getByLabel('Opis', { exact: true }).fill('Opis kursu zbudowanego w teście.');
  await page.getByLabel('Kategoria').selectOption({ label: 'Prawo i RODO' });
  await page.getByLabel('Cena brutto (zł)').fill('abc');
  await page.getByLabel('Liczba pytań').fill('1');
  await page.getByLabel('Przerwa po niezaliczeniu (godz.)').fill('24');
  await page.getByLabel('Test dopiero po ukończeniu wszystkich lekcji').check();
  await page.getByLabel('Opublikowany w katalogu').check();
  await page.getByRole('button', { name: 'Zapisz kurs' }).click();
  await expect(page.getByText(/Podaj cenę brutto w złotych/)).toBeVisible();
  await expect(page.getByLabel('Kategoria')).toHaveValue(/.+/);
  await expect(page.getByLabel('Kategoria').locator('option:checked')).toHaveText('Prawo i RODO');
  await expect(page.getByLabel('Test dopiero po ukończeniu wszystkich lekcji')).toBeChecked();
  await expect(page.getByLabel('Po teście pokaż poprawne odpowiedzi')).not.toBeChecked();
  await expect(page.getByLabel('Opublikowany w katalogu')).toBeChecked();
  await checkPage(page, true);

  // Publishing an empty course is refused beside the checkbox, saying what is missing.
  await page.getByLabel('Cena brutto (zł)').fill('149,00');
  await page.getByRole('button', { name: 'Zapisz kurs' }).click();
  const refusal = page.locator('.field-error').filter({ hasText: 'Kursu nie można opublikować' });
  await expect(refusal).toContainText('co najmniej jedna lekcja (jest: 0)');
  await expect(refusal).toContainText('pytania do testu (losowanych: 1, w puli: 0)');
  await expect(page.getByLabel('Opublikowany w katalogu')).toHaveAttribute('aria-describedby', /error/);
  await expect(page.getByLabel('Kategoria').locator('option:checked')).toHaveText('Prawo i RODO');

  await page.getByLabel('Opublikowany w katalogu').uncheck();
  await page.getByRole('button', { name: 'Zapisz kurs' }).click();
  await expect(page).toHaveURL(/\/panel\/kursy\/(?!nowy)[^/]+$/);
  const courseUrl = page.url();
  const readiness = page.locator('section[aria-labelledby="readiness"]');
  await expect(readiness).toContainText('Zanim opublikujesz kurs, uzupełnij braki.');
  await checkPage(page);

  // Two modules with lessons, one question.
  await page.getByRole('link', { name: 'Lekcje', exact: true }).click();
  await expect(page.getByText('Kurs nie ma jeszcze modułów.')).toBeVisible();
  await addModule(page, 'Wprowadzenie');
  await addModule(page, 'Praktyka');
  await checkPage(page);
  await addLesson(page, 'Wprowadzenie', 'Po co to wszystko');
  await addLesson(page, 'Wprowadzenie', 'Pierwsze kroki');
  await addLesson(page, 'Praktyka', 'Ćwiczenie');
  await page.goto(`${courseUrl}/pytania`);
  await page.getByLabel('Treść pytania').last().fill('Które zdanie jest prawdziwe?');
  await page.getByPlaceholder('Odpowiedź 1').last().fill('To prawdziwe');
  await page.getByLabel('Odpowiedź 1 jest poprawna').last().check();
  await page.getByPlaceholder('Odpowiedź 2').last().fill('To fałszywe');
  await page.getByRole('button', { name: 'Dodaj pytanie' }).click();
  await expect(page.getByText('Dodano pytanie.')).toBeVisible();

  // Now it may be published.
  await page.goto(courseUrl);
  await expect(readiness).toContainText('Kurs spełnia warunki publikacji.');
  await page.getByLabel('Opublikowany w katalogu').check();
  await page.getByRole('button', { name: 'Zapisz kurs' }).click();
  await expect(page.getByText('Zapisano kurs.')).toBeVisible();

  // Reordering with the keyboard; the focus stays on the moved item's button.
  await page.getByRole('link', { name: 'Lekcje', exact: true }).click();
  await expect
    .poll(() => lessonTitles(page))
    .toEqual([
      ['Wprowadzenie', 'Po co to wszystko', 'Pierwsze kroki'],
      ['Praktyka', 'Ćwiczenie'],
    ]);
  await page.getByRole('button', { name: 'Przesuń wyżej: Praktyka' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Przesuń wyżej: Praktyka' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Przesuń niżej: Praktyka' })).toBeFocused();
  await page.getByRole('button', { name: 'Przesuń niżej: Po co to wszystko' }).click();
  await expect(page.getByRole('button', { name: 'Przesuń niżej: Po co to wszystko' })).toBeDisabled();
  await expect
    .poll(() => lessonTitles(page))
    .toEqual([
      ['Praktyka', 'Ćwiczenie'],
      ['Wprowadzenie', 'Pierwsze kroki', 'Po co to wszystko'],
    ]);
  await checkPage(page, true);

  // The public page: no syllabus, so the programme is the lesson list in the new order.
  await page.goto(`/kursy/${SLUG}`);
  const programme = page.locator('section[aria-labelledby="program"]');
  await expect(programme.getByRole('heading', { name: 'Program' })).toBeVisible();
  await expect(programme.locator('h3')).toHaveText([/1\. Praktyka/, /2\. Wprowadzenie/]);
  await expect(programme).toContainText('Pierwsze kroki');
  await expect(programme).toContainText('15 min');
  await expect(page.getByText('Zaliczenie od 60% poprawnych odpowiedzi.')).toBeVisible();
  await expect(page.getByText('Test otwiera się po ukończeniu wszystkich lekcji.')).toBeVisible();
  await checkPage(page);

  // With a syllabus, the programme is the syllabus.
  await page.goto(courseUrl);
  await page.getByLabel('Program (jeden punkt w wierszu)').fill('- Ocena ryzyka\n- Dokumentacja\n\n');
  await page.getByRole('button', { name: 'Zapisz kurs' }).click();
  await expect(page.getByText('Zapisano kurs.')).toBeVisible();
  await page.goto(`/kursy/${SLUG}`);
  await expect(programme.getByRole('listitem')).toHaveText(['Ocena ryzyka', 'Dokumentacja']);

  // The preview shows the lessons as a learner sees them, with the banner, and records nothing.
  await page.goto(courseUrl);
  await page.getByRole('link', { name: 'Podgląd jako kursant' }).click();
  await expect(page.getByText('Podgląd — tak widzi to kursant')).toBeVisible();
  await expect(page.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();
  await checkPage(page);
  await page.getByRole('link', { name: 'Rozpocznij' }).click();
  await expect(page.getByRole('heading', { name: 'Ćwiczenie', level: 1 })).toBeVisible();
  await expect(page.getByText('Podgląd — tak widzi to kursant')).toBeVisible();
  await expect(page.locator('strong', { hasText: 'Ćwiczenie' })).toBeVisible();
  await checkPage(page);
  await page.getByRole('link', { name: /Następna lekcja/ }).click();
  await expect(page.getByRole('heading', { name: 'Pierwsze kroki', level: 1 })).toBeVisible();
  await expect(page.getByText('— Ukończona', { exact: true })).toHaveCount(0);

  // Duplicate: staff land on the hidden copy.
  await page.goto(courseUrl);
  await page.getByRole('button', { name: 'Duplikuj kurs' }).click();
  await expect(page.getByRole('heading', { name: `${TITLE} (kopia)`, level: 1 })).toBeVisible();
  expect(page.url()).not.toBe(courseUrl);
  await expect(page.getByLabel('Adres (slug)')).toHaveValue(`${SLUG}-kopia`);
  await expect(page.getByLabel('Opublikowany w katalogu')).not.toBeChecked();
  await expect(page.getByLabel('Program (jeden punkt w wierszu)')).toHaveValue('Ocena ryzyka\nDokumentacja');
  await page.getByRole('link', { name: 'Lekcje', exact: true }).click();
  await expect
    .poll(() => lessonTitles(page))
    .toEqual([
      ['Praktyka', 'Ćwiczenie'],
      ['Wprowadzenie', 'Pierwsze kroki', 'Po co to wszystko'],
    ]);
  expect((await page.request.get(`/kursy/${SLUG}-kopia`)).status()).toBe(404);
});
