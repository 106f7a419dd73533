// The staff mailbox: what the platform sent (or, without SMTP, only stored).
import { messages } from '@/lib/i18n';
import { db } from '@/lib/db/client';
import { escapeHtml } from '@/lib/format/html';
import { renderedBody } from './stored';
import { attachmentFile, attachmentLabel } from './attachments';

export function listMail(opts: { to?: string; take?: number } = {}) {
  return db().emailMessage.findMany({
    where: opts.to ? { to: { contains: opts.to.toLowerCase(), mode: 'insensitive' } } : undefined,
    orderBy: { createdAt: 'desc' },
    take: opts.take ?? 100,
    select: { id: true, to: true, subject: true, status: true, createdAt: true },
  });
}

export async function getMail(id: string) {
  const row = await db().emailMessage.findUnique({
    where: { id },
    select: {
      id: true,
      to: true,
      subject: true,
      status: true,
      createdAt: true,
      sentAt: true,
      html: true,
      text: true,
      lastError: true,
      template: true,
      props: true,
      attachments: true,
      locale: true,
    },
  });
  if (!row) return null;
  const { template: _template, props: _props, attachments: _attachments, locale: _locale, ...rest } = row;
  const body = await renderedBody(row).catch((e: unknown) => {
    // Staff still see the message (and why it cannot be sent) rather than an error page.
    const reason = messages().panel.unrenderable(e instanceof Error ? e.message : String(e));
    return { subject: row.subject, html: `<p>${escapeHtml(reason)}</p>`, text: reason, attachments: [] };
  });
  const { attachments, ...content } = body;
  return {
    ...rest,
    ...content,
    attachments: attachments.map((a, index) => ({ index, label: attachmentLabel(a), ...a })),
  };
}

/** Attachment `index` of message `id` as a file, for the staff download route. */
export async function mailAttachmentFile(id: string, index: number) {
  const row = await db().emailMessage.findUnique({
    where: { id },
    select: { template: true, subject: true, html: true, text: true, props: true, attachments: true, locale: true },
  });
  if (!row) return null;
  const { attachments } = await renderedBody(row);
  const ref = attachments[index];
  return ref ? attachmentFile(ref) : null;
}
