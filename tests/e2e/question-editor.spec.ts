// Staff build a mixed test by hand: a gap-fill and a matching question, each first refused with the
// message beside the wrong field (and what was typed kept), then saved and listed; a bank rule
// over the category's size is refused beside its row; a course file is uploaded, an SVG refused.
import type { Locator, Page } from '@playwright/test';
import { checkPage, expect, login, test } from './support/fixtures';

const COURSE_TITLE = 'Szkolenie okresowe BHP dla pracowników biurowych';
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAAFklEQVR4nGOQSzlBEmIY1TCqYfhqAADGmEoQckuN7wAAAABJRU5ErkJggg==',
  'base64',
);

async function openQuestions(page: Page) {
  await login(page, 'tresci');
  await page.goto('/panel/kursy');
  await page.getByRole('link', { name: COURSE_TITLE }).click();
  await page
    .getByRole('navigation', { name: 'Sekcje kursu' })
    .getByRole('link', { name: 'Pytania', exact: true })
    .click();
  await expect(page.getByTestId('draws')).toBeVisible();
}

/** Screenshots of one part of the page at desktop and phone widths, kept with the test's output. */
const shots = async (page: Page, name: string, part: Locator) => {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await part.screenshot({ path: test.info().outputPath(`${name}-${width}.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
};

test('staff add a gap-fill and a matching question, fixing what the editor refused', async ({ page }) => {
  test.setTimeout(150_000);
  await openQuestions(page);
  await checkPage(page);
  const form = page.getByRole('region', { name: 'Nowe pytanie' });

  // Gap fill: two markers, the second gap left without an answer.
  await form.getByLabel('Rodzaj pytania').selectOption({ label: 'uzupełnianie luk' });
  const text = form.getByLabel(/Treść pytania/);
  await text.fill('Stolica Polski to [[1]], a stolica Niemiec to ');
  await form.getByRole('button', { name: 'Wstaw lukę [[2]]' }).click();
  await expect(text).toHaveValue('Stolica Polski to [[1]], a stolica Niemiec to [[2]]');
  await form.getByLabel('Luka 1: akceptowane odpowiedzi (każda w osobnym wierszu)').fill('Warszawa');
  await form.getByLabel('Punkty').fill('2');
  await form.getByLabel('Kategoria (pula)').fill('Geografia');
  await form.getByRole('button', { name: 'Dodaj pytanie' }).click();
  const gap2 = form.getByLabel('Luka 2: akceptowane odpowiedzi (każda w osobnym wierszu)');
  await expect(form.getByText('Luka 2: podaj co najmniej jedną poprawną odpowiedź.')).toBeVisible();
  await expect(gap2).toHaveAttribute('aria-invalid', 'true');
  await expect(text).toHaveValue('Stolica Polski to [[1]], a stolica Niemiec to [[2]]');
  await expect(form.getByLabel('Luka 1: akceptowane odpowiedzi (każda w osobnym wierszu)')).toHaveValue('Warszawa');
  await expect(form.getByLabel('Kategoria (pula)')).toHaveValue('Geografia');
  await checkPage(page, true);
  await shots(page, 'gap-refused', form);

  await gap2.fill('Berlin');
  await form
    .getByLabel('Luka 2: lista wyboru (opcjonalnie, każda pozycja w wierszu)')
    .fill('Berlin\nMonachium\nHamburg');
  await form.getByRole('button', { name: 'Dodaj pytanie' }).click();
  await expect(form.getByText('Dodano pytanie.')).toBeVisible();
  const listed = page.getByTestId('question-item');
  await expect(listed.filter({ hasText: 'Stolica Polski to' })).toContainText('uzupełnianie luk · 2 pkt · Geografia');
  // The form is empty again for the next question.
  await expect(form.getByLabel(/Treść pytania/)).toHaveValue('');

  // Matching: the second pair has no right side.
  await form.getByLabel('Rodzaj pytania').selectOption({ label: 'dopasowywanie par' });
  await form.getByLabel(/Treść pytania/).fill('Dopasuj słowa do tłumaczeń.');
  await form.getByLabel('Para 1: lewa strona', { exact: true }).fill('dog');
  await form.getByLabel('Para 1: prawa strona', { exact: true }).fill('pies');
  await form.getByLabel('Para 2: lewa strona', { exact: true }).fill('cat');
  await form.getByRole('button', { name: '+ Dodatkowa odpowiedź' }).click();
  await form.getByLabel('Dodatkowa odpowiedź 1', { exact: true }).fill('koń');
  await form.getByRole('button', { name: 'Dodaj pytanie' }).click();
  await expect(form.getByText('Para 2: uzupełnij obie strony.')).toBeVisible();
  await expect(form.getByLabel('Para 2: lewa strona', { exact: true })).toHaveValue('cat');
  await expect(form.getByLabel('Dodatkowa odpowiedź 1', { exact: true })).toHaveValue('koń');
  await checkPage(page, true);
  await shots(page, 'matching-refused', form);

  await form.getByLabel('Para 2: prawa strona', { exact: true }).fill('kot');
  await form.getByRole('button', { name: 'Dodaj pytanie' }).click();
  await expect(form.getByText('Dodano pytanie.')).toBeVisible();
  await expect(listed.filter({ hasText: 'Dopasuj słowa do tłumaczeń.' })).toContainText('dopasowywanie par');

  // The new questions are last; the matching one moves up above the gap fill.
  const n = await listed.count();
  await expect(listed.nth(n - 1)).toContainText('Dopasuj słowa');
  await page.getByRole('button', { name: `Przesuń pytanie ${n} w górę` }).click();
  await expect(listed.nth(n - 2)).toContainText('Dopasuj słowa');
  await expect(listed.nth(n - 1)).toContainText('Stolica Polski');

  // Banks: the new category holds one question; asking two of it is refused beside the row.
  const banks = page.getByRole('region', { name: 'Pule pytań' });
  const geo = banks.getByLabel('Losowanych z kategorii Geografia');
  await geo.fill('2');
  await banks.getByRole('button', { name: 'Zapisz pule' }).click();
  await expect(banks.getByText('W tej kategorii jest tylko 1 pytanie.')).toBeVisible();
  await geo.fill('1');
  await banks.getByRole('button', { name: 'Zapisz pule' }).click();
  await expect(banks.getByText('Zapisano pule pytań.')).toBeVisible();
  await expect(page.getByTestId('draws')).toHaveText(/Każde podejście losuje 1 pytanie\. \(suma ustaleń/);
  await checkPage(page, true);
  await shots(page, 'banks', banks);
  await shots(page, 'list', page.getByRole('list', { name: 'Pytania w puli' }));
});

test('staff upload a course file, and an SVG is refused', async ({ page }) => {
  await openQuestions(page);
  await page.getByRole('link', { name: 'Pliki kursu' }).click();
  await expect(page.getByRole('heading', { name: 'Pliki kursu' })).toBeVisible();
  await checkPage(page);
  const file = page.getByLabel('Plik (do 10 MB)');
  await file.setInputFiles({
    name: 'logo.png',
    mimeType: 'image/svg+xml',
    buffer: Buffer.from('<svg><script/></svg>'),
  });
  await page.getByRole('button', { name: 'Wyślij plik' }).click();
  await expect(page.getByText(/Ten rodzaj pliku nie jest dozwolony/)).toBeVisible();
  await file.setInputFiles({ name: 'mapa.png', mimeType: 'text/plain', buffer: PNG });
  await page.getByRole('button', { name: 'Wyślij plik' }).click();
  await expect(page.getByText('Dodano plik.')).toBeVisible();
  const row = page.getByTestId('media-row').filter({ hasText: 'mapa.png' });
  await expect(row.getByLabel('Kod markdown pliku mapa.png')).toHaveValue(/^!\[opis\]\(\/api\/learning\/media\/\w+\)$/);
  const src = await row.getByRole('img').getAttribute('src');
  const res = await page.request.get(src!);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('image/png');
  await checkPage(page, true);
  await shots(page, 'files', page.locator('main'));
});
