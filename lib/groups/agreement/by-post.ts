// Step 2 for a company that posts the signed paper original (the source allows it): staff record
// the day it arrived, which accepts the agreement; a scan or acceptance still waiting is superseded.
import { db } from '@/lib/db/client';
import { recordAudit } from '@/lib/audit';
import { currentTime } from '@/lib/clock/clock';
import { UserError } from '@/lib/errors';
import { absoluteUrl } from '@/lib/url';
import { messages } from '@/lib/i18n';
import { queueEmailOnce } from '@/lib/mail/outbox';
import { dispatchEmails } from '@/lib/jobs/queues';

export type PostedAgreement = { groupId: string; receivedOn: Date; note: string };

/** Accepts the group's agreement as received by post, once; the owner is told step 2 is done. */
export async function recordPostedAgreement(staffId: string, input: PostedAgreement) {
  const now = currentTime();
  if (input.receivedOn.getTime() > now.getTime())
    throw new UserError('groups.post.inFuture', { receivedOn: 'groups.post.inFuture' });
  const mailId = await db().$transaction(async (tx) => {
    const locked = await tx.$queryRaw<
      { id: string }[]
    >`SELECT "id" FROM "Group" WHERE "id" = ${input.groupId} FOR UPDATE`;
    if (locked.length === 0) throw new UserError('groups.post.noGroup', { groupId: 'groups.post.noGroup' });
    const accepted = await tx.groupAgreement.findFirst({
      where: { groupId: input.groupId, status: 'ACCEPTED' },
      select: { id: true },
    });
    if (accepted) throw new UserError('groups.agreementAlreadyAccepted');
    await tx.groupAgreement.updateMany({
      where: { groupId: input.groupId, status: 'SUBMITTED' },
      data: {
        status: 'REJECTED',
        reviewedById: staffId,
        reviewedAt: now,
        rejectionReason: messages().groups.post.superseded,
      },
    });
    const row = await tx.groupAgreement.create({
      data: {
        groupId: input.groupId,
        method: 'POST',
        status: 'ACCEPTED',
        fileName: '',
        mimeType: '',
        size: 0,
        uploadedById: staffId,
        uploadedAt: now,
        reviewedById: staffId,
        reviewedAt: now,
        receivedOn: input.receivedOn,
        postNote: input.note || null,
      },
      select: { id: true, group: { select: { course: { select: { title: true } }, owner: true } } },
    });
    await recordAudit(tx, {
      actorId: staffId,
      action: 'group.agreement.posted',
      objectType: 'group',
      objectId: input.groupId,
      after: { agreementId: row.id, status: 'ACCEPTED', method: 'POST', receivedOn: input.receivedOn },
      note: input.note || undefined,
    });
    const group = row.group!; // created with the group's id just above
    const owner = group.owner;
    if (!owner.email) return null;
    return queueEmailOnce(tx, `group-agreement-accepted:${row.id}`, owner.email, 'group-agreement-accepted', {
      firstName: owner.firstName,
      courseTitle: group.course.title,
      link: absoluteUrl(`/grupy/${input.groupId}#lista`),
    });
  });
  if (mailId) await dispatchEmails([mailId]);
}

/** Groups whose agreement is not accepted yet, for the "received by post" form. */
export function groupsAwaitingAgreement() {
  return db().group.findMany({
    where: { active: true, agreements: { none: { status: 'ACCEPTED' } } },
    orderBy: { createdAt: 'asc' },
    select: {
      id: true,
      companyName: true,
      course: { select: { title: true } },
      orderItem: { select: { order: { select: { number: true } } } },
    },
  });
}
