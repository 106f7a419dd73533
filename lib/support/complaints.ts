// Complaints (reklamacje): filed by anyone (a signed-in buyer may tie one to an order of theirs),
// answered once by staff. Receipt, confirmation and answer are e-mailed from the same
// transaction that records them; answering twice sends nothing the second time.
import { recordAudit } from '@/lib/audit';
import { randomInt } from 'node:crypto';
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { NotFoundError, UserError } from '@/lib/errors';
import { formatLastDay, lastInstantBefore, warsawParts } from '@/lib/format/time';
import { seller } from '@/lib/invoices/seller';
import { dispatchEmails } from '@/lib/jobs/queues';
import { queueEmail } from '@/lib/mail/outbox';
import { absoluteUrl } from '@/lib/url';
import { answerDeadline } from './rules/answer-deadline';

import { assertUnderFormLimit, hashIp } from './throttle';

export type ComplaintInput = {
  name: string;
  email: string;
  orderId?: string;
  description: string;
  demand: string;
  /** A15: a school's complaint about its licence — set only by lib/licence, after the planner's gate. */
  schoolId?: string;
};

const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** "REK-20261201-7KQ3X", readable over the phone like an order number. */
export function newComplaintNumber(now: Date): string {
  const p = warsawParts(now);
  const day = `${p.year}${String(p.month).padStart(2, '0')}${String(p.day).padStart(2, '0')}`;
  return `REK-${day}-${Array.from({ length: 5 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')}`;
}

export async function fileComplaint(
  input: ComplaintInput,
  viewer: { id: string } | null,
  ip: string,
  now = currentTime(),
  /** The sender's language (the form's): their confirmation, and the returned day, are in it. */
  locale?: string,
): Promise<{ number: string; lastDay: string; dueAt: Date }> {
  const email = input.email.toLowerCase();
  const ipHash = hashIp(ip);
  const deadline = answerDeadline(now);
  const result = await db().$transaction(async (tx) => {
    await assertUnderFormLimit(tx, 'complaint', { ipHash, email }, now);
    // Only one's own order: anyone else's (or any order for an anonymous sender) is refused.
    const order =
      input.orderId && viewer
        ? await tx.order.findFirst({
            where: { id: input.orderId, userId: viewer.id },
            select: { id: true, number: true },
          })
        : null;
    if (input.orderId && !order)
      throw new UserError('support.errors.notYourOrder', { orderId: 'support.errors.notYourOrder' });
    const row = await tx.complaint.create({
      data: {
        number: newComplaintNumber(now),
        userId: viewer?.id ?? null,
        orderId: order?.id ?? null,
        schoolId: input.schoolId ?? null,
        name: input.name,
        email,
        description: input.description,
        demand: input.demand,
        ipHash,
        receivedAt: now,
        dueAt: deadline.dueAt,
      },
      select: { id: true, number: true },
    });
    const props = {
      number: row.number,
      name: input.name,
      email,
      orderNumber: order?.number ?? null,
      description: input.description,
      demand: input.demand,
      // Instants, formatted in each recipient's language when rendered (lastDay: the term's last one).
      receivedAt: now.toISOString(),
      lastDay: lastInstantBefore(deadline.dueAt).toISOString(),
      link: absoluteUrl(`/panel/reklamacje/${row.id}`),
    };
    const mailIds = [
      await queueEmail(tx, seller().complaintsEmail, 'complaint-staff', props),
      await queueEmail(tx, email, 'complaint-confirmation', props, locale),
    ];
    return { number: row.number, lastDay: formatLastDay(deadline.dueAt, locale), dueAt: deadline.dueAt, mailIds };
  });
  await dispatchEmails(result.mailIds);
  // `lastDay` in Polish (the e-mails' and staff's), `dueAt` for the reader's own language.
  return { number: result.number, lastDay: result.lastDay, dueAt: result.dueAt };
}

/** Records staff's answer and e-mails it to the buyer; a second answer is refused. */
export async function answerComplaint(staffId: string, complaintId: string, answer: string, now = currentTime()) {
  const mailId = await db().$transaction(async (tx) => {
    const claimed = await tx.complaint.updateMany({
      where: { id: complaintId, answeredAt: null },
      data: { answer, answeredAt: now, answeredById: staffId },
    });
    if (claimed.count === 0) {
      const exists = await tx.complaint.count({ where: { id: complaintId } });
      if (!exists) throw new NotFoundError();
      throw new UserError('support.errors.alreadyAnswered');
    }
    const c = await tx.complaint.findUniqueOrThrow({
      where: { id: complaintId },
      select: { number: true, name: true, email: true, order: { select: { id: true, number: true } } },
    });
    // Shown in the order's history when the complaint is about an order.
    await recordAudit(tx, {
      actorId: staffId,
      action: 'complaint.answered',
      objectType: c.order ? 'order' : 'complaint',
      objectId: c.order?.id ?? complaintId,
      before: { complaint: c.number, answered: false },
      after: { complaint: c.number, answered: true },
      note: answer,
    });
    return queueEmail(tx, c.email, 'complaint-answer', {
      number: c.number,
      name: c.name,
      orderNumber: c.order?.number ?? null,
      answer,
      link: c.order ? absoluteUrl(`/zamowienia/${c.order.id}`) : null,
    });
  });
  await dispatchEmails([mailId]);
}
