// "No Polish on this page": a check over the text a person sees, for the specs that walk a path in
// another language. Course content stays in the language it was written in (marked
// `data-course-content`), legal Polish originals too (`data-legal-original`), and so does anything
// marked as another language (`lang="pl"`, e.g. "Polski" in the language switch).
import { expect, type Page } from '@playwright/test';

/** The subtrees whose text is not interface text. */
export const NOT_INTERFACE = '[data-course-content], [data-legal-original], [lang]:not([lang|="en"]):not(html)';

/** Polish letters: none of them is used in English. */
const POLISH_LETTERS = /[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]/u;

/**
 * Common Polish words without Polish letters (those are caught by the letters), none of them an
 * English word: short function words matched in lower case only (an English "I" or "W" is not
 * Polish, nor the "i" of "i.e."), the rest in any case.
 */
const LOWER_ONLY = [
  'i(?!\\.)',
  'w',
  'z',
  'oraz',
  'lub',
  'albo',
  'czy',
  'nie',
  'jest',
  'dla',
  'przez',
  'przy',
  'od',
  'po',
  'za',
  'ze',
  'na',
  'tak',
  'jak',
  'tylko',
  'jeszcze',
  'ten',
  'ta',
  'twoje',
  'twoja',
  'twoim',
  'swoje',
];
const ANY_CASE = [
  'Zaloguj',
  'Wyloguj',
  'Koszyk',
  'Koszyka',
  'Kup',
  'Kupuj',
  'kurs',
  'kursy',
  'kursu',
  'kursie',
  'Szkolenie',
  'szkolenia',
  'Konto',
  'konta',
  'Moje',
  'Moja',
  'Dalej',
  'Wstecz',
  'Pobierz',
  'Rozpocznij',
  'Zapisz',
  'Dodaj',
  'Zobacz',
  'Wybierz',
  'Lekcja',
  'lekcje',
  'lekcji',
  'Gratulacje',
  'Kontakt',
  'Regulamin',
  'Polityka',
  'Cena',
  'Razem',
  'Opcja',
  'Zamawiam',
  'Opisz',
  'Szukaj',
  'Pytanie',
  'Pytania',
  'punkty',
  'minut',
  'godzin',
  'dni',
  'Nazwisko',
  'Zgoda',
  'Faktura',
  'Faktury',
  'dostawa',
  'Nauka',
  'Zaliczony',
  'Wynik',
  'Podsumowanie',
  'Termin',
  'stycznia',
  'lutego',
  'marca',
  'kwietnia',
  'maja',
  'czerwca',
  'lipca',
  'sierpnia',
  'listopada',
  'grudnia',
];

const word = (w: string) => `(?<![\\p{L}\\p{N}])${w}(?![\\p{L}\\p{N}])`;
/** The word lists as regular expression sources (lower-case-only words, any-case words), for checks run in the page. */
export const POLISH_WORDS = { lower: LOWER_ONLY.map(word).join('|'), any: ANY_CASE.map(word).join('|') };
const LOWER_RE = new RegExp(POLISH_WORDS.lower, 'gu');
const ANY_RE = new RegExp(POLISH_WORDS.any, 'giu');

/** The Polish a text holds: each line with a Polish letter or word, with what matched. */
export function polishIn(text: string): string[] {
  const found: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const hits = [
      ...(line.match(POLISH_LETTERS) ?? []),
      ...(line.match(LOWER_RE) ?? []),
      ...(line.match(ANY_RE) ?? []),
    ];
    if (hits.length) found.push(`${line}  ← ${[...new Set(hits)].join(', ')}`);
  }
  return found;
}

/** The visible text of the page (its title and document.body.innerText) without course content and legal originals. */
export async function interfaceText(page: Page): Promise<string> {
  return page.evaluate((skip) => {
    const body = document.body;
    const skipped = [...body.querySelectorAll<HTMLElement>(skip)];
    // innerText needs layout: hide the skipped subtrees for the moment of the reading. A select's
    // options are not laid out, so their texts are taken out of the result line by line.
    const options = new Set(skipped.filter((el) => el instanceof HTMLOptionElement).map((o) => o.text.trim()));
    const undo = skipped.map((el) => {
      const was = el.style.getPropertyValue('display');
      const prio = el.style.getPropertyPriority('display');
      el.style.setProperty('display', 'none', 'important');
      return () => el.style.setProperty('display', was, prio);
    });
    try {
      const lines = [document.title, ...body.innerText.split('\n')];
      return lines.filter((l) => !options.has(l.trim())).join('\n');
    } finally {
      undo.forEach((u) => u());
    }
  }, NOT_INTERFACE);
}

/**
 * Fails the test, listing the lines, when the page as it is now shows Polish outside course
 * content and legal originals. `content`: course texts the interface names inside its own (the
 * title in the page's <title> or in a sentence), taken out before the check. A soft failure: the
 * walk goes on, so one run lists every page's Polish.
 */
export async function expectNoPolish(page: Page, { content = [] as readonly string[] } = {}) {
  const where = new URL(page.url()).pathname;
  expect.soft(await page.locator('html').getAttribute('lang'), `<html lang> on ${where}`).toBe('en');
  const text = content.reduce((t, c) => t.split(c).join(' '), await interfaceText(page));
  expect.soft(polishIn(text), `Polish on ${where}`).toEqual([]);
}
