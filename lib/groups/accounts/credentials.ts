// The credentials of a group's participants, for the signed-in admins of that group only (not
// staff): the sealed file for companies that hand out passwords themselves. Passwords come from
// the sealed copies; a participant who chose their own password has none. Nothing here e-mails.
import { db } from '@/lib/db/client';
import { messages } from '@/lib/i18n';
import { currentTime } from '@/lib/clock/clock';
import { absoluteUrl } from '@/lib/url';
import { unsealPassword } from './credential-seal';
import type { CredentialRow, CredentialsMeta } from './credentials-export';
import { adminGroupFor, type Viewer } from '@/lib/groups/group-access';

export async function groupCredentials(
  viewer: Viewer,
  groupId: string,
  uploadId?: string,
): Promise<{ rows: CredentialRow[]; meta: CredentialsMeta } | null> {
  const group = await adminGroupFor(viewer, groupId);
  if (!group) return null;
  const participants = await db().groupParticipant.findMany({
    where: { groupId, ...(uploadId ? { uploadId } : {}) },
    orderBy: [{ createdAt: 'asc' }, { rowNumber: 'asc' }],
    select: { sealedPassword: true, user: { select: { firstName: true, lastName: true, login: true, email: true } } },
  });
  const rows = participants.map((p) => ({
    firstName: p.user.firstName,
    lastName: p.user.lastName,
    login: p.user.login ?? '',
    email: p.user.email,
    password: p.sealedPassword ? unsealPassword(p.sealedPassword) : messages().groups.passwordChosenByParticipant,
  }));
  return {
    rows,
    meta: {
      companyName: group.companyName,
      courseTitle: group.course.title,
      generatedAt: currentTime(),
      loginUrl: absoluteUrl('/logowanie'),
    },
  };
}
