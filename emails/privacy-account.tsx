// The privacy e-mails about the account itself: confirming a new address (to the new one), the
// notice of the change (to the old one), the export's download link, and the deletion's confirmation.
// Dates are ISO timestamps (older rows hold them formatted); `kept` comes in the recipient's language.
import { messages, type Locale } from '@/lib/i18n';
import { mailDateTime } from './dates';
import { EmailButton, EmailLayout } from './layout';

export type EmailChangeConfirmProps = { firstName: string; link: string; validUntil: string };
export type EmailChangeNoticeProps = { firstName: string; newEmail: string; requestedAt: string; accountLink: string };
export type DataExportReadyProps = { firstName: string; link: string; validUntil: string };
export type AccountDeletedProps = { firstName: string; shortId: string; deletedAt: string; kept: string[] };

const t = (locale: Locale) => messages(locale).emailsPrivacy;
const hello = (firstName: string, locale: Locale) => messages(locale).emails.greeting(firstName);
const signature = (locale: Locale) => messages(locale).emails.signature;

export const confirmSubject = (_p: unknown, locale: Locale) => t(locale).confirm.subject;

export function EmailChangeConfirmEmail(p: EmailChangeConfirmProps, locale: Locale) {
  const m = t(locale).confirm;
  return (
    <EmailLayout title={m.subject} locale={locale}>
      <p>{hello(p.firstName, locale)}</p>
      <p>{m.body(mailDateTime(p.validUntil, locale))}</p>
      <EmailButton href={p.link}>{m.button}</EmailButton>
      <p>{m.notYou}</p>
    </EmailLayout>
  );
}

export const confirmText = (p: EmailChangeConfirmProps, locale: Locale) => {
  const m = t(locale).confirm;
  return (
    `${hello(p.firstName, locale)}\n\n${m.bodyText(mailDateTime(p.validUntil, locale))}\n${p.link}\n\n` +
    `${m.notYouText}\n\n${signature(locale)}`
  );
};

export const noticeSubject = (_p: unknown, locale: Locale) => t(locale).notice.subject;

export function EmailChangeNoticeEmail(p: EmailChangeNoticeProps, locale: Locale) {
  const m = t(locale).notice;
  return (
    <EmailLayout title={m.subject} locale={locale}>
      <p>{hello(p.firstName, locale)}</p>
      <p>
        {m.requested(mailDateTime(p.requestedAt, locale))} <strong>{p.newEmail}</strong>. {m.after}
      </p>
      <p>{m.notYou}</p>
      <EmailButton href={p.accountLink}>{m.button}</EmailButton>
    </EmailLayout>
  );
}

export const noticeText = (p: EmailChangeNoticeProps, locale: Locale) => {
  const m = t(locale).notice;
  return (
    `${hello(p.firstName, locale)}\n\n${m.requestedText(mailDateTime(p.requestedAt, locale), p.newEmail)} ${m.after}\n\n` +
    `${m.notYouText(p.accountLink)}\n\n${signature(locale)}`
  );
};

export const exportSubject = (_p: unknown, locale: Locale) => t(locale).export.subject;

export function DataExportReadyEmail(p: DataExportReadyProps, locale: Locale) {
  const m = t(locale).export;
  return (
    <EmailLayout title={m.subject} locale={locale}>
      <p>{hello(p.firstName, locale)}</p>
      <p>{m.ready(mailDateTime(p.validUntil, locale))}</p>
      <EmailButton href={p.link}>{m.button}</EmailButton>
      <p>{m.notYou}</p>
    </EmailLayout>
  );
}

export const exportText = (p: DataExportReadyProps, locale: Locale) => {
  const m = t(locale).export;
  return (
    `${hello(p.firstName, locale)}\n\n${m.readyText(mailDateTime(p.validUntil, locale))}\n${p.link}\n\n` +
    `${m.notYou}\n\n${signature(locale)}`
  );
};

export const deletedSubject = (_p: unknown, locale: Locale) => t(locale).deleted.subject;

export function AccountDeletedEmail(p: AccountDeletedProps, locale: Locale) {
  const m = t(locale).deleted;
  return (
    <EmailLayout title={m.subject} locale={locale}>
      <p>{hello(p.firstName, locale)}</p>
      <p>{m.done(mailDateTime(p.deletedAt, locale), p.shortId)}</p>
      {p.kept.length > 0 && (
        <>
          <p>{m.kept}</p>
          <ul>
            {p.kept.map((k) => (
              <li key={k}>{k}</li>
            ))}
          </ul>
        </>
      )}
      <p>{m.last}</p>
    </EmailLayout>
  );
}

export const deletedText = (p: AccountDeletedProps, locale: Locale) => {
  const m = t(locale).deleted;
  return (
    `${hello(p.firstName, locale)}\n\n${m.doneText(mailDateTime(p.deletedAt, locale), p.shortId)}\n\n` +
    (p.kept.length ? `${m.kept}\n${p.kept.map((k) => `- ${k}`).join('\n')}\n\n` : '') +
    `${m.lastText}\n\n${signature(locale)}`
  );
};
