// Answering a drawn question right in the browser, knowing the demo bank's key: every kind the
// question cards render (choices, true/false, short and numeric answers, gaps, pairs, ordering).
import type { Locator } from '@playwright/test';
import { expect } from '@playwright/test';
import type { DemoQuestion } from '../../../lib/demo/courses/types';

type Cfg = Record<string, unknown>;

/** The demo question a card shows, found by the start of its text (before a formula or a gap). */
export async function questionOf(card: Locator, bank: readonly DemoQuestion[]): Promise<DemoQuestion> {
  const head = (q: DemoQuestion) =>
    q.text
      .split(/\$|\[\[/)[0]
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 30);
  const text = ((await card.getByTestId('question-text').textContent()) ?? '').replace(/\s+/g, ' ');
  const q = bank.find((x) => text.includes(head(x)));
  expect(q, text).toBeDefined();
  return q!;
}

/** Answers one question right, knowing the demo bank's key. */
export async function answer(card: Locator, q: DemoQuestion, shortAnswer?: string) {
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
      await card.getByLabel('Twoja odpowiedź').fill(shortAnswer ?? (c.accepted as string[])[0]);
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
      // Exact texts: a short item ("o") is part of longer ones ("do", "odjeżdża").
      const target = (c.items as { text: string }[]).map((i) => i.text);
      const shown = () => card.getByTestId('ordering-item').locator('span.flex-1').allTextContents();
      for (const [i, text] of target.entries()) {
        const j = (await shown()).findIndex((t) => t.trim() === text);
        for (let k = j; k > i; k--)
          await card.getByRole('button', { name: `Przesuń wyżej: ${text}`, exact: true }).click();
      }
      expect((await shown()).map((t) => t.trim())).toEqual(target);
      return;
    }
  }
}
