// A template and its props as the message in the recipient's language: subject, HTML and text, and
// the references of the files it carries (a template's optional `attachments`, rendered into PDFs
// only on delivery). The language is a parameter, never the request's: messages are also rendered
// by jobs on delivery, from the locale the outbox row keeps.
import type { ReactElement } from 'react';
import { templates, type TemplateName, type TemplateProps } from '@/emails';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@/lib/i18n';
import { attachmentRefs, type MailAttachment } from './attachments';

export type RenderedEmail = { subject: string; html: string; text: string; attachments: MailAttachment[] };

/** A stored language as one of ours (rows and callers may carry anything): Polish otherwise. */
export const mailLocale = (locale: string | null | undefined): Locale => (isLocale(locale) ? locale : DEFAULT_LOCALE);

export async function renderEmail<N extends TemplateName>(
  name: N,
  props: TemplateProps<N>,
  locale: string,
): Promise<RenderedEmail> {
  // Loaded on demand: the React server renderer is not part of the RSC graph.
  const { renderToStaticMarkup } = await import('react-dom/server');
  const lang = mailLocale(locale);
  const t = templates[name] as unknown as {
    subject: (p: TemplateProps<N>, locale: Locale) => string;
    Body: (p: TemplateProps<N>, locale: Locale) => ReactElement;
    text: (p: TemplateProps<N>, locale: Locale) => string;
    attachments?: (p: TemplateProps<N>, locale: Locale) => unknown[];
  };
  // Body is called as a function (it uses no hooks) so that it gets the language as a parameter.
  const html = '<!doctype html>' + renderToStaticMarkup(t.Body(props, lang));
  return {
    subject: t.subject(props, lang),
    html,
    text: t.text(props, lang),
    attachments: attachmentRefs(t.attachments?.(props, lang)),
  };
}

/** The column value of `attachments`: none stored as NULL. */
export const attachmentsColumn = (a: MailAttachment[]) => (a.length > 0 ? a : undefined);
