import { messages } from '@/lib/i18n';
import { EmailButton, EmailLayout } from './layout';

// A6 (seed §2.5): the account made with the licence order works at once; the contact sets its
// password from a single-use link that expires — never a password in an e-mail.
export type LicenceAccountProps = { firstName: string; login: string; link: string; validDays: number };

const t = () => messages().licence.emails;

export const subject = () => t().account.subject;

export function LicenceAccountEmail(p: LicenceAccountProps) {
  const m = t().account;
  return (
    <EmailLayout title={subject()}>
      <p>{t().greeting(p.firstName)}</p>
      <p>{m.intro}</p>
      <p>
        {m.login} <strong>{p.login}</strong>
      </p>
      <EmailButton href={p.link}>{m.button}</EmailButton>
      <p>
        {m.fallback}
        <br />
        {p.link}
      </p>
      <p style={{ fontSize: 13, color: '#4b5563' }}>{m.validity(p.validDays)}</p>
    </EmailLayout>
  );
}

export const text = (p: LicenceAccountProps) => {
  const m = t().account;
  return `${t().greeting(p.firstName)}\n\n${m.intro}\n${m.login} ${p.login}\n\n${m.fallback}\n${p.link}\n\n${m.validity(p.validDays)}\n\n${t().signature}`;
};
