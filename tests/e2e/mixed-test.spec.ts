// A learner opens the demo maths course (no purchase needed), finds the test locked until the
// lessons are done, answers every kind of question (gap fill, matching, ordering, …), is warned
// about the one left unanswered, goes back to it, sends, passes and sees the key and the certificate.
import type { Locator, Page } from '@playwright/test';
import { checkPage, expect, login, test } from './support/fixtures';
import { funkcje, FUNKCJE_SLUG } from '../../lib/demo/courses/funkcje';
import type { DemoQuestion } from '../../lib/demo/courses/types';

const TITLE = 'Matematyka — funkcje liniowe i kwadratowe';
const head = (q: DemoQuestion) => q.text.split('$')[0].trim().slice(0, 30);
type Cfg = Record<string, unknown>;

async function questionOf(card: Locator): Promise<DemoQuestion> {
  const text = ((await card.getByTestId('question-text').textContent()) ?? '').replace(/\s+/g, ' ');
  const q = funkcje.questions.find((x) => text.includes(head(x)));
  expect(q, text).toBeDefined();
  return q!;
}

/** Answers one question right, knowing the demo bank's key. */
async function answer(card: Locator, q: DemoQuestion) {
  const c = (q.config ?? {}) as Cfg;
  switch (q.kind) {
    case 'SINGLE':
    case 'MULTIPLE':
      for (const o of q.options.filter((x) => x.correct)) await card.getByLabel(o.text, { exact: true }).check();
      return;
    case 'TRUE_FALSE':
      await card.getByLabel(c.answer ? 'Prawda' : 'Fałsz', { exact: true }).check();
      return;
    case 'SHORT_ANSWER':
      await card.getByLabel('Twoja odpowiedź').fill('  WIERZCHOLEK '); // no diacritics, other case
      return;
    case 'NUMERIC':
      await card.getByLabel('Twoja odpowiedź').fill(String(c.value).replace('.', ','));
      return;
    case 'GAP_FILL': {
      const gaps = c.gaps as { accepted: string[]; choices?: string[] }[];
      for (const [i, g] of gaps.entries()) {
        const field = card.getByLabel(`Luka ${i + 1}`, { exact: true });
        if (g.choices) await field.selectOption({ label: g.accepted[0] });
        else await field.fill(g.accepted[0]);
      }
      return;
    }
    case 'MATCHING':
      for (const p of c.pairs as { left: string; right: string }[])
        await card.getByLabel(p.left, { exact: true }).selectOption({ label: p.right });
      return;
    case 'ORDERING': {
      const target = (c.items as { text: string }[]).map((i) => i.text);
      for (const [i, text] of target.entries()) {
        const now = await card.getByTestId('ordering-item').allTextContents();
        const j = now.findIndex((t) => t.includes(text));
        for (let k = j; k > i; k--) await card.getByRole('button', { name: `Przesuń wyżej: ${text}` }).click();
      }
      const done = await card.getByTestId('ordering-item').allTextContents();
      expect(done.map((t, i) => t.includes(target[i]))).toEqual(target.map(() => true));
      return;
    }
  }
}

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
  for (let i = 0; i < 9; i++) shown.push(await questionOf(cards.nth(i)));
  // The third category is drawn whole: gap fill, matching and ordering are always there.
  for (const kind of ['GAP_FILL', 'MATCHING', 'ORDERING'] as const) expect(shown.map((q) => q.kind)).toContain(kind);
  await expect(cards.filter({ hasText: 'Dopasuj funkcję' })).toContainText('3 pkt');
  await checkPage(page);

  // Everything but one question (the first that is not a gap fill, matching or ordering).
  const skipped = shown.findIndex((q) => !['GAP_FILL', 'MATCHING', 'ORDERING'].includes(q.kind));
  for (let i = 0; i < 9; i++) if (i !== skipped) await answer(cards.nth(i), shown[i]);

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
  await answer(cards.nth(skipped), shown[skipped]);
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
