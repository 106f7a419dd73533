import { messages } from '@/lib/i18n';
import { EmailButton, EmailLayout } from './layout';

// A19: 14 and 3 days before a school that did not renew loses its planner data, each director is
// told when, and pointed to the printouts and exports (lib/licence/purge.ts queues it).
export type LicencePurgeReminderProps = {
  firstName: string;
  school: string;
  examYear: number;
  days: number;
  lastDay: string;
  exportsUrl: string;
};

const t = () => messages().plannerLifecycle.emails.reminder;

export const subject = (p: LicencePurgeReminderProps) => t().subject(p.school, p.days);

const lines = (p: LicencePurgeReminderProps) => [t().intro(p.school, p.examYear), t().when(p.lastDay), t().renew];

export function LicencePurgeReminderEmail(p: LicencePurgeReminderProps) {
  const m = t();
  return (
    <EmailLayout title={subject(p)}>
      <p>{messages().licence.emails.greeting(p.firstName)}</p>
      {lines(p).map((l) => (
        <p key={l}>{l}</p>
      ))}
      <p>{m.exports}</p>
      <EmailButton href={p.exportsUrl}>{m.button}</EmailButton>
    </EmailLayout>
  );
}

export const text = (p: LicencePurgeReminderProps) => {
  const e = messages().licence.emails;
  return `${e.greeting(p.firstName)}\n\n${lines(p).join('\n')}\n\n${t().exports}\n${p.exportsUrl}\n\n${e.signature}`;
};
