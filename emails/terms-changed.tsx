import { messages, type Locale } from '@/lib/i18n';
import { mailDate } from './dates';
import { EmailButton, EmailLayout } from './layout';

// A new terms version is published: the day it takes effect, what changes (with a link), and
// what the person may do (accept after logging in, or give notice before that day). `changes`
// are the version's own notes (legal text, in the language it was published in).
export type TermsChangedProps = {
  firstName: string;
  version: string;
  /** An ISO day or timestamp (older rows hold it formatted). */
  effectiveFrom: string;
  changes: string[];
  changesLink: string;
  acceptLink: string;
};

export const subject = ({ effectiveFrom }: Pick<TermsChangedProps, 'effectiveFrom'>, locale: Locale) =>
  messages(locale).emailsOrders.termsChanged.subject(mailDate(effectiveFrom, locale));

export function TermsChangedEmail(p: TermsChangedProps, locale: Locale) {
  const { emails, emailsOrders } = messages(locale);
  const m = emailsOrders.termsChanged;
  return (
    <EmailLayout title={subject(p, locale)} locale={locale}>
      <p>{emails.greeting(p.firstName)}</p>
      <p>{m.published(p.version, mailDate(p.effectiveFrom, locale))}</p>
      <ul>
        {p.changes.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
      <p>
        {m.fullText} <a href={p.changesLink}>{p.changesLink}</a>
      </p>
      <p>
        {m.accept} {m.notice}
      </p>
      <EmailButton href={p.acceptLink}>{m.button}</EmailButton>
    </EmailLayout>
  );
}

export const text = (p: TermsChangedProps, locale: Locale) => {
  const { emails, emailsOrders } = messages(locale);
  const m = emailsOrders.termsChanged;
  return (
    `${emails.greeting(p.firstName)}\n\n${m.published(p.version, mailDate(p.effectiveFrom, locale))}\n\n` +
    `${p.changes.map((c) => `- ${c}`).join('\n')}\n\n${m.fullText} ${p.changesLink}\n\n` +
    `${m.acceptText(p.acceptLink)}\n${m.notice}\n\n${emails.signature}`
  );
};
