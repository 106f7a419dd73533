// Writing in a learner's thread with the office: the learner, or the office answering. One
// transaction stores the message with its files and queues the other side's e-mail (once per
// message); a repeat of the same text within a minute (a double click, a resent form) stores nothing.
import { withNewFiles } from '@/lib/storage';
import { currentTime } from '@/lib/clock/clock';
import { languageOfficeEmail } from '@/lib/config/env';
import { db, type Tx } from '@/lib/db/client';
import { NotFoundError, UserError } from '@/lib/errors';
import { dispatchEmails } from '@/lib/jobs/queues';
import { queueEmailOnce } from '@/lib/mail/outbox';
import { absoluteUrl } from '@/lib/url';
import { checkAttachments, checkBody, type UploadedFile } from './rules/attachments';
import { LEARNER_THREAD_PATH, officeThreadPath } from './paths';

const REPEAT_MS = 60_000;

export type Writer = { side: 'learner'; userId: string } | { side: 'office'; staffId: string; learnerId: string };

/** The input checked before anything is written: the text beside the text field, the files' reason beside the files. */
function checked(body: string, files: readonly UploadedFile[]) {
  const b = checkBody(body);
  if (!b.ok) throw new UserError(b.reason, { body: b.reason });
  const f = checkAttachments(files);
  if (!f.ok) throw new UserError(f.reason, { files: f.reason });
  return { body: b.body, files: f.files };
}

/** The learner's account when they are a language learner (any programme); null otherwise. */
async function learnerAccount(tx: Tx, userId: string) {
  const learner = await tx.languageLearner.findFirst({
    where: { userId },
    select: { user: { select: { id: true, email: true, firstName: true, lastName: true } } },
  });
  return learner?.user ?? null;
}

/** Stores the message; returns its id (the earlier one when this was a repeat). */
export async function writeOfficeMessage(
  writer: Writer,
  rawBody: string,
  rawFiles: readonly UploadedFile[],
  now = currentTime(),
): Promise<{ id: string; repeated: boolean }> {
  const { body, files } = checked(rawBody, rawFiles);
  const learnerId = writer.side === 'learner' ? writer.userId : writer.learnerId;
  const authorId = writer.side === 'learner' ? writer.userId : writer.staffId;
  const fromOffice = writer.side === 'office';
  const stored = files.map((f) => ({ kind: 'office-files' as const, body: f.data, contentType: f.mimeType }));
  const result = await withNewFiles(stored, (staged) =>
    db().$transaction(async (tx) => {
      const learner = await learnerAccount(tx, learnerId);
      if (!learner) throw new NotFoundError('language learner');
      // One writer at a time per thread, so the repeat check below sees a twin that committed first.
      await tx.$queryRaw`SELECT 1 FROM "LanguageLearner" WHERE "userId" = ${learnerId} FOR UPDATE`;
      const last = await tx.officeMessage.findFirst({
        where: { learnerId, fromOffice, authorId },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        select: { id: true, body: true, createdAt: true, _count: { select: { files: true } } },
      });
      if (
        last &&
        last.body === body &&
        last._count.files === files.length &&
        now.getTime() - last.createdAt.getTime() < REPEAT_MS
      )
        return { id: last.id, repeated: true, mailIds: [] as string[] };
      for (const f of staged) await f.save(tx);
      const message = await tx.officeMessage.create({
        data: {
          learnerId,
          authorId,
          fromOffice,
          body,
          createdAt: now,
          files: {
            create: files.map(({ data: _bytes, ...f }, i) => ({ ...f, fileKey: staged[i]!.key, createdAt: now })),
          },
        },
        select: { id: true },
      });
      const sentAt = now.toISOString(); // formatted in each recipient's language when rendered
      const mailId = fromOffice
        ? learner.email &&
          (await queueEmailOnce(tx, `office-answer:${message.id}`, learner.email, 'language-office-answer', {
            firstName: learner.firstName,
            body,
            fileCount: files.length,
            sentAt,
            link: absoluteUrl(LEARNER_THREAD_PATH),
          }))
        : await queueEmailOnce(tx, `office-message:${message.id}`, languageOfficeEmail(), 'language-office-message', {
            learnerName: `${learner.firstName} ${learner.lastName}`,
            learnerEmail: learner.email ?? '—',
            body,
            fileCount: files.length,
            sentAt,
            link: absoluteUrl(officeThreadPath(learnerId)),
          });
      return { id: message.id, repeated: false, mailIds: mailId ? [mailId] : [] };
    }),
  );
  await dispatchEmails(result.mailIds);
  return { id: result.id, repeated: result.repeated };
}
