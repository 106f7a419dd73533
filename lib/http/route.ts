// What route handlers check before touching data: the signed-in user's permission (from the one
// table in lib/auth/permissions) and, for posts, that the request comes from this site (the same
// Origin rule guards every server action, in lib/actions/action.ts).
import { currentUser, type CurrentUser } from '@/lib/auth/session';
import { can, type Permission } from '@/lib/auth/permissions';
import { siteOrigin } from '@/lib/url';

/** The signed-in user holding `permission`; null (answer 404) for anyone else or nobody. */
export async function routeUser(permission: Permission): Promise<CurrentUser | null> {
  const user = await currentUser();
  return user && can(user.roles, permission) ? user : null;
}

/**
 * True unless `origin` is exactly this site's (APP_URL's scheme, host and port). A missing
 * Origin counts as foreign: every browser sends it on a POST, so only a hand-made request lacks
 * it, and Host or X-Forwarded-Host (which a client can set) play no part.
 */
export function foreignOrigin(origin: string | null | undefined): boolean {
  return origin !== siteOrigin();
}

/** Session cookies are SameSite=Lax; every POST/PUT/DELETE handler also refuses another origin (403). */
export function crossSite(req: Request): boolean {
  return foreignOrigin(req.headers.get('origin'));
}
