import Link from 'next/link';
import { can } from '@/lib/auth/permissions';
import { messages } from '@/lib/i18n';
import { LogoutButton } from './logout-button';
import { HeaderMenu } from './header-menu';
import { LanguageSwitch } from './language-switch';
import { LIVE_LEARNER_PATH } from '@/lib/live/paths';
import { ACCOUNT_CONTRACTS_PATH, OFFERS_PATH } from '@/lib/billing/queries/paths';
import { ZONE_PATH } from '@/lib/language/zone/paths';
import { CENTRES_PATH } from '@/lib/centres/paths';
import { currentLocale } from '@/lib/locale/current';
import { headerModel } from '@/lib/site-header/header-model';

export async function SiteHeader() {
  const locale = await currentLocale();
  const m = messages(locale);
  // One read of what the header shows this person (the cart, buying, live classes, contracts, the
  // language school's zone), shared with the terms banner below it.
  const { user, inCart, buyer, live, contracts, zone } = await headerModel();
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
        <Link href="/" className="flex items-center gap-2 text-xl font-bold text-brand-700">
          <svg aria-hidden="true" width="28" height="28" viewBox="0 0 28 28">
            <circle cx="14" cy="14" r="8" fill="currentColor" />
            <ellipse
              cx="14"
              cy="14"
              rx="13"
              ry="4.5"
              fill="none"
              stroke="#f59e0b"
              strokeWidth="2"
              transform="rotate(-20 14 14)"
            />
          </svg>
          {m.brand.name}
        </Link>
        <HeaderMenu label={m.nav.main} button={m.nav.menu}>
          <Link href="/kursy" className="text-slate-700 hover:text-brand-700">
            {m.nav.courses}
          </Link>
          <Link href="/jezyk-polski" className="text-slate-700 hover:text-brand-700">
            {m.languagePlacement.nav}
          </Link>
          <Link href={CENTRES_PATH} className="text-slate-700 hover:text-brand-700">
            {m.centresEnrol.nav}
          </Link>
          {buyer && !contracts && (
            <Link href={OFFERS_PATH} className="text-slate-700 hover:text-brand-700">
              {m.billingAccount.offersNav}
            </Link>
          )}
          {buyer && (
            <Link href="/koszyk" className="text-slate-700 hover:text-brand-700" data-testid="cart-link">
              {m.checkout.cart}
              {inCart > 0 && (
                <span className="ml-1 rounded-full bg-brand-600 px-2 py-0.5 text-xs text-white">{inCart}</span>
              )}
            </Link>
          )}
          <LanguageSwitch m={m} current={locale} />
          {user ? (
            <>
              <Link href="/moje-kursy" className="text-slate-700 hover:text-brand-700">
                {m.nav.myCourses}
              </Link>
              {zone && (
                <Link href={ZONE_PATH} className="text-slate-700 hover:text-brand-700" data-testid="zone-link">
                  {m.languageZone.nav}
                </Link>
              )}
              {live && (
                <Link href={LIVE_LEARNER_PATH} className="text-slate-700 hover:text-brand-700">
                  {m.liveLearner.nav}
                </Link>
              )}
              {can(user.roles, 'families:manage-own') && (
                <Link href="/rodzina" className="text-slate-700 hover:text-brand-700">
                  {m.families.nav}
                </Link>
              )}
              {buyer && (
                <Link href="/zamowienia" className="text-slate-700 hover:text-brand-700">
                  {m.nav.orders}
                </Link>
              )}
              {contracts && (
                <Link href={ACCOUNT_CONTRACTS_PATH} className="text-slate-700 hover:text-brand-700">
                  {m.billingAccount.nav}
                </Link>
              )}
              {user.roles.includes('COMPANY_ADMIN') && (
                <Link href="/grupy" className="text-slate-700 hover:text-brand-700">
                  {m.groups.myGroups}
                </Link>
              )}
              <Link href="/konto" className="text-slate-700 hover:text-brand-700">
                {m.nav.account}
              </Link>
              {can(user.roles, 'panel:view') && (
                <Link href="/panel" className="text-slate-700 hover:text-brand-700">
                  {m.nav.panel}
                </Link>
              )}
              <span className="text-slate-600" data-testid="signed-in-as">
                {user.firstName} {user.lastName}
              </span>
              <LogoutButton label={m.nav.logout} />
            </>
          ) : (
            <>
              <Link href="/logowanie" className="text-slate-700 hover:text-brand-700">
                {m.nav.login}
              </Link>
              <Link href="/rejestracja" className="btn-primary">
                {m.nav.register}
              </Link>
            </>
          )}
        </HeaderMenu>
      </div>
    </header>
  );
}
