'use server';
// The header's language switcher: keeps the choice in the cookie and, for a signed-in person, on
// the profile, then returns to the page it was made on. The form binds the wrapper's state to null.
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { LOCALES, LOCALE_COOKIE } from '@/lib/i18n/locales';
import { saveProfileLocale } from '@/lib/locale/choose';

const YEAR_S = 365 * 24 * 3600;

/** The path to return to: only one on this site (a path, never "//host"). */
const backTo = (raw: string | undefined) => (raw && raw.startsWith('/') && !raw.startsWith('//') ? raw : '/');

export const chooseLocale = formAction(
  { schema: z.object({ locale: z.enum(LOCALES), back: z.string().max(2000).optional() }), public: true },
  async ({ locale, back }, { user }) => {
    (await cookies()).set(LOCALE_COOKIE, locale, { path: '/', maxAge: YEAR_S, sameSite: 'lax' });
    if (user) await saveProfileLocale(user.id, locale);
    redirect(backTo(back));
  },
);
