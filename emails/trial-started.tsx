import { messages, type Locale } from '@/lib/i18n';
import { mailDateTime } from './dates';
import { EmailButton, EmailLayout } from './layout';

// The 2-day Standard trial has started (regulamin §2.3, §3.1): for every child, until `endsAt`
// (an ISO timestamp; older rows hold it formatted).
export type TrialStartedProps = { firstName: string; endsAt: string; children: string[]; link: string };

const t = (locale: Locale) => messages(locale).emailsFamilies;

export const subject = (_p: unknown, locale: Locale) => t(locale).trialStarted.subject;

export function TrialStartedEmail(p: TrialStartedProps, locale: Locale) {
  const m = t(locale).trialStarted;
  return (
    <EmailLayout title={m.subject} locale={locale}>
      <p>{messages(locale).emails.greeting(p.firstName)}</p>
      <p>
        {m.until} <strong>{mailDateTime(p.endsAt, locale)}</strong>
        {m.children}
      </p>
      <ul>
        {p.children.map((c, k) => (
          <li key={k}>{c}</li>
        ))}
      </ul>
      <p>{m.how}</p>
      <EmailButton href={p.link}>{t(locale).myFamily}</EmailButton>
    </EmailLayout>
  );
}

export const text = (p: TrialStartedProps, locale: Locale) => {
  const { emails } = messages(locale);
  const m = t(locale).trialStarted;
  return (
    `${emails.greeting(p.firstName)}\n\n${m.untilText(mailDateTime(p.endsAt, locale))}\n` +
    p.children.map((c) => `- ${c}`).join('\n') +
    `\n\n${m.how}\n\n${t(locale).myFamilyLink(p.link)}\n\n${emails.signature}`
  );
};
