// A visitor without an account finds the Polish course, takes the placement test (questions band by
// band, A1 first), is warned about unanswered questions, sends, and sees the recommended level with
// the reason per band and the offer's sign-up link; a second attempt starts fresh.
import { checkPage, expect, test } from './support/fixtures';
import { PLACEMENT_QUESTIONS } from '../../lib/demo/language';

test('a visitor takes the placement test and gets a level with the reason and the offer', async ({ page }) => {
  await page.goto('/jezyk-polski');
  await expect(page.getByRole('heading', { level: 1, name: 'Polski dla obcokrajowców' })).toBeVisible();
  await expect(page.getByTestId('language-level')).toHaveCount(5);
  await expect(page.getByText('249,00 zł miesięcznie').first()).toBeVisible();
  await checkPage(page);
  await page.getByRole('link', { name: 'Rozwiąż test kwalifikacyjny' }).click();

  await expect(page).toHaveURL(/\/jezyk-polski\/test$/);
  await expect(page.getByText('20 pytań z poziomów A1, A2, B1, B2 i C1, od najłatwiejszych.')).toBeVisible();
  await checkPage(page);
  await page.getByRole('button', { name: 'Rozpocznij test' }).click();

  const bands = page.getByTestId('placement-band');
  await expect(bands).toHaveCount(5);
  await expect(bands.first().getByRole('heading', { name: 'Poziom A1' })).toBeVisible();
  await expect(page.getByRole('timer')).toBeVisible();
  await checkPage(page);
  // The single-choice questions of A1 answered right, the rest left.
  for (const card of await bands.first().getByTestId('question').all()) {
    const text = (await card.getByTestId('question-text').textContent()) ?? '';
    const q = PLACEMENT_QUESTIONS.find((x) => x.kind === 'SINGLE' && text.includes(x.text.slice(0, 20)));
    const right = q?.options.find((o) => o.correct);
    if (right) await card.getByLabel(right.text, { exact: true }).check();
  }
  await page.getByRole('button', { name: 'Wyślij test' }).click();
  await expect(page.getByTestId('unanswered-warning')).toBeVisible();
  await page.getByRole('button', { name: 'Wyślij mimo to' }).click();

  await expect(page).toHaveURL(/\/jezyk-polski\/test\/wynik$/);
  await expect(page.getByTestId('placement-result')).toContainText('Polecany poziom: A1');
  await expect(page.getByTestId('placement-result')).toContainText('Na poziomie A1 masz mniej niż 60 % punktów');
  await expect(page.getByTestId('placement-band-row')).toHaveCount(5);
  const signUp = page.getByRole('link', { name: 'Zapisz się na poziom A1' });
  await expect(signUp).toHaveAttribute('href', '/jezyk-polski/zapisy?poziom=A1');
  await checkPage(page);

  // The test page now offers the result and a new attempt.
  await page.goto('/jezyk-polski/test');
  await expect(page.getByText('Ten test jest już wysłany.')).toBeVisible();
  await page.getByRole('button', { name: 'Rozwiąż test jeszcze raz' }).click();
  await expect(page.getByTestId('placement-band')).toHaveCount(5);
});

test('the level courses are not in the public catalogue', async ({ page }) => {
  await page.goto('/kursy');
  await expect(page.getByText('Angielski B1 — kurs z certyfikatem')).toBeVisible();
  await expect(page.getByText('Polski A1 — pierwsze kroki')).toHaveCount(0);
  const res = await page.goto('/kursy/polski-a1');
  expect(res?.status()).toBe(404);
});
