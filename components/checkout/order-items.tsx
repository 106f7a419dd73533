// The order's items with their gross prices and the total, in the order's currency.
import { formatMoney } from '@/lib/format/money';
import { offerLabel } from '@/lib/catalog/offers';
import { CartLineName } from './cart-line-name';
import { messages } from '@/lib/i18n';
import type { MyOrderPage } from '@/lib/orders/order-page';
import { currentLocale } from '@/lib/locale/current';

export async function OrderItems({ order }: { order: MyOrderPage['order'] }) {
  const locale = await currentLocale();
  const t = messages(locale).checkout.orderPage;
  return (
    <section className="card overflow-x-auto p-0" aria-labelledby="pozycje" tabIndex={0}>
      <h2 id="pozycje" className="h2 px-6 pt-6">
        {t.items}
      </h2>
      <table className="table mt-2">
        <thead>
          <tr>
            <th>{t.colName}</th>
            <th>{t.colQuantity}</th>
            <th className="text-right">{t.colUnitGross}</th>
            <th className="text-right">{t.colTotalGross}</th>
          </tr>
        </thead>
        <tbody>
          {order.items.map((i) => (
            <tr key={i.id}>
              <td>
                <CartLineName
                  line={{
                    name: i.name,
                    course: i.course?.title ?? '',
                    // The stored name (Polish, as on the invoice) for anything but a plain course line.
                    detail:
                      i.course && i.offerId && !i.kind && !i.topUpGroupId
                        ? offerLabel(i.seats, locale).toLowerCase()
                        : null,
                  }}
                />
              </td>
              <td>{i.quantity}</td>
              <td className="text-right">{formatMoney(i.unitGross, order.currency, locale)}</td>
              <td className="text-right">{formatMoney(i.totalGross, order.currency, locale)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td colSpan={3} className="text-right font-semibold">
              {t.total}
            </td>
            <td className="text-right font-bold">{formatMoney(order.totalGross, order.currency, locale)}</td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
