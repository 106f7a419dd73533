import { expect, type Page } from '@playwright/test';

// Letters only Polish uses among the platform's languages (ó included: Ukrainian is Cyrillic,
// English has none of them), and the Polish month names without them, which a date formatted
// in Polish leaks. A page in English or Ukrainian shows none of them in its own text.
const POLISH_ONLY =
  /[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]|\b(?:stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|listopada|grudnia)\b/i;

/**
 * The visible texts of the page that carry a Polish-only letter, outside the parts marked as
 * written in Polish (`lang="pl"`: course content, legal Polish originals, a person's name).
 */
export async function polishOnPage(page: Page): Promise<string[]> {
  return page.evaluate((source) => {
    const letters = new RegExp(source, 'i');
    const found: string[] = [];
    if (letters.test(document.title)) found.push(`<title> ${document.title}`);
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = n.textContent?.trim() ?? '';
      if (!el || !text || !letters.test(text)) continue;
      if (el.closest('script, style, noscript, template')) continue;
      if (el.closest('[lang]')?.getAttribute('lang')?.startsWith('pl')) continue;
      if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
      found.push(text);
    }
    return [...new Set(found)];
  }, POLISH_ONLY.source);
}

/** The page is in `locale` (<html lang>) and shows no Polish of its own. */
export async function expectNoPolish(page: Page, locale: string) {
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
  expect(await polishOnPage(page), new URL(page.url()).pathname).toEqual([]);
}
