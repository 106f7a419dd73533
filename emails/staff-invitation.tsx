// A new colleague's invitation to the staff panel: a one-time link to set their own password (the
// password-reset flow), never a password. Sent from /panel/zespol (lib/staff/team.ts). `role` is
// the role's code, named in the reader's language; `validUntil` an ISO timestamp (older rows:
// formatted, shown as stored).
import { messages, type Locale } from '@/lib/i18n';
import { mailDateTime } from './dates';
import { EmailButton, EmailLayout } from './layout';

export type StaffInvitationProps = { firstName: string; role: string; link: string | null; validUntil: string };

const t = (locale: Locale) => messages(locale).emailsSupport.staffInvitation;
const roleName = (role: string, locale: Locale) => (messages(locale).roles as Record<string, string>)[role] ?? role;

export const subject = (_: unknown, locale: Locale) => t(locale).subject;

export function StaffInvitationEmail(p: StaffInvitationProps, locale: Locale) {
  const m = t(locale);
  const { emails } = messages(locale);
  return (
    <EmailLayout title={subject(p, locale)} locale={locale}>
      <p>{emails.greeting(p.firstName)}</p>
      <p>{m.added(roleName(p.role, locale))}</p>
      {p.link ? (
        <>
          <p>{m.setPassword(mailDateTime(p.validUntil, locale))}</p>
          <EmailButton href={p.link}>{m.button}</EmailButton>
          <p>
            {emails.buttonFallback}
            <br />
            {p.link}
          </p>
        </>
      ) : (
        <p>{m.existing}</p>
      )}
    </EmailLayout>
  );
}

export const text = (p: StaffInvitationProps, locale: Locale) => {
  const m = t(locale);
  const { emails } = messages(locale);
  return (
    `${emails.greeting(p.firstName)}\n\n${m.added(roleName(p.role, locale))}\n` +
    (p.link ? `${m.setPasswordText(mailDateTime(p.validUntil, locale))}\n${p.link}\n` : `${m.existing}\n`) +
    `\n${emails.signature}`
  );
};
