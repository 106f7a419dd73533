import type { Metadata } from 'next';
import Link from 'next/link';
import { cartSummary, findCart, MAX_GROUP_QUANTITY } from '@/lib/orders/cart';
import { cartOwner } from '@/lib/orders/cart-cookie';
import { formatMoney } from '@/lib/format/money';
import { CartLineControls } from '@/components/checkout/cart-line-controls';
import { CartTotals } from '@/components/checkout/cart-totals';
import { CartLineName } from '@/components/checkout/cart-line-name';
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).checkout.cart };
}
export const dynamic = 'force-dynamic';

export default async function CartPage() {
  const locale = await currentLocale();
  const m = messages(locale);
  const t = m.checkout.cartPage;
  const summary = cartSummary(await findCart(await cartOwner()), locale);
  return (
    <div className="space-y-6">
      <h1 className="h1">{m.checkout.cart}</h1>
      {summary.lines.length === 0 ? (
        <div className="card space-y-3">
          <p>{t.empty}</p>
          <Link href="/kursy" className="btn-primary">
            {m.catalog.browse}
          </Link>
        </div>
      ) : (
        <div className="grid gap-6 lg:grid-cols-[1fr_320px]">
          <ul className="space-y-3" aria-label={t.linesLabel}>
            {summary.lines.map((l) => (
              <li
                key={l.itemId}
                className="card flex flex-wrap items-center justify-between gap-4"
                data-testid="cart-line"
              >
                <div className="min-w-0 flex-1">
                  <p className="font-semibold">
                    <Link href={`/kursy/${l.courseSlug}`} className="hover:text-brand-700">
                      <CartLineName line={l} />
                    </Link>
                  </p>
                  <p className="text-sm text-slate-600">
                    {t.lineDetails(
                      formatMoney(l.unitGross, 'PLN', locale),
                      formatMoney(l.net, 'PLN', locale),
                      l.vatRate,
                      formatMoney(l.vat, 'PLN', locale),
                    )}
                  </p>
                </div>
                <CartLineControls
                  itemId={l.itemId}
                  quantity={l.quantity}
                  editable={l.quantityEditable}
                  max={MAX_GROUP_QUANTITY}
                />
                <p className="w-28 text-right font-semibold">{formatMoney(l.gross, 'PLN', locale)}</p>
              </li>
            ))}
          </ul>
          <aside className="card h-fit space-y-4">
            <CartTotals net={summary.net} vat={summary.vat} gross={summary.gross} />
            <Link href="/zamowienie" className="btn-primary w-full">
              {t.toCheckout}
            </Link>
          </aside>
        </div>
      )}
    </div>
  );
}
