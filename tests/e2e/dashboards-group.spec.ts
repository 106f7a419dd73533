// The demo company admin opens the group page and sees where things stand without counting: the
// tiles, the participants by state, the weekly progress and the test scores; each chart's table
// ("Pokaż liczby") holds the numbers the tiles and summaries say, and the page passes axe.
import type { Locator } from '@playwright/test';
import { checkPage, expect, login, test } from './support/fixtures';

/** The rows of a chart's table behind "Pokaż liczby", opened first. */
async function chartRows(figure: Locator): Promise<string[][]> {
  await figure.getByText('Pokaż liczby').click();
  const table = figure.locator('[data-chart-table]');
  await expect(table).toBeVisible();
  return table
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => Array.from(tr.querySelectorAll('th, td')).map((c) => (c.textContent ?? '').trim())),
    );
}

const tileValue = async (dashboard: Locator, label: string) =>
  (await dashboard.getByRole('listitem').filter({ hasText: label }).locator('span').nth(1).textContent())!.trim();

test('the company admin sees the group dashboard, its tables match its tiles and summaries', async ({ page }) => {
  await login(page, 'firma');
  await page.goto('/grupy');
  await page.getByTestId('group').filter({ hasText: 'Hydro-Tech' }).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/grupy\/[^/]+$/);
  const dashboard = page.getByTestId('group-dashboard');
  await expect(dashboard.getByRole('heading', { name: 'Jak idzie grupie' })).toBeVisible();
  await checkPage(page);

  // The tiles: 9 participants of 30 seats, 4 passed, 3 never logged in, access days left.
  expect(await tileValue(dashboard, 'Uczestnicy')).toBe('9');
  expect(await tileValue(dashboard, 'Zdali test')).toBe('4');
  expect(await tileValue(dashboard, 'Jeszcze się nie zalogowali')).toBe('3');
  expect(Number(await tileValue(dashboard, 'Dni dostępu do końca'))).toBeGreaterThan(50);

  const figure = (title: string) =>
    dashboard.locator('figure').filter({ has: page.getByRole('heading', { name: title }) });

  // Participants by state: the table, the tiles and the summary say the same.
  const states = figure('Uczestnicy według stanu');
  await expect(states.getByRole('img').first()).toBeAttached();
  expect(await chartRows(states)).toEqual([
    ['Nie zalogowali się', '3'],
    ['Uczą się', '1'],
    ['Zdali test', '4'],
    ['Nie zdali testu', '1'],
  ]);
  await expect(states.locator('[data-chart-summary]')).toContainText(
    'Z 9 uczestników: 4 zdało test, 1 go nie zdało (bez zaliczonego podejścia), 1 się uczy',
  );
  await expect(states.locator('[data-chart-summary]')).toContainText('3 jeszcze się nie zalogowało');

  // Scores: five took the test, the bins add up to five, the pass mark is named.
  const scores = figure('Wyniki testu końcowego');
  const bins = await chartRows(scores);
  expect(bins).toHaveLength(10);
  expect(bins.filter((r) => r[1] !== '0')).toEqual([
    ['40–50', '1'],
    ['70–80', '1'],
    ['80–90', '1'],
    ['90–100', '2'],
  ]);
  await expect(scores.locator('[data-chart-summary]')).toContainText(
    'Test rozwiązało 5 z 9 uczestników; próg zaliczenia to 60 %, zdało 4, nie zdało 1.',
  );

  // Progress: one row per week, climbing; the summary quotes the last week's numbers.
  const progress = figure('Postępy tydzień po tygodniu');
  await expect(progress.locator('[data-chart-legend] li')).toHaveText([
    'Średnio ukończonych lekcji',
    'Uczestnicy po wszystkich lekcjach',
  ]);
  const weeks = await chartRows(progress);
  expect(weeks.length).toBeGreaterThanOrEqual(9);
  const percent = (cell: string) => Number(cell.replace('%', '').replace(',', '.'));
  const average = weeks.map((r) => percent(r[1]));
  expect(average).toEqual([...average].sort((a, b) => a - b));
  // The second series: the share with every lesson done never falls, nor passes the average.
  const allDone = weeks.map((r) => percent(r[2]));
  expect(allDone).toEqual([...allDone].sort((a, b) => a - b));
  expect(allDone.every((v, i) => v <= average[i])).toBe(true);
  expect(average.at(-1)!).toBeGreaterThan(average[0]);
  const [, lastAverage] = weeks.at(-1)!;
  await expect(progress.locator('[data-chart-summary]')).toContainText(
    `ukończone średnio ${lastAverage} lekcji kursu, a wszystkie lekcje ukończyło`,
  );
  await expect(progress.locator('[data-chart-summary]')).toContainText(`${weeks.length} tygodni`);

  // With every table open, the page still passes axe; it is looked at on a laptop and a phone.
  await checkPage(page, true);
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await dashboard.scrollIntoViewIfNeeded();
    await page.screenshot({ path: test.info().outputPath(`group-dashboard-${width}.png`), fullPage: true });
  }
  await checkPage(page, true);
});
