import { messages, type Locale } from '@/lib/i18n';
import { mailDateTime } from './dates';
import { EmailButton, EmailLayout } from './layout';

// A day before the 2-day trial ends (sent once per trial by lib/families/jobs.ts); `endsAt` is an
// ISO timestamp (older rows hold it formatted).
export type TrialEndingProps = { firstName: string; endsAt: string; link: string };

const t = (locale: Locale) => messages(locale).emailsFamilies.trialEnding;

export const subject = (_p: unknown, locale: Locale) => t(locale).subject;

export function TrialEndingEmail(p: TrialEndingProps, locale: Locale) {
  const m = t(locale);
  return (
    <EmailLayout title={m.subject} locale={locale}>
      <p>{messages(locale).emails.greeting(p.firstName)}</p>
      <p>
        {m.ends} <strong>{mailDateTime(p.endsAt, locale)}</strong>
        {m.after}
      </p>
      <p>{m.choose}</p>
      <EmailButton href={p.link}>{m.button}</EmailButton>
    </EmailLayout>
  );
}

export const text = (p: TrialEndingProps, locale: Locale) => {
  const { emails } = messages(locale);
  const m = t(locale);
  return (
    `${emails.greeting(p.firstName)}\n\n${m.endsText(mailDateTime(p.endsAt, locale))}\n\n` +
    `${m.chooseText(p.link)}\n\n${emails.signature}`
  );
};
