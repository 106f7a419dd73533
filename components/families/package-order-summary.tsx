// The priced order under the package form: refusals, or the lines, the total, the sibling
// discount and the pay form (PayU method, the package terms).
import Link from 'next/link';
import type { OrderSummaryView } from '@/lib/families/package-page';
import { messages } from '@/lib/i18n';
import { placeFamilyOrder } from '@/lib/actions/families/order';
import { ActionForm } from '@/components/forms/action-form';
import { Notice } from '@/components/forms/notice';

function PayForm({ order }: { order: NonNullable<Extract<OrderSummaryView, { ok: true }>['order']> }) {
  const t = messages().families.packagesPage;
  return (
    <ActionForm action={placeFamilyOrder} hidden={order.hidden} submit={t.pay(order.total)} className="space-y-4">
      <fieldset className="space-y-2">
        <legend className="font-semibold">{t.payLegend}</legend>
        {order.payMethods.map(({ value, label, hint }, i) => (
          <label key={value} className="flex items-center gap-2 text-sm">
            <input type="radio" name="payMethod" value={value} defaultChecked={i === 0} className="h-4 w-4" />
            <span>
              <span className="font-medium">{label}</span> <span className="text-slate-600">— {hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="terms" className="mt-1 h-4 w-4" />
        <span>
          {t.termsBefore}{' '}
          <Link href="/rodzina/regulamin" target="_blank" className="link">
            {t.termsLink}
          </Link>
          {t.termsAfter}
        </span>
      </label>
    </ActionForm>
  );
}

export function PackageOrderSummary({ summary }: { summary: OrderSummaryView }) {
  const t = messages().families.packagesPage;
  return (
    <section aria-labelledby="podsumowanie" className="card space-y-4">
      <h2 id="podsumowanie" className="h2">
        {t.summary}
      </h2>
      {!summary.ok ? (
        <ul role="alert" className="list-disc space-y-1 pl-5 text-red-800" data-testid="order-errors">
          {summary.errors.map((e, i) => (
            <li key={i}>{e}</li>
          ))}
        </ul>
      ) : (
        <>
          <table className="table">
            <caption className="sr-only">{t.linesCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.colChild}</th>
                <th scope="col">{t.colItem}</th>
                <th scope="col" className="text-right">
                  {t.colAmount}
                </th>
              </tr>
            </thead>
            <tbody>
              {summary.lines.map((l, i) => (
                <tr key={i}>
                  <td>{l.child}</td>
                  <td>{l.description}</td>
                  <td className="whitespace-nowrap text-right">{l.amount}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={2}>
                  {t.total}
                </th>
                <td className="whitespace-nowrap text-right font-bold" data-testid="order-total">
                  {summary.total}
                </td>
              </tr>
            </tfoot>
          </table>
          <Notice tone={summary.discount.applies ? 'success' : 'info'} role="status" data-testid="sibling-discount">
            {summary.discount.applies ? t.discountApplies : t.discountNone}
            {summary.discount.message}
          </Notice>
          {summary.order && <PayForm order={summary.order} />}
        </>
      )}
    </section>
  );
}
