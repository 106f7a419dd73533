// A group's records past their period (the retention table, lib/retention/rules/table.ts): the
// data-processing agreement's § 8 has participants' data deleted within 30 days of the final
// report; rejected scans go after 30 days; the accepted agreement stays 3 years as proof.
import { dropFiles } from '@/lib/storage';
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { anonymiseAccount, DeletionLog } from '@/lib/privacy/deletion/anonymise';
import { cutoff, ruleOf } from '@/lib/retention/rules/table';

const BATCH = 200;

type AgreementWhere = NonNullable<Parameters<ReturnType<typeof db>['groupAgreement']['updateMany']>[0]>['where'];

/** Drops the scans' files, then their keys; the rows stay as the record of what was decided. */
async function emptyScans(where: AgreementWhere): Promise<number> {
  const rows = await db().groupAgreement.findMany({
    where: { ...where, fileKey: { not: null } },
    select: { id: true, fileKey: true },
  });
  if (!rows.length) return 0;
  const r = await db().groupAgreement.updateMany({
    where: { id: { in: rows.map((a) => a.id) } },
    data: { fileKey: null, size: 0 },
  });
  await dropFiles(rows.map((a) => a.fileKey));
  return r.count;
}

/** Every report of the group approved before `cut`, and none still in review. */
const reportsDoneBefore = (cut: Date) => ({
  some: {},
  every: { status: 'APPROVED' as const, approvedAt: { lt: cut } },
});

export async function purgeRejectedScans(now = currentTime()): Promise<number> {
  const cut = cutoff(ruleOf('agreementScanRejected').keep!, now);
  return emptyScans({ status: 'REJECTED', reviewedAt: { lt: cut }, size: { gt: 0 } });
}

export async function purgeAcceptedScans(now = currentTime()): Promise<number> {
  const cut = cutoff(ruleOf('agreementScanAccepted').keep!, now);
  return emptyScans({ status: 'ACCEPTED', size: { gt: 0 }, group: { reports: reportsDoneBefore(cut) } });
}

/** The uploaded list file of an upload whose report was approved over 30 days ago. */
export async function purgeParticipantLists(now = currentTime()): Promise<number> {
  const cut = cutoff(ruleOf('participantList').keep!, now);
  const rows = await db().participantUpload.findMany({
    where: { fileKey: { not: null }, report: { is: { status: 'APPROVED', approvedAt: { lt: cut } } } },
    select: { id: true, fileKey: true },
  });
  if (!rows.length) return 0;
  const r = await db().participantUpload.updateMany({
    where: { id: { in: rows.map((u) => u.id) } },
    data: { fileKey: null },
  });
  await dropFiles(rows.map((u) => u.fileKey));
  return r.count;
}

/**
 * Participants' accounts made only for groups whose service ended (every report approved over 30
 * days ago): anonymised as a deletion would, certificates kept. An account that also buys for
 * itself, administers something or belongs to a group still running is left alone.
 */
export async function anonymiseFinishedParticipants(now = currentTime()): Promise<number> {
  const cut = cutoff(ruleOf('groupParticipant').keep!, now);
  let done = 0;
  for (;;) {
    const users = await db().user.findMany({
      where: {
        deletedAt: null,
        roles: { equals: ['LEARNER'] },
        orders: { none: {} },
        ownedGroups: { none: {} },
        groupAdminOf: { none: {} },
        groupMemberships: {
          some: {},
          every: { upload: { report: { is: { status: 'APPROVED', approvedAt: { lt: cut } } } } },
        },
      },
      select: { id: true, email: true },
      take: BATCH,
    });
    if (users.length === 0) return done;
    for (const u of users) {
      const anonymised = await db().$transaction(async (tx) => {
        // Claimed under the row lock: a second runner finds the account already anonymised.
        const still = await tx.$queryRaw<{ id: string }[]>`
          SELECT "id" FROM "User" WHERE "id" = ${u.id} AND "deletedAt" IS NULL FOR UPDATE`;
        if (!still.length) return false;
        await anonymiseAccount(tx, u.id, u.email, now, new DeletionLog());
        return true;
      });
      if (anonymised) done++;
    }
  }
}
