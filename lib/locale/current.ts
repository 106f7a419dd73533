// The request's interface language, read once per request: the signed-in person's profile, else
// the `locale` cookie, else Accept-Language, else Polish (the rule is lib/i18n/locales.ts).
// Server components and actions use `currentLocale()` / `catalogue()`; client components get
// the locale as a prop.
import { cache } from 'react';
import { cookies, headers } from 'next/headers';
import { unstable_rethrow } from 'next/navigation';
import { currentUser } from '@/lib/auth/session';
import { messages, type Messages } from '@/lib/i18n';
import { DEFAULT_LOCALE, LOCALE_COOKIE, resolveLocale, type Locale } from '@/lib/i18n/locales';

export const currentLocale = cache(async (): Promise<Locale> => {
  let read;
  try {
    // cookies()/headers() throw synchronously outside a request: called inside then() so that
    // Promise.all sees the failure as a rejection, and currentUser()'s own one is not left unhandled.
    read = await Promise.all([currentUser(), Promise.resolve().then(cookies), Promise.resolve().then(headers)]);
  } catch (e) {
    // Outside a request (a unit test rendering a page, a script) there is no one to ask: Polish.
    unstable_rethrow(e);
    return DEFAULT_LOCALE;
  }
  const [user, jar, h] = read;
  return resolveLocale({
    profile: user?.locale,
    cookie: jar.get(LOCALE_COOKIE)?.value,
    acceptLanguage: h.get('accept-language'),
  });
});

/** The catalogue in the request's language: `const m = await catalogue()`. */
export async function catalogue(): Promise<Messages> {
  return messages(await currentLocale());
}
