// The group admins' files about people: invitation slips (each print makes fresh one-time links),
// progress as XLSX, and every issued certificate in one ZIP. Null means not the viewer's group (404).
import { db } from '@/lib/db/client';
import { currentTime } from '@/lib/clock/clock';
import { warsawParts } from '@/lib/format/time';
import { transliterate } from '@/lib/format/transliterate';
import { certificateFileName, certificatePdf } from '@/lib/certificates/issue';
import { zipStore } from '@/lib/spreadsheets/zip-write';
import { progressOf } from '@/lib/groups/report/participants-progress';
import type { GroupView, Viewer } from '@/lib/groups/group-access';
import { createInvitations } from './invitations';
import { managedGroup } from './participant-of';
import { slipsPdf } from './slips-pdf';
import { progressXlsx } from './progress-export';

/**
 * Slips for everyone active who has not logged in yet, or for one participant (after a reset, or
 * a lost slip) whatever their state. Earlier links stay valid until used or expired. `locale` is
 * the printing admin's: a slip is in its participant's own language when they chose one (User.locale),
 * else in the admin's, who knows the people they hand the slips to.
 */
export async function invitationSlips(
  viewer: Viewer,
  groupId: string,
  participantId?: string,
  now = currentTime(),
  locale: string = 'pl',
): Promise<Buffer | null> {
  const group = await managedGroup(viewer, groupId);
  if (!group) return null;
  const people = await db().groupParticipant.findMany({
    where: {
      groupId,
      deactivatedAt: null,
      ...(participantId
        ? { id: participantId, user: { deletedAt: null } }
        : { user: { lastLoginAt: null, deletedAt: null } }),
    },
    orderBy: [{ createdAt: 'asc' }, { rowNumber: 'asc' }],
    select: {
      userId: true,
      user: { select: { firstName: true, lastName: true, login: true, email: true, locale: true } },
    },
  });
  if (participantId && people.length === 0) return null;
  const links = await db().$transaction((tx) =>
    createInvitations(
      tx,
      groupId,
      people.map((p) => p.userId),
      now,
    ),
  );
  const slips = people.map((p) => {
    const inv = links.get(p.userId)!;
    return {
      name: `${p.user.firstName} ${p.user.lastName}`,
      login: p.user.login ?? p.user.email ?? '',
      link: inv.link,
      validUntil: inv.expiresAt,
      locale: p.user.locale ?? locale,
    };
  });
  const meta = { companyName: group.companyName, courseTitle: group.course.title, generatedAt: now };
  return slipsPdf(slips, meta, locale);
}

export async function progressFile(viewer: Viewer, groupId: string, now = currentTime()): Promise<Buffer | null> {
  const group = await managedGroup(viewer, groupId);
  return group ? groupProgressXlsx(group, now) : null;
}

/** The progress spreadsheet of a group the caller has already checked (also inside the controller's export). */
export async function groupProgressXlsx(group: GroupView, now: Date): Promise<Buffer> {
  const groupId = group.id;
  const [rows, deactivated] = await Promise.all([
    progressOf(groupId, group.course.id),
    db().groupParticipant.findMany({ where: { groupId, deactivatedAt: { not: null } }, select: { id: true } }),
  ]);
  const off = new Set(deactivated.map((d) => d.id));
  return progressXlsx(
    rows.map((r) => ({ ...r, deactivated: off.has(r.id) })),
    { companyName: group.companyName, courseTitle: group.course.title, generatedAt: now },
  );
}

/** "Nowak_Anna_PL-….pdf": ASCII names sort and open everywhere; the number keeps them unique. */
const entryName = (lastName: string, firstName: string, number: string) =>
  `${transliterate(`${lastName}_${firstName}`).replace(/[^A-Za-z0-9_-]+/g, '-')}_${certificateFileName({ number })}`;

export async function certificatesZip(viewer: Viewer, groupId: string, now = currentTime()): Promise<Buffer | null> {
  const group = await managedGroup(viewer, groupId);
  if (!group) return null;
  const certificates = await db().certificate.findMany({
    where: { enrolment: { groupId, user: { groupMemberships: { some: { groupId } } } } },
    orderBy: { fullName: 'asc' },
    select: {
      number: true,
      fullName: true,
      courseTitle: true,
      scorePercent: true,
      issuedAt: true,
      enrolment: { select: { user: { select: { firstName: true, lastName: true, locale: true } } } },
    },
  });
  const entries = [];
  // One at a time: a few hundred certificates must not hold a few hundred PDFs in flight.
  for (const { enrolment, ...c } of certificates) {
    entries.push({
      name: entryName(enrolment.user.lastName, enrolment.user.firstName, c.number),
      // Each in its holder's language, not the admin's (lib/certificates/issue.ts).
      data: await certificatePdf(c, enrolment.user.locale ?? 'pl'),
    });
  }
  return zipStore(entries, warsawParts(now));
}
