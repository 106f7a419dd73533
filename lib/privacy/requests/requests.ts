// Requests that need a person on our side: restriction of processing (art. 18 RODO), objection
// (art. 21) and anything else. Filed from /konto, confirmed by e-mail with the 30-day term, and
// decided once by staff in /panel/wnioski-rodo with a reply e-mailed to the person.
import { recordAudit } from '@/lib/audit';
import { randomInt } from 'node:crypto';
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import type { PrivacyRequestKind } from '@/lib/db/generated/enums';
import { NotFoundError, UserError } from '@/lib/errors';
import { formatLastDay, lastInstantBefore, warsawParts } from '@/lib/format/time';
import { seller } from '@/lib/invoices/seller';
import { dispatchEmails } from '@/lib/jobs/queues';
import { queueEmail } from '@/lib/mail/outbox';
import { absoluteUrl } from '@/lib/url';
import { requestDueAt } from '@/lib/privacy/rules/request-deadline';

const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
/** At most this many open requests per person: a form, not a channel to flood. */
const MAX_OPEN = 5;

export function newRequestNumber(now: Date): string {
  const p = warsawParts(now);
  const day = `${p.year}${String(p.month).padStart(2, '0')}${String(p.day).padStart(2, '0')}`;
  return `RODO-${day}-${Array.from({ length: 5 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')}`;
}

export async function filePrivacyRequest(
  userId: string,
  input: { kind: PrivacyRequestKind; details: string },
  now = currentTime(),
): Promise<{ number: string; lastDay: string; dueAt: Date }> {
  const dueAt = requestDueAt(now);
  const out = await db().$transaction(async (tx) => {
    const u = await tx.user.findFirst({
      where: { id: userId, deletedAt: null },
      select: {
        firstName: true,
        lastName: true,
        email: true,
        childProfile: { select: { parent: { select: { email: true } } } },
      },
    });
    if (!u) throw new NotFoundError('user');
    if ((await tx.privacyRequest.count({ where: { userId, status: 'OPEN' } })) >= MAX_OPEN)
      throw new UserError('privacy.requests.tooMany');
    // A child's account has no address of its own: the answer goes to the parent.
    const email = u.email ?? u.childProfile?.parent.email;
    if (!email) throw new UserError('privacy.requests.noEmail');
    const row = await tx.privacyRequest.create({
      data: {
        number: newRequestNumber(now),
        userId,
        kind: input.kind,
        details: input.details,
        name: `${u.firstName} ${u.lastName}`,
        email,
        receivedAt: now,
        dueAt,
      },
      select: { id: true, number: true },
    });
    const props = {
      number: row.number,
      name: `${u.firstName} ${u.lastName}`,
      // The kind's code and instants: named and formatted in each recipient's language when rendered.
      kind: input.kind,
      details: input.details,
      receivedAt: now.toISOString(),
      lastDay: lastInstantBefore(dueAt).toISOString(),
      link: absoluteUrl(`/panel/wnioski-rodo/${row.id}`),
    };
    const mailIds = [
      await queueEmail(tx, email, 'privacy-request-received', props),
      await queueEmail(tx, seller().email, 'privacy-request-staff', props),
    ];
    return { number: row.number, lastDay: formatLastDay(dueAt), dueAt, mailIds };
  });
  await dispatchEmails(out.mailIds);
  // `lastDay` in Polish (the e-mails'), `dueAt` for the reader's own language.
  return { number: out.number, lastDay: out.lastDay, dueAt: out.dueAt };
}

/** Staff's decision, e-mailed to the person; a decided request is refused a second decision. */
export async function decidePrivacyRequest(
  staffId: string,
  requestId: string,
  input: { decision: 'RESOLVED' | 'REFUSED'; reply: string },
  now = currentTime(),
): Promise<void> {
  const mailId = await db().$transaction(async (tx) => {
    const claimed = await tx.privacyRequest.updateMany({
      where: { id: requestId, status: 'OPEN' },
      data: { status: input.decision, reply: input.reply, decidedAt: now, decidedById: staffId },
    });
    if (claimed.count === 0) {
      if (!(await tx.privacyRequest.count({ where: { id: requestId } }))) throw new NotFoundError();
      throw new UserError('privacy.requests.alreadyDecided');
    }
    const r = await tx.privacyRequest.findUniqueOrThrow({
      where: { id: requestId },
      select: { number: true, name: true, email: true, kind: true },
    });
    await recordAudit(tx, {
      actorId: staffId,
      action: 'privacy.request.decided',
      objectType: 'privacyRequest',
      objectId: requestId,
      before: { number: r.number, kind: r.kind, status: 'OPEN' },
      after: { number: r.number, kind: r.kind, status: input.decision },
      note: input.reply,
    });
    return queueEmail(tx, r.email, 'privacy-request-decided', {
      number: r.number,
      name: r.name,
      kind: r.kind,
      refused: input.decision === 'REFUSED',
      reply: input.reply,
    });
  });
  await dispatchEmails([mailId]);
}
