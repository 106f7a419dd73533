// The priced order under the package form: refusals, or the lines, the total, the sibling
// discount and the pay form (the buyer's address, PayU method, the package terms).
import type { OrderSummaryView } from '@/lib/families/package-page';
import { choosesPremium } from '@/lib/families/schemas';
import { messages } from '@/lib/i18n';
import { Notice } from '@/components/forms/notice';
import { PackagePayForm, type PayFormAddress } from '@/components/families/package-pay-form';
import { currentLocale } from '@/lib/locale/current';

export async function PackageOrderSummary({
  summary,
  address,
}: {
  summary: OrderSummaryView;
  address: PayFormAddress;
}) {
  const locale = await currentLocale();
  const t = messages(locale).families.packagesPage;
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
                  {/* Order lines are stored and invoiced in Polish, as they were priced. */}
                  <td lang="pl">{l.description}</td>
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
          {summary.order && (
            <PackagePayForm
              hidden={summary.order.hidden}
              total={summary.order.total}
              payMethods={summary.order.payMethods}
              address={address}
              premium={choosesPremium(summary.order.hidden)}
            />
          )}
        </>
      )}
    </section>
  );
}
