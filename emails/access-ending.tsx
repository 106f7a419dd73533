import { EmailButton, EmailLayout } from './layout';

// A week before access to a bought course or a child's yearly package ends (sent once per
// access end by the reminder jobs).
export type AccessEndingProps = {
  firstName: string;
  /** A course's title ("Excel od podstaw") or a package's name ("Pakiet Standard"). */
  what: string;
  kind: 'course' | 'family';
  /** The child a package is for. */
  childName?: string;
  /** The last day inside (formatLastDay of the exclusive end). */
  lastDay: string;
  link: string;
};

type Named = Pick<AccessEndingProps, 'what' | 'kind' | 'childName'>;

const named = (p: Named) => (p.kind === 'course' ? `Dostęp do kursu „${p.what}”` : `${p.what} (${p.childName ?? ''})`);

export const subject = (p: Named) => `${named(p)} kończy się za tydzień`;

const body = (p: AccessEndingProps) =>
  p.kind === 'course'
    ? `dostęp do kursu „${p.what}” kończy się za tydzień — ostatni dzień to ${p.lastDay}. Do tego dnia możesz dokończyć lekcje i test końcowy. Dostęp przedłużysz, kupując kurs ponownie na jego stronie.`
    : `${p.what} dla: ${p.childName ?? ''} kończy się za tydzień — ostatni dzień nauki to ${p.lastDay}. Pakiet na kolejny rok szkolny wybierzesz na stronie pakietów.`;

export function AccessEndingEmail(p: AccessEndingProps) {
  return (
    <EmailLayout title={subject(p)}>
      <p>Dzień dobry {p.firstName},</p>
      <p>{body(p)}</p>
      <EmailButton href={p.link}>{p.kind === 'course' ? 'Strona kursu' : 'Pakiety dzieci'}</EmailButton>
    </EmailLayout>
  );
}

export const text = (p: AccessEndingProps) => `Dzień dobry ${p.firstName},\n\n${body(p)}\n\n${p.link}\n\n— Planeta`;
