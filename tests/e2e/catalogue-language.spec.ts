// A course carries the language it is taught in: a badge on its card and page, the catalogue's
// ?jezyk= filter (a select beside the category), and the course editor's select that sets it.
import { checkPage, expect, login, test } from './support/fixtures';

const ENGLISH = 'Workplace English B2: meetings and e-mails';
const POLISH_TAUGHT = 'Angielski B1 — kurs z certyfikatem';

const card = (page: import('@playwright/test').Page, title: string) =>
  page.getByTestId('course-card').filter({ has: page.getByRole('link', { name: title }) });

test('the language badge, the catalogue filter and the editor’s select', async ({ page }) => {
  await page.goto('/kursy');
  await expect(card(page, ENGLISH).getByTestId('course-language')).toHaveText(/po angielsku/);
  await expect(card(page, POLISH_TAUGHT).getByTestId('course-language')).toHaveText(/po polsku/);
  await expect(card(page, ENGLISH).getByRole('heading')).toHaveAttribute('lang', 'en');
  await checkPage(page);

  await page.getByLabel('Język kursu').selectOption({ label: 'angielski' });
  await page.getByRole('button', { name: 'Filtruj' }).click();
  await expect(page).toHaveURL(/[?&]jezyk=en/);
  await expect(page.getByLabel('Język kursu')).toHaveValue('en');
  const cards = page.getByTestId('course-card');
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toContainText(ENGLISH);
  await checkPage(page, true);
  await page.screenshot({ path: '.test-reports/catalogue-language-en.png', fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: '.test-reports/catalogue-language-en-390.png', fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });

  // Polish-taught courses only: the English one is gone, the Polish-taught English course stays.
  await page.goto('/kursy?jezyk=pl');
  await expect(card(page, POLISH_TAUGHT)).toHaveCount(1);
  await expect(card(page, ENGLISH)).toHaveCount(0);
  // An unknown code filters nothing rather than showing an empty page.
  await page.goto('/kursy?jezyk=xx');
  await expect(card(page, ENGLISH)).toHaveCount(1);
  await expect(card(page, POLISH_TAUGHT)).toHaveCount(1);

  await card(page, ENGLISH).getByRole('link', { name: ENGLISH }).click();
  await expect(page.getByRole('heading', { level: 1, name: ENGLISH })).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('course-language')).toHaveText(/po angielsku/);
  await checkPage(page);

  // The editor shows the course's language and changes it; the catalogue follows.
  await login(page, 'zespol');
  await page.goto('/panel/kursy');
  await page.getByRole('link', { name: ENGLISH }).click();
  const select = page.getByLabel('Język kursu');
  await expect(select).toHaveValue('en');
  await checkPage(page);
  await select.selectOption('de');
  await page.getByRole('button', { name: 'Zapisz kurs' }).click();
  await expect(page.getByText('Zapisano kurs.')).toBeVisible();
  await page.goto('/kursy?jezyk=de');
  await expect(page.getByTestId('course-card')).toHaveCount(1);
  await expect(page.getByTestId('course-language')).toHaveText(/po niemiecku/);

  await page.goto('/panel/kursy');
  await page.getByRole('link', { name: ENGLISH }).click();
  await page.getByLabel('Język kursu').selectOption('en');
  await page.getByRole('button', { name: 'Zapisz kurs' }).click();
  await expect(page.getByText('Zapisano kurs.')).toBeVisible();
  await page.goto('/kursy?jezyk=en');
  await expect(page.getByTestId('course-card')).toHaveCount(1);
});
