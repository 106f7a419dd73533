// A learner opens the demo maths course (no purchase needed), finds the test locked until the
// lessons are done, answers every kind of question (gap fill, matching, ordering, …), is warned
// about the one left unanswered, goes back to it, sends, passes and sees the key and the certificate.
import type { Page } from '@playwright/test';
import { checkPage, expect, login, test } from './support/fixtures';
import { funkcje, FUNKCJE_SLUG } from '../../lib/demo/courses/funkcje';
import type { DemoQuestion } from '../../lib/demo/courses/types';
import { answer, questionOf } from './support/answer';

// The bank's one short answer, typed without diacritics and in another case (still accepted).
const NO_DIACRITICS = '  WIERZCHOLEK ';

const TITLE = 'Matematyka — funkcje liniowe i kwadratowe';
async function finishLessons(page: Page) {
  await page.goto('/moje-kursy');
  const tile = page.getByTestId('my-course').filter({ hasText: TITLE });
  await tile.getByRole('link', { name: `Rozpocznij: ${TITLE}` }).click();
  const lessons = funkcje.modules.flatMap((m) => m.lessons);
  for (let i = 0; i < lessons.length; i++) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(lessons[i].title);
    // Tables and formulas are the renderer's (tests/e2e/lesson-content.spec.ts); here the way to the test.
    if (i === 0) await checkPage(page, true);
    const last = i === lessons.length - 1;
    await page.getByRole('button', { name: last ? 'Oznacz jako ukończoną' : 'Ukończ i przejdź dalej' }).click();
    if (!last) await expect(page).toHaveURL(/\/lekcje\//);
  }
}

test('a learner takes a test with every kind of question, is warned about an unanswered one and passes', async ({
  page,
}) => {
  test.setTimeout(180_000); // nine questions of eight kinds, three lessons and four accessibility checks
  await login(page, 'kursant');
  await page.goto(`/nauka/${FUNKCJE_SLUG}/test`);
  await expect(page.getByRole('heading', { name: 'Test końcowy', level: 1 })).toBeVisible();
  const rules = page.getByTestId('test-rules');
  await expect(rules).toContainText('Test ma 9 pytań');
  await expect(rules).toContainText('co najmniej 60 %');
  await expect(rules).toContainText('Na rozwiązanie masz 30 min');
  await expect(rules).toContainText('dopiero po ukończeniu wszystkich lekcji');
  await expect(page.getByTestId('test-locked')).toContainText('zostało 3 z 3');
  await expect(page.getByRole('button', { name: 'Rozpocznij test' })).toHaveCount(0);
  await checkPage(page);

  await finishLessons(page);
  await expect(page).toHaveURL(new RegExp(`/nauka/${FUNKCJE_SLUG}/test$`));
  await expect(page.getByTestId('test-locked')).toHaveCount(0);
  await page.getByRole('button', { name: 'Rozpocznij test' }).click();
  await expect(page.getByRole('heading', { name: /Podejście 1/ })).toBeVisible();

  const cards = page.getByTestId('question');
  await expect(cards).toHaveCount(9);
  const shown: DemoQuestion[] = [];
  for (let i = 0; i < 9; i++) shown.push(await questionOf(cards.nth(i), funkcje.questions));
  // The third category is drawn whole: gap fill, matching and ordering are always there.
  for (const kind of ['GAP_FILL', 'MATCHING', 'ORDERING'] as const) expect(shown.map((q) => q.kind)).toContain(kind);
  await expect(cards.filter({ hasText: 'Dopasuj funkcję' })).toContainText('3 pkt');
  await checkPage(page);

  // Everything but one question (the first that is not a gap fill, matching or ordering).
  const skipped = shown.findIndex((q) => !['GAP_FILL', 'MATCHING', 'ORDERING'].includes(q.kind));
  for (let i = 0; i < 9; i++) if (i !== skipped) await answer(cards.nth(i), shown[i], NO_DIACRITICS);

  await page.getByRole('button', { name: 'Wyślij odpowiedzi' }).click();
  const warning = page.getByTestId('unanswered-warning');
  await expect(warning).toBeVisible();
  await expect(warning.getByRole('heading')).toHaveText('Jedno pytanie nie ma odpowiedzi');
  await expect(warning.getByRole('link')).toHaveText([`Pytanie ${skipped + 1}`]);
  await expect(page).toHaveURL(/\/test\/[^/]+$/); // nothing was sent
  await checkPage(page, true);
  await warning.getByRole('button', { name: 'Wróć do pytań' }).click();
  await expect(warning).toHaveCount(0);
  await expect(cards.nth(skipped)).toBeFocused();
  await answer(cards.nth(skipped), shown[skipped], NO_DIACRITICS);
  await page.getByRole('button', { name: 'Wyślij odpowiedzi' }).click();

  const result = page.getByTestId('result');
  await expect(result).toContainText('(100 %)');
  await expect(result).toContainText('Gratulacje');
  await expect(page.getByTestId('result-question')).toHaveCount(9);
  await expect(page.getByTestId('correct-answer').first()).toBeVisible(); // this course shows the key
  await expect(page.getByText('liczony na serwerze')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Pobierz zaświadczenie' })).toBeVisible();
  await checkPage(page);
});
