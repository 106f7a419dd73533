// The placement attempt's cookie, read in pages and written in server actions: it keeps the visitor's
// result for the sign-up (/jezyk-polski/zapisy) as well.
import { cookies } from 'next/headers';
import { appUrl } from '@/lib/config/env';
import { PLACEMENT_COOKIE } from '@/lib/language/programme';

export async function placementToken(): Promise<string | undefined> {
  return (await cookies()).get(PLACEMENT_COOKIE)?.value;
}

export async function rememberPlacementToken(token: string): Promise<void> {
  (await cookies()).set(PLACEMENT_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    maxAge: 60 * 60 * 24 * 30,
    secure: appUrl().startsWith('https://'),
  });
}
