// A new colleague's invitation to the staff panel: a one-time link to set their own password (the
// password-reset flow), never a password. Sent from /panel/zespol (lib/staff/team.ts).
import { EmailButton, EmailLayout } from './layout';

export type StaffInvitationProps = { firstName: string; roleName: string; link: string | null; validUntil: string };

export const subject = () => 'Zaproszenie do zespołu Planety';

export function StaffInvitationEmail({ firstName, roleName, link, validUntil }: StaffInvitationProps) {
  return (
    <EmailLayout title={subject()}>
      <p>Dzień dobry {firstName},</p>
      <p>administrator Planety dodał Cię do zespołu z rolą: {roleName}.</p>
      {link ? (
        <>
          <p>Ustaw swoje hasło — link działa raz, do {validUntil}.</p>
          <EmailButton href={link}>Ustaw hasło</EmailButton>
          <p>
            Jeśli przycisk nie działa, skopiuj ten adres do przeglądarki:
            <br />
            {link}
          </p>
        </>
      ) : (
        <p>Zaloguj się swoim dotychczasowym hasłem — panel zespołu jest pod adresem /panel.</p>
      )}
    </EmailLayout>
  );
}

export const text = ({ firstName, roleName, link, validUntil }: StaffInvitationProps) =>
  `Dzień dobry ${firstName},\n\nadministrator Planety dodał Cię do zespołu z rolą: ${roleName}.\n` +
  (link
    ? `Ustaw swoje hasło (link działa raz, do ${validUntil}):\n${link}\n`
    : 'Zaloguj się swoim dotychczasowym hasłem — panel zespołu jest pod adresem /panel.\n') +
  '\n— Planeta';
