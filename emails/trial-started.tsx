import { EmailButton, EmailLayout } from './layout';

// The 2-day Standard trial has started (regulamin §2.3, §3.1): for every child, until `endsAt`.
export type TrialStartedProps = { firstName: string; endsAt: string; children: string[]; link: string };

export const subject = () => 'Okres testowy Pakietu Standard rozpoczęty';

export function TrialStartedEmail(p: TrialStartedProps) {
  return (
    <EmailLayout title={subject()}>
      <p>Dzień dobry {p.firstName},</p>
      <p>
        bezpłatny okres testowy Pakietu Standard trwa do <strong>{p.endsAt}</strong>. Obejmuje konta dzieci:
      </p>
      <ul>
        {p.children.map((c, k) => (
          <li key={k}>{c}</li>
        ))}
      </ul>
      <p>
        Dzieci logują się swoimi loginami i hasłami. Okres testowy kończy się sam — nic nie płacisz i nie musisz go
        odwoływać. Dzień przed końcem przypomnimy o nim e-mailem. Z okresu testowego można skorzystać raz w roku
        szkolnym.
      </p>
      <EmailButton href={p.link}>Moja rodzina</EmailButton>
    </EmailLayout>
  );
}

export const text = (p: TrialStartedProps) =>
  `Dzień dobry ${p.firstName},\n\nbezpłatny okres testowy Pakietu Standard trwa do ${p.endsAt}. Obejmuje konta dzieci:\n` +
  p.children.map((c) => `- ${c}`).join('\n') +
  `\n\nDzieci logują się swoimi loginami i hasłami. Okres testowy kończy się sam — nic nie płacisz i nie musisz go odwoływać. ` +
  `Dzień przed końcem przypomnimy o nim e-mailem. Z okresu testowego można skorzystać raz w roku szkolnym.\n\n` +
  `Moja rodzina: ${p.link}\n\n— Planeta`;
