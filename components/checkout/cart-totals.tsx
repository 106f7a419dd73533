import { formatMoney } from '@/lib/format/money';
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';

export async function CartTotals({ net, vat, gross }: { net: number; vat: number; gross: number }) {
  const locale = await currentLocale();
  const t = messages(locale).checkout.totals;
  return (
    <dl className="space-y-1 text-sm" aria-label={t.label}>
      <div className="flex justify-between">
        <dt>{t.net}</dt>
        <dd>{formatMoney(net, 'PLN', locale)}</dd>
      </div>
      <div className="flex justify-between">
        <dt>{t.vat}</dt>
        <dd>{formatMoney(vat, 'PLN', locale)}</dd>
      </div>
      <div className="flex justify-between border-t border-slate-200 pt-2 text-base font-bold">
        <dt>{t.gross}</dt>
        <dd data-testid="cart-total">{formatMoney(gross, 'PLN', locale)}</dd>
      </div>
    </dl>
  );
}
