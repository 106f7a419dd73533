// The two cells the payer's and the staff's charge tables share: what is to pay (with the
// discount under it) and the charge's state today as a badge.
import { formatMoney } from '@/lib/format/money';
import { messages } from '@/lib/i18n';
import { toPay, type ChargeState } from '@/lib/billing/queries/charge-state';
import { chargeStateText, chargeStateTone } from './labels';
import { currentLocale } from '@/lib/locale/current';

type Amounted = { amount: number; discount: number; currency: string };

export async function ChargeAmountCell({ charge }: { charge: Amounted }) {
  const locale = await currentLocale();
  return (
    <td className="whitespace-nowrap sm:text-right">
      <div>
        {formatMoney(toPay(charge), charge.currency, locale)}
        {charge.discount > 0 && (
          <span className="block text-xs text-slate-600">
            {messages(locale).billingAccount.detail.discount(formatMoney(charge.discount, charge.currency, locale))}
          </span>
        )}
      </div>
    </td>
  );
}

export async function ChargeStateCell({ state }: { state: ChargeState }) {
  const locale = await currentLocale();
  return (
    <td>
      <div>
        <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-semibold ${chargeStateTone(state)}`}>
          {chargeStateText(state, locale)}
        </span>
      </div>
    </td>
  );
}
