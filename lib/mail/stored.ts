// A stored outbox row as it will be sent: rows queued with only a template and its props
// (hot paths) are rendered here, on delivery or when staff open them in the mailbox, in the
// language the row keeps (the recipient's, chosen when it was queued).
import { renderEmail } from './render';
import { attachmentRefs, type MailAttachment } from './attachments';
import type { TemplateName, TemplateProps } from '@/emails';

type StoredRow = {
  template: string;
  subject: string;
  html: string | null;
  text: string | null;
  props: unknown;
  attachments: unknown;
  locale: string;
};

export async function renderedBody(
  row: StoredRow,
): Promise<{ subject: string; html: string; text: string; attachments: MailAttachment[] }> {
  if (row.html !== null && row.text !== null) {
    return { subject: row.subject, html: row.html, text: row.text, attachments: attachmentRefs(row.attachments) };
  }
  const r = await renderEmail(row.template as TemplateName, row.props as TemplateProps<TemplateName>, row.locale);
  return { subject: r.subject, html: r.html, text: r.text, attachments: r.attachments };
}
