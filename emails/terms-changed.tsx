import { EmailButton, EmailLayout } from './layout';

// A new terms version is published: the day it takes effect, what changes (with a link), and
// what the person may do (accept after logging in, or give notice before that day).
export type TermsChangedProps = {
  firstName: string;
  version: string;
  effectiveFrom: string;
  changes: string[];
  changesLink: string;
  acceptLink: string;
};

export const subject = ({ effectiveFrom }: Pick<TermsChangedProps, 'effectiveFrom'>) =>
  `Zmiana regulaminu Planety od ${effectiveFrom}`;

export function TermsChangedEmail({
  firstName,
  version,
  effectiveFrom,
  changes,
  changesLink,
  acceptLink,
}: TermsChangedProps) {
  return (
    <EmailLayout title={subject({ effectiveFrom })}>
      <p>Dzień dobry {firstName},</p>
      <p>
        opublikowaliśmy nową wersję regulaminu platformy Planeta (wersja {version}). Wchodzi ona w życie{' '}
        <strong>{effectiveFrom}</strong>. Najważniejsze zmiany:
      </p>
      <ul>
        {changes.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
      <p>
        Pełny tekst i opis zmian: <a href={changesLink}>{changesLink}</a>
      </p>
      <p>
        Po zalogowaniu możesz zaakceptować nową wersję. Jeśli się na nią nie zgadzasz, możesz do dnia jej wejścia w
        życie wypowiedzieć umowę o prowadzenie konta (i umowę o pakiet dla dziecka) — zasady są w § 15 regulaminu.
        Zamówienia złożone wcześniej zachowują warunki, które zaakceptowano przy zamówieniu.
      </p>
      <EmailButton href={acceptLink}>Przeczytaj i zaakceptuj</EmailButton>
    </EmailLayout>
  );
}

export const text = ({ firstName, version, effectiveFrom, changes, changesLink, acceptLink }: TermsChangedProps) =>
  `Dzień dobry ${firstName},\n\nopublikowaliśmy nową wersję regulaminu platformy Planeta (wersja ${version}). ` +
  `Wchodzi ona w życie ${effectiveFrom}. Najważniejsze zmiany:\n\n${changes.map((c) => `- ${c}`).join('\n')}\n\n` +
  `Pełny tekst i opis zmian: ${changesLink}\n\n` +
  `Po zalogowaniu możesz zaakceptować nową wersję: ${acceptLink}\n` +
  `Jeśli się na nią nie zgadzasz, możesz do dnia jej wejścia w życie wypowiedzieć umowę o prowadzenie konta ` +
  `(i umowę o pakiet dla dziecka) — zasady są w § 15 regulaminu. Zamówienia złożone wcześniej zachowują warunki, ` +
  `które zaakceptowano przy zamówieniu.\n\n— Planeta`;
