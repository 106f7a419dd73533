// The guest cart's cookie, read in pages and written in server actions.
import { cookies } from 'next/headers';
import { currentUser } from '@/lib/auth/session';
import { appUrl } from '@/lib/config/env';
import type { CartOwner } from './cart';

export const CART_COOKIE = 'planeta_cart';

export async function cartOwner(): Promise<CartOwner> {
  const [jar, user] = await Promise.all([cookies(), currentUser()]);
  return { token: jar.get(CART_COOKIE)?.value ?? null, userId: user?.id ?? null };
}

export async function rememberCartToken(token: string): Promise<void> {
  (await cookies()).set(CART_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    maxAge: 60 * 60 * 24 * 30,
    secure: appUrl().startsWith('https://'),
  });
}
