import { EmailButton, EmailLayout } from './layout';

// Staff's decision on a parent's request for a class one year up or down (regulamin §4.8).
export type ClassChangeProps = {
  firstName: string;
  childName: string;
  approved: boolean;
  /** The class the child now follows in `schoolYear` ("klasa 3", "zerówka"). */
  className: string;
  schoolYear: string;
  link: string;
};

export const subject = ({ approved, childName }: Pick<ClassChangeProps, 'approved' | 'childName'>) =>
  approved ? `Zmiana klasy zatwierdzona — ${childName}` : `Zmiana klasy niezatwierdzona — ${childName}`;

const decision = (p: ClassChangeProps) =>
  p.approved
    ? `zatwierdziliśmy prośbę o zmianę klasy. ${p.childName} w roku szkolnym ${p.schoolYear} uczy się w programie: ${p.className}. Przedmioty w pakietach dobieramy do tej klasy.`
    : `nie możemy zatwierdzić prośby o zmianę klasy dla: ${p.childName}. W roku szkolnym ${p.schoolYear} dziecko pozostaje w programie: ${p.className} (według rocznika). Nową prośbę możesz złożyć na stronie dziecka.`;

export function ClassChangeEmail(p: ClassChangeProps) {
  return (
    <EmailLayout title={subject(p)}>
      <p>Dzień dobry {p.firstName},</p>
      <p>{decision(p)}</p>
      <EmailButton href={p.link}>Moja rodzina</EmailButton>
    </EmailLayout>
  );
}

export const text = (p: ClassChangeProps) =>
  `Dzień dobry ${p.firstName},\n\n${decision(p)}\n\nMoja rodzina: ${p.link}\n\n— Planeta`;
