// Step 4: a confirmed list becomes accounts, all or nothing. Passwords are hashed before the
// transaction (in parallel, on libuv's thread pool) so the transaction stays short; inside it the
// seats are reserved by one conditional UPDATE (backed by the CHECK on "seatsUsed"), and users,
// enrolments and participants are written in batches.
import { dropFiles, readStoredFile } from '@/lib/storage';
import { randomUUID } from 'node:crypto';
import { db, type Tx } from '@/lib/db/client';
import { currentTime } from '@/lib/clock/clock';
import { absoluteUrl } from '@/lib/url';
import { isUniqueViolation, UserError } from '@/lib/errors';
import { hashPasswords } from '@/lib/auth/password';
import { accessEnd } from '@/lib/learning/access-window';
import { queueEmail } from '@/lib/mail/outbox';
import { dispatchEmails } from '@/lib/jobs/queues';
import { planAccounts, type PlannedAccount } from './plan-accounts';
import { listProblems } from '@/lib/groups/list/validate-rows';
import { sealPassword } from './credential-seal';
import { groupFor, seatsLeft, type Viewer } from '@/lib/groups/group-access';
import { currentAgreement } from '@/lib/groups/agreement/agreements';
import { checkList, readListFile, takenLoginsFor } from '@/lib/groups/list/uploads';
import { writeBirthData } from '@/lib/groups/list/birth-data';

/** Participants get two months from the moment their account is created (step 5). */
export const GROUP_ACCESS_MONTHS = 2;

/**
 * Test and bench hooks: `afterAccounts` runs inside the transaction after the accounts are
 * written, before the commit; `hashed` gets the milliseconds spent hashing, so the bench can
 * report the time spent on everything else.
 */
export type ProvisionHooks = { afterAccounts?: (tx: Tx) => Promise<void>; hashed?: (ms: number) => void };

export type ProvisionResult = { created: number; uploadId: string };

export async function provisionUpload(
  viewer: Viewer,
  groupId: string,
  uploadId: string,
  hooks: ProvisionHooks = {},
): Promise<ProvisionResult | null> {
  const group = await groupFor(viewer, groupId);
  if (!group) return null;
  const upload = await db().participantUpload.findFirst({
    where: { id: uploadId, groupId },
    select: { id: true, status: true, fileKey: true, fileName: true },
  });
  if (!upload) return null;
  if (upload.status === 'PROVISIONED') throw new UserError('groups.alreadyProvisioned');
  if (upload.status !== 'PREVIEW' || !upload.fileKey) throw new UserError('groups.uploadDiscarded');
  if (!group.active) throw new UserError('groups.groupInactive');
  const agreement = await currentAgreement(groupId);
  if (agreement?.status !== 'ACCEPTED') throw new UserError('groups.accountsNeedAcceptedAgreement');

  const decoded = await readListFile(await readStoredFile(upload.fileKey), upload.fileName);
  const { check } = await checkList(decoded, group);
  if (!check.ok) throw new UserError({ code: 'groups.listHasErrors', params: [listProblems(check).slice(0, 5)] });
  const planned = planAccounts(check.validRows, await takenLoginsFor(check.validRows));
  const hashingFrom = performance.now();
  const prepared = await prepareAccounts(planned);
  hooks.hashed?.(performance.now() - hashingFrom);

  const now = currentTime();
  try {
    const mailId = await db().$transaction(
      async (tx) => {
        const claimed = await tx.participantUpload.updateMany({
          where: { id: uploadId, status: 'PREVIEW' },
          data: {
            status: 'PROVISIONED',
            provisionedAt: now,
            reportDueAt: accessEnd(now, { kind: 'months', months: GROUP_ACCESS_MONTHS }),
            fileKey: null,
          },
        });
        if (claimed.count === 0) throw new UserError('groups.alreadyProvisioned');
        const left = await reserveSeats(tx, groupId, prepared.length);
        await writeAccounts(tx, { groupId, courseId: group.course.id, uploadId, now }, prepared);
        await writeBirthData(tx, uploadId, check.validRows);
        await hooks.afterAccounts?.(tx);
        if (!check.notifyEmail) return null;
        return queueEmail(tx, check.notifyEmail, 'group-accounts-created', {
          companyName: group.companyName,
          courseTitle: group.course.title,
          created: prepared.length,
          seatsLeft: left,
          link: absoluteUrl(`/grupy/${groupId}`),
        });
      },
      { timeout: 60_000 },
    );
    // The list may hold chosen passwords: it goes once the accounts exist.
    await dropFiles([upload.fileKey]);
    if (mailId) await dispatchEmails([mailId]);
  } catch (e) {
    // Someone took one of these logins between the check and the commit: nothing was written.
    if (isUniqueViolation(e)) throw new UserError('groups.loginRace');
    throw e;
  }
  return { created: prepared.length, uploadId };
}

type PreparedAccount = PlannedAccount & { userId: string; passwordHash: string; sealed: string };

/** Hashes every password at full strength, all at once: the thread pool keeps every core busy. */
export async function prepareAccounts(planned: readonly PlannedAccount[]): Promise<PreparedAccount[]> {
  const hashes = await hashPasswords(planned.map((p) => p.password));
  return planned.map((p, i) => ({
    ...p,
    userId: randomUUID(),
    passwordHash: hashes[i],
    sealed: sealPassword(p.password),
  }));
}

/** Takes `n` seats or refuses with the numbers; concurrent uploads queue on the row lock. Returns the seats left. */
export async function reserveSeats(tx: Tx, groupId: string, n: number): Promise<number> {
  const taken = await tx.$queryRaw<{ left: number }[]>`UPDATE "Group" SET "seatsUsed" = "seatsUsed" + ${n}
                                     WHERE "id" = ${groupId} AND "seatsUsed" + ${n} <= "seats"
                                     RETURNING "seats" - "seatsUsed" AS "left"`;
  if (taken.length === 1) return Number(taken[0].left);
  const g = await tx.group.findUniqueOrThrow({ where: { id: groupId }, select: { seats: true, seatsUsed: true } });
  throw new UserError({ code: 'groups.notEnoughSeats', params: [n, seatsLeft(g)] });
}

// One INSERT … SELECT unnest per table: 1000 rows cost three statements, not 3000 (nor a
// 9000-parameter multi-row INSERT through the query compiler).
async function writeAccounts(
  tx: Tx,
  at: { groupId: string; courseId: string; uploadId: string; now: Date },
  accounts: readonly PreparedAccount[],
) {
  const endsAt = accessEnd(at.now, { kind: 'months', months: GROUP_ACCESS_MONTHS });
  const col = <K extends keyof PreparedAccount>(k: K) => accounts.map((a) => a[k]);
  const userIds = col('userId');
  await tx.$executeRaw`
    INSERT INTO "User" ("id", "login", "email", "firstName", "lastName", "passwordHash", "roles", "passwordIssued", "createdAt", "updatedAt")
    SELECT u.id, u.login, u.email, u.first, u.last, u.hash, ARRAY['LEARNER']::"Role"[], true, ${at.now}, ${at.now}
    FROM unnest(${userIds}::text[], ${col('login')}::text[], ${col('email')}::text[], ${col('firstName')}::text[], ${col('lastName')}::text[], ${col('passwordHash')}::text[])
      AS u(id, login, email, first, last, hash)`;
  await tx.$executeRaw`
    INSERT INTO "Enrolment" ("id", "userId", "courseId", "groupId", "startsAt", "endsAt", "createdAt")
    SELECT gen_random_uuid()::text, u.id, ${at.courseId}, ${at.groupId}, ${at.now}, ${endsAt}, ${at.now}
    FROM unnest(${userIds}::text[]) AS u(id)`;
  await tx.$executeRaw`
    INSERT INTO "GroupParticipant" ("id", "groupId", "uploadId", "userId", "rowNumber", "sealedPassword", "createdAt")
    SELECT gen_random_uuid()::text, ${at.groupId}, ${at.uploadId}, u.id, u.row, u.sealed, ${at.now}
    FROM unnest(${userIds}::text[], ${col('rowNumber')}::int[], ${col('sealed')}::text[]) AS u(id, row, sealed)`;
}
