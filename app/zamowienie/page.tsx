import type { Metadata } from 'next';
import Link from 'next/link';
import { randomUUID } from 'node:crypto';
import { currentUser } from '@/lib/auth/session';
import { cartSummary, findCart } from '@/lib/orders/cart';
import { cartOwner } from '@/lib/orders/cart-cookie';
import { lastInvoiceData } from '@/lib/orders/invoice-defaults';
import { onlineCoursesIn } from '@/lib/orders/online-courses';
import { formatMoney } from '@/lib/format/money';
import { payMethodChoices } from '@/lib/payments/pay-methods';
import { CartTotals } from '@/components/checkout/cart-totals';
import { CartLineName } from '@/components/checkout/cart-line-name';
import { CheckoutForm } from '@/components/checkout/checkout-form';
import { LoginForm } from '@/app/(auth)/logowanie/login-form';
import { RegisterForm } from '@/app/(auth)/rejestracja/register-form';
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).checkout.checkoutPage.title };
}
export const dynamic = 'force-dynamic';

export default async function CheckoutPage() {
  const locale = await currentLocale();
  const m = messages(locale);
  const t = m.checkout.checkoutPage;
  const [user, owner] = await Promise.all([currentUser(), cartOwner()]);
  const summary = cartSummary(await findCart(owner), locale);
  if (summary.lines.length === 0) {
    return (
      <div className="card mx-auto max-w-lg space-y-3">
        <h1 className="h1">{t.title}</h1>
        <p>{t.empty}</p>
        <Link href="/kursy" className="btn-primary">
          {m.catalog.browse}
        </Link>
      </div>
    );
  }
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_340px]">
      <div className="space-y-6">
        <h1 className="h1">{t.title}</h1>
        {user ? (
          <CheckoutForm
            checkoutKey={randomUUID()}
            requireCompany={summary.hasGroupPackage}
            payMethods={await payMethodChoices('PLN', summary.gross, locale)}
            defaults={await lastInvoiceData(user.id)}
            onlineCourses={await onlineCoursesIn(summary.lines.map((l) => l.courseSlug))}
          />
        ) : (
          <div className="grid gap-6 md:grid-cols-2">
            <section className="card space-y-4" aria-labelledby="mam-konto">
              <h2 id="mam-konto" className="h2">
                {t.haveAccount}
              </h2>
              <LoginForm next="/zamowienie" />
            </section>
            <section className="card space-y-4" aria-labelledby="nowe-konto">
              <h2 id="nowe-konto" className="h2">
                {t.newAccount}
              </h2>
              <p className="text-sm text-slate-600">{t.cartKept}</p>
              <RegisterForm next="/zamowienie" />
            </section>
          </div>
        )}
      </div>
      <aside className="card h-fit space-y-4" aria-labelledby="podsumowanie">
        <h2 id="podsumowanie" className="h2">
          {t.yourCart}
        </h2>
        <ul className="space-y-2 text-sm">
          {summary.lines.map((l) => (
            <li key={l.itemId} className="flex justify-between gap-3">
              <span>
                <CartLineName line={l} />
                {l.quantity > 1 ? t.times(l.quantity) : ''}
              </span>
              <span className="whitespace-nowrap font-medium">{formatMoney(l.gross, 'PLN', locale)}</span>
            </li>
          ))}
        </ul>
        <CartTotals net={summary.net} vat={summary.vat} gross={summary.gross} />
      </aside>
    </div>
  );
}
