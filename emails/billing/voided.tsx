// The first payment never came by its deadline: the order is void and nothing is owed (licence
// pro-forma unpaid by its deadline, A9; any plan whose first charge is never paid).
import { EmailLayout } from '../layout';
import { chargeText, footerText, type BillingMailProps } from './shared';

export type VoidedProps = BillingMailProps;

export const subject = (p: VoidedProps) => `Zamówienie wygasło — umowa ${p.contractNumber}`;

const lead =
  'nie otrzymaliśmy pierwszej płatności w terminie, dlatego zamówienie wygasło, a dostęp został zablokowany. ' +
  'Z tej umowy nie ma nic do zapłaty. Jeśli nadal chcesz skorzystać z oferty, złóż zamówienie ponownie.';

export function VoidedEmail(p: VoidedProps) {
  return (
    <EmailLayout title={subject(p)}>
      <p>Dzień dobry {p.firstName},</p>
      <p>{lead}</p>
      <p>{chargeText(p)}</p>
    </EmailLayout>
  );
}

export const text = (p: VoidedProps) => `Dzień dobry ${p.firstName},\n\n${lead}\n${chargeText(p)}${footerText}`;
