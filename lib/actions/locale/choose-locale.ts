'use server';
// The header's language switcher: keeps the choice in the cookie and, for a signed-in person, on
// the profile, then returns to the page it was made on. A plain form action (no state to show),
// so it checks the origin itself as the action wrapper does.
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { currentUser } from '@/lib/auth/session';
import { foreignOrigin } from '@/lib/http/route';
import { LOCALE_COOKIE, isLocale } from '@/lib/i18n/locales';
import { saveProfileLocale } from '@/lib/locale/choose';

const YEAR_S = 365 * 24 * 3600;

/** The path to return to: only one on this site (a path, never "//host"). */
const backTo = (raw: FormDataEntryValue | null) =>
  typeof raw === 'string' && raw.startsWith('/') && !raw.startsWith('//') ? raw : '/';

export async function chooseLocale(form: FormData): Promise<void> {
  if (foreignOrigin((await headers()).get('origin'))) {
    console.warn('[action] refused: Origin is missing or not this site');
    return;
  }
  const locale = form.get('locale');
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: '/', maxAge: YEAR_S, sameSite: 'lax' });
  const user = await currentUser();
  if (user) await saveProfileLocale(user.id, locale);
  redirect(backTo(form.get('back')));
}
