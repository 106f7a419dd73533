import { EmailButton, EmailLayout } from './layout';

// A centre group cancelled (fewer than 6 children): the parent is told the contract ended, the
// classes held out of the year's, and the pro-rata refund — through PayU where the payment came
// that way, otherwise by transfer or at the desk from the centre within 14 days
// (lib/centres/cancel/cancel-group.ts).
export type CentreGroupCancelledProps = {
  firstName: string;
  child: string;
  number: string;
  title: string;
  reason: string;
  held: number;
  classes: number;
  refund: string | null;
  /** 'payu': sent back through PayU; 'staff': the centre returns it by transfer or at the desk. */
  refundHow: 'payu' | 'staff' | 'mixed' | null;
  refundBy: string | null;
  link: string;
};

export const subject = (p: Pick<CentreGroupCancelledProps, 'number'>) => `Grupa odwołana — umowa ${p.number}`;

const how = {
  payu: 'przez PayU, na konto, z którego przyszła płatność',
  staff: 'przelewem lub w kasie centrum',
  mixed: 'przez PayU oraz (za wpłaty w kasie lub przelewem) przelewem lub w kasie centrum',
};

const lines = (p: CentreGroupCancelledProps) => [
  `z przykrością informujemy, że grupa „${p.title}”, do której zapisane jest dziecko ${p.child}, została odwołana (${p.reason}). Umowa ${p.number} kończy się, a kolejne raty nie będą pobierane.`,
  `Odbyło się ${p.held} z ${p.classes} zajęć. Zwracamy wpłaty za zajęcia, które się nie odbędą, proporcjonalnie do ich liczby; Pakiet Kursanta nie podlega zwrotowi.`,
  p.refund && p.refundHow
    ? `Kwota zwrotu: ${p.refund} — ${how[p.refundHow]}, najpóźniej do ${p.refundBy}.`
    : 'Wpłaty nie przekraczają wartości zajęć, które się odbyły, więc nie ma kwoty do zwrotu i nic więcej nie jest należne.',
];

export function CentreGroupCancelledEmail(p: CentreGroupCancelledProps) {
  return (
    <EmailLayout title={subject(p)}>
      <p>Dzień dobry {p.firstName},</p>
      {lines(p).map((l) => (
        <p key={l}>{l}</p>
      ))}
      <EmailButton href={p.link}>Moje umowy</EmailButton>
    </EmailLayout>
  );
}

export const text = (p: CentreGroupCancelledProps) =>
  `Dzień dobry ${p.firstName},\n\n${lines(p).join('\n')}\n\nMoje umowy: ${p.link}\n\n— Planeta`;
