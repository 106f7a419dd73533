import { messages, type Locale } from '@/lib/i18n';
import { EmailButton, EmailLayout } from './layout';

// The planner school's own e-mails (lib/licence/dpa.ts, lib/licence/school-staff.ts): staff's
// decision on the data-processing agreement, and an invitation to the school's staff.
const t = (locale: Locale) => messages(locale).plannerSchool.emails;

export type SchoolAgreementProps = { firstName: string; school: string; link: string };
export type SchoolAgreementRejectedProps = SchoolAgreementProps & { reason: string };

export const acceptedSubject = (p: SchoolAgreementProps, locale: Locale) => t(locale).accepted.subject(p.school);

export function SchoolAgreementAcceptedEmail(p: SchoolAgreementProps, locale: Locale) {
  const m = t(locale).accepted;
  return (
    <EmailLayout title={acceptedSubject(p, locale)} locale={locale}>
      <p>{t(locale).greeting(p.firstName)}</p>
      <p>{m.body(p.school)}</p>
      <EmailButton href={p.link}>{m.button}</EmailButton>
    </EmailLayout>
  );
}

export const acceptedText = (p: SchoolAgreementProps, locale: Locale) =>
  `${t(locale).greeting(p.firstName)}\n\n${t(locale).accepted.body(p.school)}\n${p.link}\n\n${t(locale).signature}`;

export const rejectedSubject = (p: SchoolAgreementRejectedProps, locale: Locale) =>
  t(locale).rejected.subject(p.school);

export function SchoolAgreementRejectedEmail(p: SchoolAgreementRejectedProps, locale: Locale) {
  const m = t(locale).rejected;
  return (
    <EmailLayout title={rejectedSubject(p, locale)} locale={locale}>
      <p>{t(locale).greeting(p.firstName)}</p>
      <p>{m.body(p.school)}</p>
      <p>
        <strong>{m.reason(p.reason)}</strong>
      </p>
      <p>{m.next}</p>
      <EmailButton href={p.link}>{m.button}</EmailButton>
    </EmailLayout>
  );
}

export const rejectedText = (p: SchoolAgreementRejectedProps, locale: Locale) => {
  const m = t(locale).rejected;
  return `${t(locale).greeting(p.firstName)}\n\n${m.body(p.school)}\n${m.reason(p.reason)}\n${m.next}\n${p.link}\n\n${t(locale).signature}`;
};

/** `setPasswordLink` only for a new account (single use, `validDays`); an existing one signs in. */
const roleName = (role: string, locale: Locale) => messages(locale).plannerSchool.staff.roles[role] ?? role;

export type SchoolInvitationProps = {
  firstName: string;
  school: string;
  /** The role's code (DIRECTOR, TEACHER), named in the reader's language; an unknown one as stored. */
  role: string;
  invitedBy: string;
  login: string;
  link: string;
  setPasswordLink: string | null;
  validDays: number;
};

export const invitedSubject = (p: SchoolInvitationProps, locale: Locale) => t(locale).invited.subject(p.school);

export function SchoolInvitationEmail(p: SchoolInvitationProps, locale: Locale) {
  const m = t(locale).invited;
  return (
    <EmailLayout title={invitedSubject(p, locale)} locale={locale}>
      <p>{t(locale).greeting(p.firstName)}</p>
      <p>{m.body(p.school, roleName(p.role, locale), p.invitedBy)}</p>
      <p>
        {m.login} <strong>{p.login}</strong>
      </p>
      {p.setPasswordLink ? (
        <>
          <p>{m.setPassword}</p>
          <EmailButton href={p.setPasswordLink}>{m.setPasswordButton}</EmailButton>
          <p>
            {m.fallback}
            <br />
            {p.setPasswordLink}
          </p>
          <p style={{ fontSize: 13, color: '#4b5563' }}>{m.validity(p.validDays)}</p>
        </>
      ) : (
        <>
          <p>{m.existing}</p>
          <EmailButton href={p.link}>{m.openButton}</EmailButton>
        </>
      )}
    </EmailLayout>
  );
}

export const invitedText = (p: SchoolInvitationProps, locale: Locale) => {
  const m = t(locale).invited;
  const how = p.setPasswordLink
    ? `${m.setPassword}\n${p.setPasswordLink}\n\n${m.validity(p.validDays)}`
    : `${m.existing}\n${p.link}`;
  return `${t(locale).greeting(p.firstName)}\n\n${m.body(p.school, roleName(p.role, locale), p.invitedBy)}\n${m.login} ${p.login}\n\n${how}\n\n${t(locale).signature}`;
};
