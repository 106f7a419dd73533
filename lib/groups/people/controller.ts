// The company as controller of its participants' data (issue 16; the agreement's § 8): it takes
// the data back as a ZIP and has it deleted once the final report is handed over, before the daily
// retention job (lib/groups/retention.ts) would do the same. Null / NotFoundError: not its group.
import { dropFiles } from '@/lib/storage';
import JSZip from 'jszip';
import { db, type Tx } from '@/lib/db/client';
import { currentTime } from '@/lib/clock/clock';
import { NotFoundError, UserError } from '@/lib/errors';
import { recordAudit } from '@/lib/audit';
import { anonymiseAccount, DeletionLog } from '@/lib/privacy/deletion/anonymise';
import { groupFor, type Viewer } from '@/lib/groups/group-access';
import { deletionRefusal, participantsExport, type LoadedParticipant } from '@/lib/groups/rules/controller-rights';
import { groupProgressXlsx } from './downloads';
import { managedGroup } from './participant-of';
import { progressFileName } from './progress-export';

export const EXPORT_JSON = 'uczestnicy.json';

/** Each participant of the group with the group's own enrolment only (nothing of their other purchases). */
async function loadParticipants(groupId: string): Promise<LoadedParticipant[]> {
  const rows = await db().groupParticipant.findMany({
    where: { groupId },
    orderBy: [{ createdAt: 'asc' }, { rowNumber: 'asc' }],
    select: {
      createdAt: true,
      deactivatedAt: true,
      user: {
        select: {
          firstName: true,
          lastName: true,
          login: true,
          email: true,
          createdAt: true,
          lastLoginAt: true,
          authSessions: { orderBy: { createdAt: 'asc' }, take: 1, select: { createdAt: true } },
          enrolments: {
            where: { groupId },
            select: {
              startsAt: true,
              endsAt: true,
              progress: { select: { completedAt: true, lesson: { select: { title: true } } } },
              attempts: {
                select: { number: true, startedAt: true, submittedAt: true, percent: true, passed: true },
              },
              certificate: { select: { number: true, issuedAt: true, scorePercent: true } },
            },
          },
        },
      },
    },
  });
  return rows.map(({ user: u, ...p }) => {
    const e = u.enrolments[0];
    return {
      firstName: u.firstName,
      lastName: u.lastName,
      login: u.login,
      email: u.email,
      accountCreatedAt: u.createdAt,
      // Sessions are kept 30 days after they end: an older first sign-in is only known as "before the last".
      firstLoginAt: u.authSessions[0]?.createdAt ?? u.lastLoginAt,
      lastLoginAt: u.lastLoginAt,
      deactivatedAt: p.deactivatedAt,
      addedToGroupAt: p.createdAt,
      enrolment: e
        ? {
            startsAt: e.startsAt,
            endsAt: e.endsAt,
            lessons: e.progress.map((l) => ({ title: l.lesson.title, completedAt: l.completedAt })),
            attempts: e.attempts,
            certificate: e.certificate,
          }
        : null,
    };
  });
}

/** uczestnicy.json and the progress XLSX in one ZIP, for the group's admins and staff; audited. */
export async function participantsDataZip(
  viewer: Viewer,
  groupId: string,
  now = currentTime(),
): Promise<Buffer | null> {
  const group = await groupFor(viewer, groupId);
  if (!group) return null;
  const people = await loadParticipants(groupId);
  const content = participantsExport(
    { groupId, companyName: group.companyName, courseTitle: group.course.title, generatedAt: now },
    people,
  );
  const zip = new JSZip();
  zip.file(EXPORT_JSON, JSON.stringify(content, null, 2), { date: now });
  zip.file(progressFileName(now), await groupProgressXlsx(group, now), { date: now });
  const file = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  await db().$transaction((tx) =>
    recordAudit(tx, {
      actorId: viewer.id,
      action: 'group.participants.exported',
      objectType: 'group',
      objectId: groupId,
      after: { participants: people.length },
    }),
  );
  return file;
}

export type DeletionCounts = { anonymised: number; detached: number; listsEmptied: number };

/** Accounts the retention job would anonymise: made for groups only, no purchases, no admin role. */
const onlyForGroups = (u: { roles: string[]; _count: { orders: number; ownedGroups: number; groupAdminOf: number } }) =>
  u.roles.length === 1 &&
  u.roles[0] === 'LEARNER' &&
  u._count.orders === 0 &&
  u._count.ownedGroups === 0 &&
  u._count.groupAdminOf === 0;

/**
 * Deletes the group's participants' data now (§ 8 ust. 2), in one transaction under the group's
 * row lock: accounts made only for groups are anonymised as the retention job does (certificates
 * stay verifiable); a person with an account of their own keeps it but loses this group's
 * enrolment, progress, attempts and membership; the uploaded lists are emptied. Run again, it
 * finds nothing and writes nothing.
 */
export async function deleteParticipantsData(
  viewer: Viewer,
  groupId: string,
  now = currentTime(),
): Promise<DeletionCounts> {
  const group = await managedGroup(viewer, groupId);
  if (!group) throw new NotFoundError();
  const emptied: (string | null)[] = [];
  const result = await db().$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT "id" FROM "Group" WHERE "id" = ${groupId} FOR UPDATE`;
      const uploads = await tx.participantUpload.findMany({
        where: { groupId },
        select: { status: true, report: { select: { status: true, approvedAt: true } } },
      });
      const refusal = deletionRefusal(uploads);
      if (refusal) throw new UserError(refusal.reason);
      const counts: DeletionCounts = { anonymised: 0, detached: 0, listsEmptied: 0 };
      const members = await tx.groupParticipant.findMany({
        where: { groupId },
        select: {
          id: true,
          user: {
            select: {
              id: true,
              email: true,
              deletedAt: true,
              roles: true,
              _count: { select: { orders: true, ownedGroups: true, groupAdminOf: true } },
            },
          },
        },
      });
      for (const m of members) {
        if (m.user.deletedAt) continue;
        if (onlyForGroups(m.user) && (await otherGroupsEnded(tx, m.user.id, groupId))) {
          await anonymiseAccount(tx, m.user.id, m.user.email, now, new DeletionLog());
          counts.anonymised++;
        } else {
          await detachFromGroup(tx, m.id, m.user.id, groupId);
          counts.detached++;
        }
      }
      const listKeys = await tx.participantUpload.findMany({
        where: { groupId, fileKey: { not: null } },
        select: { fileKey: true },
      });
      const lists = await tx.participantUpload.updateMany({
        where: { groupId, fileKey: { not: null } },
        data: { fileKey: null },
      });
      counts.listsEmptied = lists.count;
      emptied.push(...listKeys.map((l) => l.fileKey));
      if (counts.anonymised + counts.detached + counts.listsEmptied > 0)
        await recordAudit(tx, {
          actorId: viewer.id,
          action: 'group.participants.deleted',
          objectType: 'group',
          objectId: groupId,
          after: counts,
        });
      return counts;
    },
    // Up to 1000 seats, each some 25 statements: far beyond the default 5 s, still one transaction.
    { timeout: 120_000 },
  );
  await dropFiles(emptied);
  return result;
}

/** A participant of another group whose service still runs keeps the account until that one ends too. */
async function otherGroupsEnded(tx: Tx, userId: string, groupId: string): Promise<boolean> {
  const running = await tx.groupParticipant.count({
    where: {
      userId,
      groupId: { not: groupId },
      NOT: { upload: { report: { is: { status: 'APPROVED' } } } },
    },
  });
  return running === 0;
}

/** The person's own account stays; what this group gave them goes (a certificate keeps its enrolment). */
async function detachFromGroup(tx: Tx, participantId: string, userId: string, groupId: string) {
  await tx.lessonProgress.deleteMany({ where: { enrolment: { userId, groupId } } });
  await tx.testAttempt.deleteMany({ where: { enrolment: { userId, groupId } } });
  await tx.enrolment.updateMany({
    where: { userId, groupId, certificate: { isNot: null } },
    data: { status: 'REVOKED', lastLessonId: null },
  });
  await tx.enrolment.deleteMany({ where: { userId, groupId, certificate: null } });
  await tx.accountInvitation.deleteMany({ where: { userId, groupId } });
  await tx.groupParticipant.delete({ where: { id: participantId } });
}
