// The contract has ended: for non-payment (razem B9, Live L6, stationary S12) or because the
// payer's notice ran out (B7, S10). What is still owed stays owed and payable from the link.
import { EmailLayout } from '../layout';
import { ChargeLine, PayButton, chargeText, footerText, payText, type BillingMailProps } from './shared';

/**
 * `unpaid`: ended for non-payment; `notice`: the notice period ran out. `owes`: the unpaid charge
 * stays owed (its classes were given); false when it was cancelled with the contract.
 */
export type TerminatedProps = BillingMailProps & { reason: 'unpaid' | 'notice'; owes?: boolean };

const owesCharge = (p: TerminatedProps) => p.reason === 'unpaid' && p.owes !== false;

export const subject = (p: TerminatedProps) => `Umowa ${p.contractNumber} zakończona`;

const lead = (p: TerminatedProps) =>
  p.reason === 'unpaid'
    ? `z powodu braku płatności umowa ${p.contractNumber} (${p.offerTitle}) wygasła, a dostęp do kursu został zakończony.`
    : `zgodnie z wypowiedzeniem umowa ${p.contractNumber} (${p.offerTitle}) dobiegła końca, a dostęp do kursu został ` +
      'zakończony. Dziękujemy za wspólną naukę.';

export function TerminatedEmail(p: TerminatedProps) {
  return (
    <EmailLayout title={subject(p)}>
      <p>Dzień dobry {p.firstName},</p>
      <p>{lead(p)}</p>
      {owesCharge(p) && (
        <>
          <p>Zaległa należność pozostaje do zapłaty:</p>
          <ChargeLine {...p} />
          <PayButton {...p} />
        </>
      )}
    </EmailLayout>
  );
}

export const text = (p: TerminatedProps) =>
  `Dzień dobry ${p.firstName},\n\n${lead(p)}` +
  (owesCharge(p) ? `\n\nZaległa należność pozostaje do zapłaty:\n${chargeText(p)}\n${payText(p)}` : '') +
  footerText;
