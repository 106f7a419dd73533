// What the group page's "Uczestnicy" section shows to the group's own admins: each person with
// the actions that apply to them now, the counts the bulk buttons act on, and the admins.
import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db/client';
import { formatDateTime } from '@/lib/format/time';
import type { Viewer } from '@/lib/groups/group-access';
import { managedGroup } from './participant-of';
import { groupAdmins } from './admins';

/** 'deleted': anonymised at the company's request or by the retention job; nothing more can be done. */
export type PersonState = 'never' | 'active' | 'deactivated' | 'deleted';

export type PersonRow = {
  id: string;
  firstName: string;
  lastName: string;
  login: string;
  email: string | null;
  state: PersonState;
  lastLoginAt: string | null;
  invitedAt: string | null;
  certificateNumber: string | null;
};

type Person = {
  id: string;
  deactivatedAt: Date | null;
  credentialsSentAt: Date | null;
  user: {
    firstName: string;
    lastName: string;
    login: string | null;
    email: string | null;
    lastLoginAt: Date | null;
    deletedAt?: Date | null;
    enrolments: { certificate: { number: string } | null }[];
  };
};

export type PeopleModel = {
  groupId: string;
  people: PersonRow[];
  counts: { notLoggedIn: number; toInvite: number; toRemind: number; withoutEmail: number; certificates: number };
  /** `userId` set for a second admin, whom the page offers to remove; the owner always stays. */
  admins: { name: string; email: string | null; userId?: string }[];
  /** Drawn once per page view and carried by every confirmation form, so a resend is one e-mail. */
  key: string;
};

export function peopleModel(
  groupId: string,
  people: Person[],
  admins: PeopleModel['admins'],
  key: string,
): PeopleModel {
  const rows = people.map((p): PersonRow => ({
    id: p.id,
    firstName: p.user.firstName,
    lastName: p.user.lastName,
    login: p.user.login ?? '',
    email: p.user.email,
    state: p.user.deletedAt ? 'deleted' : p.deactivatedAt ? 'deactivated' : p.user.lastLoginAt ? 'active' : 'never',
    lastLoginAt: p.user.lastLoginAt ? formatDateTime(p.user.lastLoginAt) : null,
    invitedAt: p.credentialsSentAt ? formatDateTime(p.credentialsSentAt) : null,
    certificateNumber: p.user.enrolments[0]?.certificate?.number ?? null,
  }));
  const waiting = rows.filter((r) => r.state === 'never');
  return {
    groupId,
    people: rows,
    counts: {
      notLoggedIn: waiting.length,
      toInvite: waiting.filter((r) => r.email && !r.invitedAt).length,
      toRemind: waiting.filter((r) => r.email && r.invitedAt).length,
      withoutEmail: waiting.filter((r) => !r.email).length,
      certificates: rows.filter((r) => r.certificateNumber).length,
    },
    admins,
    key,
  };
}

/** Null for anyone but the group's admins (staff see the group, not this section). */
export async function peoplePage(viewer: Viewer, groupId: string): Promise<PeopleModel | null> {
  const group = await managedGroup(viewer, groupId);
  if (!group) return null;
  const [people, admins] = await Promise.all([
    db().groupParticipant.findMany({
      where: { groupId },
      orderBy: [{ createdAt: 'asc' }, { rowNumber: 'asc' }],
      select: {
        id: true,
        deactivatedAt: true,
        credentialsSentAt: true,
        user: {
          select: {
            firstName: true,
            lastName: true,
            login: true,
            email: true,
            lastLoginAt: true,
            deletedAt: true,
            enrolments: { where: { groupId }, select: { certificate: { select: { number: true } } } },
          },
        },
      },
    }),
    groupAdmins(groupId, group.ownerId),
  ]);
  return peopleModel(
    groupId,
    people,
    admins.map((a) => ({
      name: `${a.firstName} ${a.lastName}`,
      email: a.email,
      ...(a.owner ? {} : { userId: a.id }),
    })),
    randomUUID(),
  );
}
