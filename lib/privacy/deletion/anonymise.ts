// Removes or anonymises one account's personal data inside the deletion's transaction, record
// type by record type as lib/privacy/rules/deletion.ts decides, and says what it did. Used for the
// person and for each child account of a parent who deletes theirs.
import type { Tx } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/client';
import { messages } from '@/lib/i18n';
import { revokeSessions } from '@/lib/auth/sessions';
import { ruleFor, shortIdOf, type RecordFacts, type RecordType, type DeletionRule } from '@/lib/privacy/rules/deletion';

export type DeletionLine = { type: RecordType; action: DeletionRule['action']; basis: string | null; count: number };

export class DeletionLog {
  readonly lines: DeletionLine[] = [];
  note(facts: RecordFacts, count: number): DeletionRule {
    const rule = ruleFor(facts);
    if (count > 0) {
      const same = this.lines.find((l) => l.type === facts.type && l.action === rule.action);
      if (same) same.count += count;
      else this.lines.push({ type: facts.type, action: rule.action, basis: rule.basis ?? null, count });
    }
    return rule;
  }
}

/** "Usunięty użytkownik" + "#AB12CD": the name an anonymised person shows as everywhere. */
export function deletedName(userId: string) {
  return { firstName: messages().privacy.deletedFirstName, lastName: `#${shortIdOf(userId)}` };
}

export async function anonymiseAccount(tx: Tx, userId: string, email: string | null, now: Date, log: DeletionLog) {
  const name = deletedName(userId);
  await tx.user.update({
    where: { id: userId },
    data: {
      ...name,
      email: null,
      login: null,
      passwordHash: '',
      phone: null,
      country: null,
      passwordIssued: false,
      sessionVersion: { increment: 1 },
      deletedAt: now,
      disabledAt: now,
    },
  });
  log.note({ type: 'profile' }, 1);
  log.note({ type: 'credentials' }, 1);
  log.note({ type: 'session' }, await revokeSessions(tx, userId, {}, now));
  const tokens = await Promise.all([
    tx.passwordResetToken.deleteMany({ where: { userId } }),
    tx.accountUnlockToken.deleteMany({ where: { userId } }),
    tx.accountInvitation.deleteMany({ where: { userId } }),
    tx.emailChangeToken.deleteMany({ where: { userId } }),
  ]);
  log.note(
    { type: 'token' },
    tokens.reduce((s, t) => s + t.count, 0),
  );
  log.note({ type: 'cart' }, (await tx.cart.deleteMany({ where: { userId } })).count);
  log.note(
    { type: 'lessonProgress' },
    (await tx.lessonProgress.deleteMany({ where: { enrolment: { userId } } })).count,
  );
  log.note({ type: 'testAttempt' }, (await tx.testAttempt.deleteMany({ where: { enrolment: { userId } } })).count);
  // Enrolments: with a certificate the row stays (access revoked), without one it goes.
  const withCert = await tx.enrolment.updateMany({
    where: { userId, certificate: { isNot: null } },
    data: { status: 'REVOKED', lastLessonId: null },
  });
  log.note({ type: 'enrolment', hasCertificate: true }, withCert.count);
  log.note({ type: 'certificate' }, await tx.certificate.count({ where: { enrolment: { userId } } }));
  log.note(
    { type: 'enrolment', hasCertificate: false },
    (await tx.enrolment.deleteMany({ where: { userId, certificate: null } })).count,
  );
  log.note({ type: 'familyTrial' }, (await tx.familyTrial.deleteMany({ where: { parentId: userId } })).count);
  log.note({ type: 'groupAdmin' }, (await tx.groupAdmin.deleteMany({ where: { userId } })).count);
  const memberships = await tx.groupParticipant.updateMany({
    where: { userId },
    data: { sealedPassword: null, birthDate: null, birthPlace: null },
  });
  log.note({ type: 'groupMembership' }, memberships.count);
  log.note({ type: 'ownedGroup' }, await tx.group.count({ where: { ownerId: userId } }));
  log.note({ type: 'contactMessage' }, (await tx.contactMessage.deleteMany({ where: { userId } })).count);
  // The thread with the language school's office goes whole, its files with it (cascade).
  log.note({ type: 'officeMessage' }, (await tx.officeMessage.deleteMany({ where: { learnerId: userId } })).count);
  log.note({ type: 'complaint' }, await tx.complaint.count({ where: { userId } }));
  log.note({ type: 'privacyRequest' }, await tx.privacyRequest.count({ where: { userId } }));
  log.note({ type: 'dataExport' }, (await tx.dataExport.deleteMany({ where: { userId } })).count);
  log.note(
    { type: 'loginThrottle' },
    (await tx.loginThrottle.deleteMany({ where: { key: `account:${userId}` } })).count,
  );
  await anonymiseOrders(tx, userId, log);
  if (email) await anonymiseEmails(tx, email, name.lastName, log);
}

/**
 * The person's outbox. Messages still QUEUED are cancelled here, in the deletion's transaction,
 * rather than re-checked at delivery: a row knows only its address, not whose it is, so delivery
 * could not tell a deleted person's message from one to a non-member; and a never-sent message
 * proves nothing, so it goes whole (the confirmation of this deletion is queued after this).
 * Delivered ones keep that one was sent, when and with what subject (the retention table's
 * emailRecord, deleted after 36 months by retention.run); body, props and address go now — the
 * emailBody rule's anonymisation, brought forward by the erasure (art. 17 RODO).
 */
async function anonymiseEmails(tx: Tx, email: string, shortName: string, log: DeletionLog) {
  // A delivery job finds its row gone and skips it (lib/mail/transport); one already sending when
  // this commits was in effect sent before the deletion.
  const queued = await tx.emailMessage.deleteMany({ where: { to: email, status: 'QUEUED' } });
  log.note({ type: 'queuedEmail' }, queued.count);
  const removed = messages().support.retention.emailBodyRemovedWithAccount;
  const mails = await tx.emailMessage.updateMany({
    where: { to: email, status: { not: 'QUEUED' } },
    data: {
      to: shortName,
      html: `<p>${removed}</p>`,
      text: removed,
      props: Prisma.DbNull,
      attachments: Prisma.DbNull,
    },
  });
  log.note({ type: 'email' }, mails.count);
}

/** Orders: kept with their payments and invoice when money moved or a document was issued, else removed. */
async function anonymiseOrders(tx: Tx, userId: string, log: DeletionLog) {
  const orders = await tx.order.findMany({
    where: { userId },
    select: { id: true, invoice: { select: { id: true } }, _count: { select: { payments: true } } },
  });
  const drop: string[] = [];
  for (const o of orders) {
    const rule = log.note({ type: 'order', hasPaymentOrInvoice: o._count.payments > 0 || !!o.invoice }, 1);
    if (rule.action === 'delete') drop.push(o.id);
  }
  log.note({ type: 'invoice' }, await tx.invoice.count({ where: { order: { userId } } }));
  log.note({ type: 'payment' }, await tx.payment.count({ where: { order: { userId } } }));
  if (drop.length) {
    await tx.familyPackage.deleteMany({ where: { orderId: { in: drop }, status: 'PENDING_PAYMENT' } });
    await tx.order.deleteMany({ where: { id: { in: drop } } });
  }
}
