// A template and its props as the message: subject, HTML and text, and the references of the
// files it carries (a template's optional `attachments`, rendered into PDFs only on delivery).
import { createElement } from 'react';
import { templates, type TemplateName, type TemplateProps } from '@/emails';
import { attachmentRefs, type MailAttachment } from './attachments';

export type RenderedEmail = { subject: string; html: string; text: string; attachments: MailAttachment[] };

export async function renderEmail<N extends TemplateName>(name: N, props: TemplateProps<N>): Promise<RenderedEmail> {
  // Loaded on demand: the React server renderer is not part of the RSC graph.
  const { renderToStaticMarkup } = await import('react-dom/server');
  const t = templates[name] as unknown as {
    subject: (p: TemplateProps<N>) => string;
    Body: (p: TemplateProps<N>) => React.ReactElement;
    text: (p: TemplateProps<N>) => string;
    attachments?: (p: TemplateProps<N>) => unknown[];
  };
  const html = '<!doctype html>' + renderToStaticMarkup(createElement(t.Body, props));
  return { subject: t.subject(props), html, text: t.text(props), attachments: attachmentRefs(t.attachments?.(props)) };
}

/** The column value of `attachments`: none stored as NULL. */
export const attachmentsColumn = (a: MailAttachment[]) => (a.length > 0 ? a : undefined);
