// The staff home (issue 26): staff land on /panel after log-in, its tiles and charts show the demo's
// numbers, each chart's table behind "Pokaż liczby" holds the numbers its sentence and tiles say,
// and each role sees only the blocks of the pages it opens. Learners and teachers keep their homes.
import type { Locator, Page } from '@playwright/test';
import { checkPage, expect, login, logout, test } from './support/fixtures';

/** "1 234,56 zł" (with Intl's no-break spaces) → 123456 grosze. */
const minor = (text: string) => {
  const m = text.replace(/\s/g, '').match(/-?\d+(?:,\d{2})?(?=zł)/);
  expect(m, text).not.toBeNull();
  const [zl, gr = '00'] = m![0].split(',');
  return Number(zl) * 100 + Math.sign(Number(zl) || 1) * Number(gr);
};

const tiles = (page: Page, section: string) => page.getByRole('list', { name: section, exact: true });
const tileValue = async (page: Page, section: string, label: string) =>
  (await tiles(page, section).getByRole('listitem').filter({ hasText: label }).locator('span').nth(1).textContent()) ??
  '';

/** A chart's figure, its summary sentence and its table's rows (opened from "Pokaż liczby"). */
async function chart(page: Page, title: string) {
  const figure: Locator = page.locator('figure').filter({ has: page.getByRole('heading', { name: title }) });
  await expect(figure.getByRole('img').first()).toBeAttached();
  await figure.getByText('Pokaż liczby').click();
  const table = figure.locator('[data-chart-table]');
  await expect(table).toBeVisible();
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c.textContent ?? '').trim())));
  const summary = (await figure.locator('[data-chart-summary]').textContent()) ?? '';
  return { rows, summary };
}

test('an administrator lands on the staff home; every chart has its numbers in a table that matches', async ({
  page,
}, testInfo) => {
  await login(page, 'zespol');
  await expect(page).toHaveURL(/\/panel$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Panel zespołu' })).toBeVisible();
  for (const h of ['Do załatwienia', 'Sprzedaż i zwroty', 'Zaległe płatności', 'Umowy', 'Zajęcia na żywo', 'Platforma'])
    await expect(page.getByRole('heading', { level: 2, name: h, exact: true })).toBeVisible();

  // Queues: each tile a count with its oldest item's age, linked to its page; the demo fills them.
  const queues = tiles(page, 'Do załatwienia');
  await expect(queues.getByRole('listitem')).toHaveCount(7);
  const mail = queues.getByRole('link', { name: /E-maile z błędem wysyłki/ });
  await expect(mail).toHaveAttribute('href', '/panel/poczta');
  await expect(mail).toContainText(/najstarsze czeka/);
  expect(Number(await tileValue(page, 'Do załatwienia', 'E-maile z błędem wysyłki'))).toBeGreaterThanOrEqual(1);
  expect(Number(await tileValue(page, 'Do załatwienia', 'Wnioski o zmianę klasy'))).toBeGreaterThanOrEqual(1);
  expect(Number(await tileValue(page, 'Do załatwienia', 'Reklamacje bez odpowiedzi'))).toBeGreaterThanOrEqual(1);
  expect(Number(await tileValue(page, 'Do załatwienia', 'Umowy powierzenia do sprawdzenia'))).toBeGreaterThanOrEqual(1);
  expect(Number(await tileValue(page, 'Do załatwienia', 'Faktury odrzucone przez KSeF'))).toBeGreaterThanOrEqual(1);

  // Sales: the chart's rows add up to its sentence and to the month's tile (its złoty part).
  const sales = await chart(page, 'Sprzedaż w tym miesiącu według produktu');
  expect(sales.rows.length).toBeGreaterThan(0);
  const salesSum = sales.rows.reduce((s, r) => s + minor(r[1]), 0);
  expect(minor(sales.summary)).toBe(salesSum);
  expect(minor(await tileValue(page, 'Sprzedaż i zwroty', 'Sprzedaż w tym miesiącu'))).toBe(salesSum);
  await expect(page.getByTestId('sales-table')).toBeVisible();

  // Overdue: four ages, every one filled by the demo; their sum is the sentence's and the tile's.
  const overdue = await chart(page, 'Zaległe płatności według czasu po terminie');
  expect(overdue.rows.map((r) => r[0])).toEqual(['0–7 dni', '8–14 dni', '15–30 dni', 'ponad 30 dni']);
  for (const r of overdue.rows) expect(minor(r[1])).toBeGreaterThan(0);
  const overdueSum = overdue.rows.reduce((s, r) => s + minor(r[1]), 0);
  expect(minor(overdue.summary)).toBe(overdueSum);
  expect(minor(await tileValue(page, 'Zaległe płatności', 'Zaległe razem'))).toBe(overdueSum);
  expect(minor(await tileValue(page, 'Zaległe płatności', 'Zaległe ponad 30 dni'))).toBe(minor(overdue.rows[3][1]));

  // Contracts by state: the rows add up to the sentence's total; the tiles are the same counts.
  const contracts = await chart(page, 'Umowy według stanu');
  const byState = Object.fromEntries(contracts.rows.map((r) => [r[0], Number(r[1].replace(/\s/g, ''))]));
  const total = Object.values(byState).reduce((s, v) => s + v, 0);
  expect(Number(contracts.summary.match(/^(\d[\d\s]*) um/)![1].replace(/\s/g, ''))).toBe(total);
  expect(Number(await tileValue(page, 'Umowy', 'Aktywna'))).toBe(byState['Aktywna']);
  expect(Number(await tileValue(page, 'Umowy', 'Zawieszona'))).toBe(byState['Zawieszona']);
  await expect(tiles(page, 'Umowy').getByRole('link', { name: /Zawieszona/ })).toHaveAttribute(
    'href',
    '/panel/umowy/lista?stan=SUSPENDED',
  );

  // Occupancy: the seats tile is the sum of the table's rows.
  const seats = await page
    .getByTestId('occupancy-table')
    .locator('tbody tr td:nth-child(3)')
    .evaluateAll((tds) =>
      tds.map((td) =>
        (td.textContent ?? '')
          .match(/(\d+) z (\d+)/)!
          .slice(1)
          .map(Number),
      ),
    );
  expect(seats.length).toBeGreaterThan(0);
  const shown = await tileValue(page, 'Zajęcia na żywo', 'Zajęte miejsca');
  const [taken, capacity] = shown
    .match(/(\d+) z (\d+)/)!
    .slice(1)
    .map(Number);
  expect(taken).toBe(seats.reduce((s, r) => s + r[0], 0));
  expect(capacity).toBe(seats.reduce((s, r) => s + r[1], 0));

  await checkPage(page, true);
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: testInfo.outputPath(`panel-${width}.png`), fullPage: true });
  }
});

test('accounting sees money and its own queues, not support’s or content’s', async ({ page }) => {
  await login(page, 'ksiegowosc');
  await expect(page).toHaveURL(/\/panel$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Sprzedaż i zwroty' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Zaległe płatności' })).toBeVisible();
  const queues = tiles(page, 'Do załatwienia');
  await expect(queues.getByRole('listitem')).toHaveCount(2);
  await expect(queues).toContainText('Rabaty do weryfikacji');
  await expect(queues).toContainText('Faktury odrzucone przez KSeF');
  await expect(page.getByText('Reklamacje bez odpowiedzi')).toHaveCount(0);
  await expect(page.getByText('E-maile z błędem wysyłki')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: 'Platforma' })).toHaveCount(0);
  await checkPage(page, true);
});

test('support sees its queues and contracts but no money; content staff only their courses', async ({ page }) => {
  await login(page, 'wsparcie');
  await expect(page).toHaveURL(/\/panel$/);
  await expect(tiles(page, 'Do załatwienia')).toContainText('Reklamacje bez odpowiedzi');
  await expect(page.getByRole('heading', { level: 2, name: 'Sprzedaż i zwroty' })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: 'Umowy' })).toBeVisible();
  await checkPage(page, true);
  await logout(page);
  await login(page, 'tresci');
  await expect(page).toHaveURL(/\/panel$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Platforma' })).toBeVisible();
  for (const h of ['Do załatwienia', 'Sprzedaż i zwroty', 'Zaległe płatności', 'Zajęcia na żywo'])
    await expect(page.getByRole('heading', { level: 2, name: h, exact: true })).toHaveCount(0);
  await expect(tiles(page, 'Platforma').getByRole('link', { name: /Kursy/ })).toHaveAttribute('href', '/panel/kursy');
});

test('a learner keeps the public home, a teacher lands on their classes', async ({ page }) => {
  await login(page, 'kursant');
  await expect(page).toHaveURL(/\/$/);
  await logout(page);
  await login(page, 'lektor');
  await expect(page).toHaveURL(/\/panel\/zajecia$/);
});
