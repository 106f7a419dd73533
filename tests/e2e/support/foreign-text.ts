import { expect, type Page } from '@playwright/test';
import { POLISH_WORDS } from './no-polish';

// Letters only Polish uses among the platform's languages (ó included: Ukrainian is Cyrillic,
// English has none of them), and the Polish month names without them, which a date formatted
// in Polish leaks. A page in English or Ukrainian shows none of them in its own text.
const POLISH_ONLY =
  /[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]|\b(?:stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|listopada|grudnia)\b/i;

/**
 * The visible texts of the page that carry a Polish-only letter or a common Polish word written
 * without one ("Twoja umowa", "Moje kursy": no-polish.ts's lists, none of them English and, being
 * Latin, none Ukrainian), outside the parts marked as written in Polish (`lang="pl"`, as no-polish.ts
 * also `data-course-content` and `data-legal-original`: course content, legal Polish originals,
 * stored Polish records, a person's name).
 */
export async function polishOnPage(page: Page): Promise<string[]> {
  return page.evaluate(
    ({ letters: l, lower: lw, any }) => {
      const letters = new RegExp(l, 'i');
      const lowerWords = new RegExp(lw, 'u');
      const anyWords = new RegExp(any, 'iu');
      const polish = (t: string) => letters.test(t) || lowerWords.test(t) || anyWords.test(t);
      const found: string[] = [];
      if (polish(document.title)) found.push(`<title> ${document.title}`);
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        const text = n.textContent?.trim() ?? '';
        if (!el || !text || !polish(text)) continue;
        if (el.closest('script, style, noscript, template, [data-course-content], [data-legal-original]')) continue;
        if (el.closest('[lang]')?.getAttribute('lang')?.startsWith('pl')) continue;
        if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
        found.push(text);
      }
      return [...new Set(found)];
    },
    { letters: POLISH_ONLY.source, ...POLISH_WORDS },
  );
}

/** The page is in `locale` (<html lang>) and shows no Polish of its own. */
export async function expectNoPolish(page: Page, locale: string) {
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
  expect(await polishOnPage(page), new URL(page.url()).pathname).toEqual([]);
}

/** As expectNoPolish, but the walk goes on: one run lists every page's Polish. */
export async function expectNoPolishSoft(page: Page, locale: string) {
  const where = new URL(page.url()).pathname;
  expect.soft(await page.locator('html').getAttribute('lang'), `<html lang> on ${where}`).toBe(locale);
  expect.soft(await polishOnPage(page), `Polish on ${where}`).toEqual([]);
}
