// Who is asking. Read from the session cookie and re-checked against the database on every
// request, so removed roles and changed passwords take effect at once.
import { cache } from 'react';
import { getServerSession } from 'next-auth';
import { notFound, redirect } from 'next/navigation';
import { db } from '@/lib/db/client';
import type { Role } from '@/lib/db/generated/enums';
import { authOptions } from './options';
import { can, type Permission } from './permissions';

export type CurrentUser = {
  id: string;
  email: string | null;
  login: string | null;
  firstName: string;
  lastName: string;
  roles: Role[];
};

export const currentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = (await getServerSession(authOptions())) as { userId?: string; sv?: number } | null;
  if (!session?.userId) return null;
  const user = await db().user.findUnique({
    where: { id: session.userId },
    select: { id: true, email: true, login: true, firstName: true, lastName: true, roles: true, sessionVersion: true },
  });
  if (!user || user.sessionVersion !== (session.sv ?? 0)) return null;
  const { sessionVersion: _sv, ...rest } = user;
  return rest;
});

/** The signed-in user, or a redirect to the login page that comes back to `next`. */
export async function requireUser(next = '/'): Promise<CurrentUser> {
  const user = await currentUser();
  if (!user) redirect(`/logowanie?next=${encodeURIComponent(next)}`);
  return user;
}

/** The signed-in user holding `permission`; anyone else gets the 404 page. */
export async function requirePermission(permission: Permission, next = '/'): Promise<CurrentUser> {
  const user = await requireUser(next);
  if (!can(user.roles, permission)) notFound();
  return user;
}
