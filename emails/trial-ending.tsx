import { EmailButton, EmailLayout } from './layout';

// A day before the 2-day trial ends (sent once per trial by lib/families/jobs.ts).
export type TrialEndingProps = { firstName: string; endsAt: string; link: string };

export const subject = () => 'Okres testowy kończy się jutro';

export function TrialEndingEmail(p: TrialEndingProps) {
  return (
    <EmailLayout title={subject()}>
      <p>Dzień dobry {p.firstName},</p>
      <p>
        bezpłatny okres testowy Pakietu Standard kończy się <strong>{p.endsAt}</strong>. Potem dzieci stracą dostęp do
        przedmiotów.
      </p>
      <p>Jeśli chcesz, by nauka trwała dalej, wybierz pakiet na rok szkolny dla każdego dziecka.</p>
      <EmailButton href={p.link}>Wybierz pakiet</EmailButton>
    </EmailLayout>
  );
}

export const text = (p: TrialEndingProps) =>
  `Dzień dobry ${p.firstName},\n\nbezpłatny okres testowy Pakietu Standard kończy się ${p.endsAt}. ` +
  `Potem dzieci stracą dostęp do przedmiotów.\n\n` +
  `Jeśli chcesz, by nauka trwała dalej, wybierz pakiet na rok szkolny dla każdego dziecka: ${p.link}\n\n— Planeta`;
