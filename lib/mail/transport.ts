// Delivery through nodemailer: SMTP when SMTP_URL is set; otherwise the message is still built
// as real MIME by nodemailer and kept only in the database (the staff mailbox shows it).
import nodemailer from 'nodemailer';
import { env } from '@/lib/config/env';
import { db } from '@/lib/db/client';
import { renderedBody } from './stored';
import { nodemailerAttachments } from './attachments';

let transporter: nodemailer.Transporter | undefined;
function transport(): nodemailer.Transporter {
  const url = env().SMTP_URL;
  transporter ??= url
    ? nodemailer.createTransport(url)
    : nodemailer.createTransport({ streamTransport: true, buffer: true });
  return transporter;
}

/** Sends one outbox message; safe to call twice (a message already sent is left alone). */
export async function deliverEmail(id: string): Promise<'sent' | 'stored' | 'skipped'> {
  const msg = await db().emailMessage.findUnique({ where: { id } });
  if (!msg || msg.status === 'SENT' || msg.status === 'STORED') return 'skipped';
  try {
    // The subject too: one queued in SQL is the template's wording in the row's language, and the
    // render is the authority on it.
    // Rendering counts as an attempt too: a message that cannot be rendered stops after the
    // sweeper's 10 tries, with the reason kept for staff, instead of failing silently forever.
    const { attachments, ...body } = await renderedBody(msg);
    if (msg.html === null) {
      await db().emailMessage.update({
        where: { id },
        data: { ...body, attachments: attachments.length > 0 ? attachments : undefined },
      });
    }
    // The PDFs are rendered from the order's records now; the outbox keeps only their references.
    const files = await nodemailerAttachments(attachments);
    await transport().sendMail({
      from: env().MAIL_FROM,
      to: msg.to,
      ...body,
      attachments: files,
    });
  } catch (e) {
    await db().emailMessage.update({
      where: { id },
      data: { attempts: { increment: 1 }, lastError: e instanceof Error ? e.message : String(e) },
    });
    throw e; // the job is retried
  }
  const status = env().SMTP_URL ? 'SENT' : 'STORED';
  // updateMany: the row may be gone meanwhile (cancelled with its recipient's account).
  await db().emailMessage.updateMany({
    where: { id },
    data: { status, sentAt: new Date(), attempts: { increment: 1 }, lastError: null },
  });
  return status === 'SENT' ? 'sent' : 'stored';
}
