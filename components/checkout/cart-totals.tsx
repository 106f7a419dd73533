import { formatMoney } from '@/lib/format/money';

export function CartTotals({ net, vat, gross }: { net: number; vat: number; gross: number }) {
  return (
    <dl className="space-y-1 text-sm" aria-label="Podsumowanie">
      <div className="flex justify-between">
        <dt>Wartość netto</dt>
        <dd>{formatMoney(net)}</dd>
      </div>
      <div className="flex justify-between">
        <dt>VAT 23%</dt>
        <dd>{formatMoney(vat)}</dd>
      </div>
      <div className="flex justify-between border-t border-slate-200 pt-2 text-base font-bold">
        <dt>Do zapłaty (brutto)</dt>
        <dd data-testid="cart-total">{formatMoney(gross)}</dd>
      </div>
    </dl>
  );
}
