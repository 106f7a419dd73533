// What the enrolment form (/centra/grupy/[id]/zapis) needs besides the group page: who is signed
// in and their children (a day of birth known or still to give), and whether this account may enrol.
import { db } from '@/lib/db/client';
import { currentTime } from '@/lib/clock/clock';
import { can } from '@/lib/auth/permissions';
import type { CurrentUser } from '@/lib/auth/session';
import { centreGroupPage, type CentreGroupPage } from '@/lib/centres/finder/group-page';

export type EnrolPage = CentreGroupPage & {
  viewer: { name: string; email: string } | null;
  mayEnrol: boolean;
  children: { id: string; name: string; birthDate: string | null }[];
};

export async function centreEnrolPage(
  centreGroupId: string,
  viewer: CurrentUser | null,
  now = currentTime(),
): Promise<EnrolPage | null> {
  const page = await centreGroupPage(centreGroupId, now);
  if (!page) return null;
  if (!viewer) return { ...page, viewer: null, mayEnrol: true, children: [] };
  const children = await db().child.findMany({
    where: { parentId: viewer.id },
    orderBy: { createdAt: 'asc' },
    select: { id: true, fullName: true, birthDate: true },
  });
  return {
    ...page,
    viewer: { name: `${viewer.firstName} ${viewer.lastName}`, email: viewer.email ?? viewer.login ?? '' },
    mayEnrol: can(viewer.roles, 'orders:buy'),
    children: children.map((c) => ({
      id: c.id,
      name: c.fullName,
      birthDate: c.birthDate ? c.birthDate.toISOString().slice(0, 10) : null,
    })),
  };
}
