// Issue 26, the family and learner dashboards on the demo data: the demo parent sees a card per
// child (Kuba's subjects and weeks of lessons, zosia's classes and instalments), the learner maria
// her courses, level path and next class; every chart's summary says the numbers its table holds,
// and both pages pass axe at desktop and phone widths.
import type { Locator, Page } from '@playwright/test';
import { checkPage, expect, login, test } from './support/fixtures';

const SHOTS = process.env.DASHBOARD_SHOTS;

async function shots(page: Page, name: string) {
  if (!SHOTS) return;
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** The chart's table behind "Pokaż liczby", opened: its second column as numbers. */
async function tableNumbers(chart: Locator): Promise<number[]> {
  await chart.getByText('Pokaż liczby').click();
  const table = chart.locator('[data-chart-table]');
  await expect(table).toBeVisible();
  const cells = await table
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => (r as HTMLTableRowElement).cells[1]?.textContent ?? ''));
  return cells.map((c) => Number(c.replace(/\s/g, '').replace(',', '.')));
}

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

test('the demo parent sees where each child stands, and the numbers behind the chart match its summary', async ({
  page,
}) => {
  await login(page, 'rodzic');
  await page.goto('/rodzina');
  const dashboard = page.getByTestId('family-dashboard');
  await expect(dashboard.getByRole('heading', { name: 'Jak idzie nauka', level: 2 })).toBeVisible();
  const cards = dashboard.getByTestId('child-dashboard');
  await expect(cards).toHaveCount(2);

  // Kuba: a paid Standard package, a meter per subject, lessons over the last weeks.
  const kuba = cards.filter({ has: page.getByRole('heading', { name: 'Kuba Nowak', level: 3 }) });
  const meters = kuba.getByTestId('child-subjects').getByRole('meter');
  expect(await meters.count()).toBeGreaterThan(1);
  const chart = kuba.locator('figure');
  const summary = (await chart.locator('[data-chart-summary]').textContent()) ?? '';
  const m = summary.match(/(\d+) lekcj\S* w ostatnich (\d+) tygodniach, w tym tygodniu (\d+)/);
  expect(m, summary).not.toBeNull();
  const weeks = await tableNumbers(chart);
  expect(weeks).toHaveLength(Number(m![2]));
  expect(sum(weeks)).toBe(Number(m![1]));
  expect(weeks.at(-1)).toBe(Number(m![3]));
  expect(sum(weeks)).toBeGreaterThan(0);
  // The meters' lessons done are at least the lessons of these weeks (all of Kuba's are recent).
  const done = await meters.evaluateAll((ms) => ms.map((x) => Number((x as HTMLMeterElement).value)));
  expect(sum(done)).toBe(sum(weeks));

  // zosia: no package yet, her maths group and centre classes ahead, the centre's instalments due.
  const zosia = cards.filter({ has: page.getByRole('heading', { name: 'Zosia Nowak', level: 3 }) });
  await expect(zosia.getByRole('link', { name: 'Wybierz pakiet' })).toBeVisible();
  await expect(zosia.getByTestId('child-classes').getByRole('listitem').first()).toBeVisible();
  const payments = zosia.getByTestId('child-payments').getByRole('listitem');
  expect(await payments.count()).toBeGreaterThan(0);
  await expect(payments.first().getByRole('link', { name: /^Zapłać: / })).toHaveAttribute(
    'href',
    /^\/konto\/umowy\/UM-/,
  );
  // No lessons yet: the sentence instead of eight empty bars.
  await expect(zosia.getByTestId('weeks-none')).toHaveText(/nie ukończył\(a\) żadnej lekcji/);

  // The tiles: this week's lessons are the last rows of the children's tables together.
  const tiles = dashboard.getByRole('list', { name: 'Podsumowanie rodziny' });
  await expect(tiles.getByRole('listitem').filter({ hasText: 'Lekcje w tym tygodniu' })).toContainText(
    String(weeks.at(-1)!),
  );
  await expect(tiles.getByRole('link', { name: /Do zapłaty/ })).toBeVisible();
  await checkPage(page, true);
  await shots(page, 'rodzina');
});

test('the language learner sees her courses, the level path and the next class', async ({ page }) => {
  await login(page, 'maria');
  await page.goto('/moje-kursy');
  const dashboard = page.getByTestId('learner-dashboard');
  await expect(dashboard).toBeVisible();

  const levels = dashboard.getByTestId('learner-levels');
  const steps = levels.getByTestId('level-step');
  await expect(steps.filter({ hasText: 'A1' })).toContainText('zaliczony');
  await expect(steps.filter({ hasText: 'A2' })).toContainText('w trakcie');
  await expect(steps.filter({ hasText: 'A2' })).toHaveAttribute('aria-current', 'step');
  await expect(levels.getByTestId('levels-summary')).toContainText('Zaliczone poziomy: 1 z');
  await expect(levels.getByTestId('levels-summary')).toContainText('Teraz uczysz się: A2');

  await expect(dashboard.getByTestId('learner-next-class')).not.toContainText('Nie masz zapisów');

  // The course meters add up to the sentence above them and to the tile.
  const meters = dashboard.getByTestId('learner-meters').getByRole('meter');
  const values = await meters.evaluateAll((ms) =>
    ms.map((x) => [Number((x as HTMLMeterElement).value), Number((x as HTMLMeterElement).max)]),
  );
  const done = sum(values.map((v) => v[0]!));
  await expect(dashboard.getByText(new RegExp(`^Ukończono ${done} z \\d+ lekcji w \\d+ kurs`))).toBeVisible();
  await expect(
    dashboard
      .getByRole('list', { name: 'Podsumowanie nauki' })
      .getByRole('listitem')
      .filter({ hasText: 'Ukończone lekcje' }),
  ).toContainText(String(done));

  const chart = dashboard.locator('figure');
  const summary = (await chart.locator('[data-chart-summary]').textContent()) ?? '';
  const weeks = await tableNumbers(chart);
  if (sum(weeks) === 0) expect(summary).toContain('nie ukończono żadnej lekcji');
  else expect(summary).toContain(`ukończono ${sum(weeks)} lekcj`);
  if (sum(weeks) > 0) expect(summary).toContain(`w tym tygodniu ${weeks.at(-1)}.`);
  await checkPage(page, true);
  await shots(page, 'moje-kursy-maria');
});
