// Staff write a lesson with a GFM table and formulas, watch the live preview render it, save it,
// and a learner sees the same on the lesson page: KaTeX fonts from our own server, no CSP errors,
// nothing typed runs as script, and on a phone only the table and the formula scroll sideways.
import { checkPage, expect, login, logout, test } from './support/fixtures';

const COURSE = 'Angielski B1 — kurs z certyfikatem';
const TITLE = 'Czasy w tabeli i jeden wzór';
const BODY = [
  '# Czasy przeszłe',
  '',
  'Porównanie *form **regularnych** i nieregularnych* w jednej tabeli:',
  '',
  '| Czasownik | Past Simple | Past Participle | Polski | Przykład w zdaniu | Uwagi |',
  '|:--|:--|:--|:--|:--|--:|',
  '| go | went | gone | iść | I went home yesterday after a very long day | 1 |',
  '| see | saw | seen | widzieć | She has seen that film three times already | 2 |',
  '',
  'Wynik testu liczymy tak: $w = \\frac{p}{n} \\cdot 100\\%$, a próg to $65\\%$.',
  '',
  '$$',
  'S = \\sum_{i=1}^{n} p_i = p_1 + p_2 + p_3 + p_4 + p_5 + p_6 + p_7 + p_8 + p_9 + p_{10} + p_{11} + p_{12}',
  '$$',
  '',
  '- [x] przeczytaj tabelę',
  '- [ ] zrób ćwiczenie',
  '',
  '<script>window.__pwned = true</script> [klik](javascript:window.__pwned=true)',
].join('\n');

test('staff write a lesson with a table and formulas, preview it live, and a learner sees it rendered', async ({
  page,
}) => {
  // Two sign-ins, a save and three accessibility scans of pages with KaTeX.
  test.setTimeout(120_000);
  const cspErrors: string[] = [];
  page.on('console', (m) => {
    if (/Content.Security.Policy|Refused to/i.test(m.text())) cspErrors.push(m.text());
  });
  const fonts: { url: string; status: number }[] = [];
  page.on('response', (r) => {
    if (/KaTeX_.*\.(woff2?|ttf)/.test(r.url())) fonts.push({ url: r.url(), status: r.status() });
  });

  await login(page, 'tresci');
  await page.goto('/panel/kursy');
  await page.getByRole('link', { name: COURSE, exact: true }).first().click();
  await expect(page).toHaveURL(/\/panel\/kursy\/[^/]+$/);
  await page.goto(`${new URL(page.url()).pathname}/lekcje/nowa`);
  await page.getByLabel('Tytuł lekcji').fill(TITLE);
  await page.getByLabel('Treść (markdown)').fill(BODY);

  const preview = page.getByTestId('lesson-preview');
  await expect(preview.locator('table')).toBeVisible();
  await expect(preview.locator('th').first()).toHaveText('Czasownik');
  await expect(preview.locator('.katex').first()).toBeVisible();
  await expect(preview.locator('.katex-display')).toBeVisible();
  await expect(preview.locator('h2')).toHaveText('Czasy przeszłe');
  await expect(preview.locator('em strong')).toHaveText('regularnych');
  await expect(preview).toContainText('<script>window.__pwned = true</script>');
  await expect(preview.locator('a', { hasText: 'klik' })).toHaveCount(0);
  await checkPage(page);

  // The preview follows the typing.
  await page.getByLabel('Treść (markdown)').press('End');
  await page.getByLabel('Treść (markdown)').pressSequentially('\n\n~~stare~~');
  await expect(preview.locator('del')).toHaveText('stare');

  await page.getByRole('button', { name: 'Dodaj lekcję' }).click();
  await expect(page).toHaveURL(/\/lekcje\/(?!nowa)[^/]+$/);
  const lessonId = new URL(page.url()).pathname.split('/').at(-1)!;
  // The saved lesson opens with its preview already drawn.
  await expect(page.getByTestId('lesson-preview').locator('table')).toBeVisible();
  await logout(page);

  await login(page, 'kursant');
  await page.goto(`/nauka/angielski-b1/lekcje/${lessonId}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  const lesson = page.locator('article .lesson-text');
  await expect(lesson.getByRole('region', { name: 'Tabela' }).locator('table')).toBeVisible();
  await expect(lesson.locator('td').first()).toHaveText('go');
  await expect(lesson.locator('.katex').first()).toBeVisible();
  await expect(lesson.locator('.katex-display')).toBeVisible();
  await expect(lesson.locator('input[type=checkbox]')).toHaveCount(2);
  await expect(lesson.locator('del')).toHaveText('stare');
  await expect(lesson).toContainText('<script>');
  expect(await page.evaluate(() => (window as { __pwned?: boolean }).__pwned)).toBeUndefined();
  await checkPage(page, true);

  // KaTeX's fonts came from this site and were used.
  await page.evaluate(() => document.fonts.ready);
  expect(
    await page.evaluate(() => [...document.fonts].some((f) => f.family.includes('KaTeX') && f.status === 'loaded')),
  ).toBe(true);
  expect(fonts.length).toBeGreaterThan(0);
  for (const f of fonts) {
    expect(new URL(f.url).origin).toBe(new URL(page.url()).origin);
    expect(f.status).toBe(200);
  }

  // On a phone the page itself never scrolls sideways: the table and the long formula do, inside their boxes.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(lesson.locator('.katex-display')).toBeVisible();
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    table: document.querySelector('.lesson-table')!.scrollWidth,
    tableBox: document.querySelector('.lesson-table')!.clientWidth,
  }));
  expect(widths.page).toBeLessThanOrEqual(390);
  expect(widths.table).toBeGreaterThan(widths.tableBox);
  await checkPage(page, true);
  expect(cspErrors).toEqual([]);
});
