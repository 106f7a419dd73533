// Where a person lands after log-in when nothing asked for a page: staff on their home in the
// panel (a teacher with no other staff role on their classes), everyone else where they always
// did — the public home. A `next` naming a page on this site always wins.
import { can } from '@/lib/auth/permissions';
import type { Role } from '@/lib/db/generated/enums';
import { LIVE_TEACHER_PATH } from '@/lib/live/paths';
import { safeRedirect } from '@/lib/url';

export const STAFF_HOME_PATH = '/panel';

export function landingAfterLogin(roles: readonly Role[], next?: string | null): string {
  const asked = safeRedirect(next, '/');
  if (asked !== '/') return asked;
  if (!can(roles, 'panel:view')) return '/';
  const teacherOnly = roles.every((r) => r === 'TEACHER' || !can([r], 'panel:view'));
  return teacherOnly ? LIVE_TEACHER_PATH : STAFF_HOME_PATH;
}
