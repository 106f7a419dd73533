// The contact form: the message is stored, staff get it by e-mail and the sender a confirmation,
// all in one transaction (outbox), dispatched after the commit.
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { seller } from '@/lib/invoices/seller';
import { dispatchEmails } from '@/lib/jobs/queues';
import { queueEmail } from '@/lib/mail/outbox';
import { assertUnderFormLimit, hashIp } from './throttle';

export const CONTACT_TOPICS = ['ORDER', 'COURSE', 'GROUP', 'FAMILY', 'WITHDRAWAL', 'DATA', 'OTHER'] as const;
export type ContactTopic = (typeof CONTACT_TOPICS)[number];

export type ContactInput = { name: string; email: string; topic: ContactTopic; message: string };

export async function sendContactMessage(
  input: ContactInput,
  viewer: { id: string } | null,
  ip: string,
  now = currentTime(),
  /** The sender's language (the form's): their confirmation is written in it. */
  locale?: string,
): Promise<string> {
  const email = input.email.toLowerCase();
  const ipHash = hashIp(ip);
  const { id, mailIds } = await db().$transaction(async (tx) => {
    await assertUnderFormLimit(tx, 'contact', { ipHash, email }, now);
    const row = await tx.contactMessage.create({
      data: { ...input, email, userId: viewer?.id ?? null, ipHash, createdAt: now },
      select: { id: true },
    });
    const mailIds = [
      // The topic as its code: named in each recipient's language when rendered.
      await queueEmail(tx, seller().email, 'contact-staff', { ...input, email, signedIn: viewer !== null }),
      await queueEmail(
        tx,
        email,
        'contact-confirmation',
        { name: input.name, topic: input.topic, message: input.message },
        locale,
      ),
    ];
    return { id: row.id, mailIds };
  });
  await dispatchEmails(mailIds);
  return id;
}
