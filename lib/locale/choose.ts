// Keeps a person's choice of interface language: on the profile when signed in (so another
// browser gets it too), in the cookie always (so it survives logging out on this one).
import { db } from '@/lib/db/client';
import type { Locale } from '@/lib/i18n/locales';

export async function saveProfileLocale(userId: string, locale: Locale): Promise<void> {
  await db().user.update({ where: { id: userId }, data: { locale }, select: { id: true } });
}

/** A person's language for what is sent to them (e-mails), Polish when never chosen. */
export async function localeOfUser(userId: string): Promise<string> {
  const row = await db().user.findUnique({ where: { id: userId }, select: { locale: true } });
  return row?.locale ?? 'pl';
}
