// What route handlers check before touching data: the signed-in user's permission (from the one
// table in lib/auth/permissions) and, for posts, that the request comes from this site.
import { currentUser, type CurrentUser } from '@/lib/auth/session';
import { can, type Permission } from '@/lib/auth/permissions';
import { appOrigin } from '@/lib/url';

/** The signed-in user holding `permission`; null (answer 404) for anyone else or nobody. */
export async function routeUser(permission: Permission): Promise<CurrentUser | null> {
  const user = await currentUser();
  return user && can(user.roles, permission) ? user : null;
}

/** Session cookies are SameSite=Lax; checking the origin as well refuses any cross-site post. */
export function crossSite(req: Request): boolean {
  const origin = req.headers.get('origin');
  return !!origin && origin !== new URL(req.url).origin && origin !== appOrigin();
}
