// The school's planner overview as a dashboard (issue 26): the demo director opens XIV LO's planner
// and reads the tiles, the OKE counts chart, the declarations chart and the sessions that need
// attention; the numbers behind "Pokaż liczby" equal the tiles, and the page passes axe at both widths.
import type { Locator, Page } from '@playwright/test';
import { checkPage, expect, login, test } from './support/fixtures';

const tile = async (page: Page, label: string) =>
  (
    await page
      .getByTestId('planner-counts')
      .getByRole('listitem')
      .filter({ hasText: label })
      .locator('span')
      .nth(1)
      .innerText()
  ).trim();

/** The chart's table behind "Pokaż liczby", as label → number. */
async function chartNumbers(chart: Locator): Promise<Record<string, string>> {
  await chart.getByText('Pokaż liczby').click();
  const rows = chart.locator('[data-chart-table] tbody tr');
  await expect(rows.first()).toBeVisible();
  const out: Record<string, string> = {};
  for (const row of await rows.all()) {
    out[(await row.locator('th').innerText()).trim()] = (await row.locator('td').innerText()).trim();
  }
  return out;
}

test('the director sees where XIV LO stands: tiles, charts with their numbers, sessions to fix', async ({ page }) => {
  test.setTimeout(90_000);
  await login(page, 'szkola');
  await page.goto('/planer/szkola');
  await page
    .getByRole('region', { name: /XIV Liceum Ogólnokształcące/ })
    .getByTestId('open-planner')
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Planer maturalny' })).toBeVisible();
  await checkPage(page);

  // The tiles.
  const tiles = page.getByTestId('planner-counts');
  for (const label of [
    'Uczniowie na liście',
    'Deklaracje kompletne',
    'Deklaracje z błędami',
    'Bez deklaracji',
    'Sprawdzone z papierową',
    'Niesprawdzone z papierową',
    'Sesje ze zdającymi',
  ])
    await expect(tiles.getByText(label, { exact: true })).toBeVisible();
  await expect(tiles.getByText(/Do terminu deklaracji|Termin minął/)).toBeVisible();
  const students = Number(await tile(page, 'Uczniowie na liście'));
  expect(students).toBeGreaterThan(0);

  // The declarations chart: its table says what the tiles say, and the states add up to the students.
  const declarations = page.getByTestId('chart-declarations');
  // One drawing per screen width, the other hidden; the visible one is named by the summary.
  await expect(declarations.getByRole('img')).toHaveAttribute('aria-label', /^Z \d+ uczniów/);
  const states = await chartNumbers(declarations);
  for (const label of ['Deklaracje kompletne', 'Deklaracje z błędami', 'Bez deklaracji'])
    expect(states[label], label).toBe(await tile(page, label));
  expect(Object.values(states).reduce((n, v) => n + Number(v), 0)).toBe(students);
  await expect(declarations.locator('[data-chart-summary]')).toContainText(`Z ${students} uczniów`);

  // The OKE counts: written exams, Polish basic taken by everyone who declared.
  const subjects = page.getByTestId('chart-subjects');
  await expect(subjects.getByRole('heading', { name: /Uczniowie na przedmiotach i poziomach/ })).toBeVisible();
  const oke = await chartNumbers(subjects);
  expect(Number(oke['język polski, poziom podstawowy'])).toBe(students - Number(await tile(page, 'Bez deklaracji')));
  expect(Object.keys(oke).every((k) => !/ustny/.test(k))).toBe(true);

  // Rooms and teams: the demo gym at the Polish exam; sessions without a room are listed with a way to the rooms.
  const attention = page.getByTestId('planner-attention');
  await expect(attention.getByRole('heading', { name: 'Sale i zespoły nadzorujące' })).toBeVisible();
  await expect(attention.getByTestId('attention-session').first()).toBeVisible();
  await expect(attention.getByRole('link', { name: 'Przejdź do sal' }).first()).toHaveAttribute('href', /\/sale$/);
  await checkPage(page, true);

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: 'test-results/dashboards-school-1280.png', fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(declarations.getByRole('img')).toBeVisible();
  await checkPage(page, true);
  await page.screenshot({ path: 'test-results/dashboards-school-390.png', fullPage: true });
});
