import { EmailButton, EmailLayout } from './layout';

export type FamilyCancellationProps = {
  firstName: string;
  childName: string;
  packageName: string;
  withdrawal: boolean;
  effectiveAt: string;
  refund: string;
  link: string;
};

export const subject = ({ withdrawal }: FamilyCancellationProps) =>
  withdrawal ? 'Potwierdzenie odstąpienia od umowy' : 'Potwierdzenie rezygnacji z pakietu';

export function FamilyCancellationEmail(p: FamilyCancellationProps) {
  return (
    <EmailLayout title={subject(p)}>
      <p>Dzień dobry {p.firstName},</p>
      <p>
        {p.withdrawal ? 'Przyjęliśmy odstąpienie od umowy' : 'Przyjęliśmy rezygnację'}: {p.packageName}, {p.childName}.
        Dostęp dziecka kończy się {p.effectiveAt}.
      </p>
      <p>
        Kwota zwrotu: <strong>{p.refund}</strong>. Zwrot prześlemy przez PayU na konto, z którego przyszła płatność.
      </p>
      <EmailButton href={p.link}>Moja rodzina</EmailButton>
    </EmailLayout>
  );
}

export const text = (p: FamilyCancellationProps) =>
  `Dzień dobry ${p.firstName},\n\n${p.withdrawal ? 'Przyjęliśmy odstąpienie od umowy' : 'Przyjęliśmy rezygnację'}: ${p.packageName}, ${p.childName}.\n` +
  `Dostęp dziecka kończy się ${p.effectiveAt}.\nKwota zwrotu: ${p.refund} (przez PayU).\n${p.link}\n\n— Planeta`;
