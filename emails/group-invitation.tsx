import { EmailButton, EmailLayout } from './layout';

// Invitations of group participants and admins: a one-time link to set one's own password.
// Never a password — the outbox keeps every message, and staff can read it.
export type GroupInvitationProps = {
  firstName: string;
  courseTitle: string;
  companyName: string;
  login: string;
  link: string;
  validUntil: string;
};

export const invitationSubject = (p: GroupInvitationProps) => `Zaproszenie na kurs ${p.courseTitle}`;

export function GroupInvitationEmail(p: GroupInvitationProps) {
  return (
    <EmailLayout title={invitationSubject(p)}>
      <p>Dzień dobry {p.firstName},</p>
      <p>
        {p.companyName} zapisała Cię na kurs <strong>{p.courseTitle}</strong> w Planecie. Twój login:{' '}
        <strong>{p.login}</strong>.
      </p>
      <p>Kliknij przycisk, ustaw własne hasło i zacznij naukę. Dostęp do kursu trwa 2 miesiące.</p>
      <EmailButton href={p.link}>Ustaw hasło i zacznij</EmailButton>
      <p>
        Link działa jeden raz, do {p.validUntil}. Jeśli przycisk nie działa, skopiuj ten adres do przeglądarki:
        <br />
        {p.link}
      </p>
    </EmailLayout>
  );
}

export const invitationText = (p: GroupInvitationProps) =>
  `Dzień dobry ${p.firstName},\n\n${p.companyName} zapisała Cię na kurs „${p.courseTitle}” w Planecie. Twój login: ${p.login}\n\n` +
  `Ustaw własne hasło i zacznij naukę (link działa jeden raz, do ${p.validUntil}):\n${p.link}\n\nDostęp do kursu trwa 2 miesiące.\n\n— Planeta`;

export const reminderSubject = (p: GroupInvitationProps) => `Przypomnienie: kurs ${p.courseTitle} czeka na Ciebie`;

export function GroupReminderEmail(p: GroupInvitationProps) {
  return (
    <EmailLayout title={reminderSubject(p)}>
      <p>Dzień dobry {p.firstName},</p>
      <p>
        {p.companyName} przypomina o kursie <strong>{p.courseTitle}</strong> — nie zalogowałeś się jeszcze ani razu.
        Twój login: <strong>{p.login}</strong>.
      </p>
      <EmailButton href={p.link}>Ustaw hasło i zacznij</EmailButton>
      <p>
        Link działa jeden raz, do {p.validUntil}:
        <br />
        {p.link}
      </p>
    </EmailLayout>
  );
}

export const reminderText = (p: GroupInvitationProps) =>
  `Dzień dobry ${p.firstName},\n\n${p.companyName} przypomina o kursie „${p.courseTitle}” — nie logowałeś się jeszcze. Twój login: ${p.login}\n\n` +
  `Ustaw hasło i zacznij (link działa jeden raz, do ${p.validUntil}):\n${p.link}\n\n— Planeta`;

// A second admin of a group: with an invitation when the account is new, else a link to the group.
export type GroupAdminAddedProps = {
  firstName: string;
  companyName: string;
  courseTitle: string;
  link: string;
  invitation: { link: string; validUntil: string } | null;
};

export const adminSubject = (p: GroupAdminAddedProps) => `Zostałeś administratorem grupy — ${p.courseTitle}`;

export function GroupAdminAddedEmail(p: GroupAdminAddedProps) {
  return (
    <EmailLayout title={adminSubject(p)}>
      <p>Dzień dobry {p.firstName},</p>
      <p>
        dodano Cię jako administratora grupy <strong>{p.companyName}</strong> na kursie <strong>{p.courseTitle}</strong>{' '}
        w Planecie: możesz zarządzać uczestnikami, ich dostępem i raportami.
      </p>
      {p.invitation ? (
        <>
          <EmailButton href={p.invitation.link}>Ustaw hasło</EmailButton>
          <p>Link działa jeden raz, do {p.invitation.validUntil}. Potem zaloguj się adresem e-mail.</p>
        </>
      ) : (
        <EmailButton href={p.link}>Otwórz grupę</EmailButton>
      )}
    </EmailLayout>
  );
}

export const adminText = (p: GroupAdminAddedProps) =>
  `Dzień dobry ${p.firstName},\n\ndodano Cię jako administratora grupy ${p.companyName} na kursie „${p.courseTitle}” w Planecie.\n\n` +
  (p.invitation
    ? `Ustaw hasło (link działa jeden raz, do ${p.invitation.validUntil}):\n${p.invitation.link}\n`
    : `Grupa: ${p.link}\n`) +
  `\n— Planeta`;
