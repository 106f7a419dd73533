// The footer on every page: the legal pages, complaints and contact, the terms version in force
// and, once a newer one is published, the day it takes effect.
import Link from 'next/link';
import { legalDay, termsFooter } from '@/lib/legal/pages';
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';

export async function SiteFooter() {
  const locale = await currentLocale();
  const m = messages(locale);
  const terms = termsFooter();
  const links = [
    { href: '/regulamin', label: m.footer.terms },
    { href: '/prywatnosc', label: m.footer.privacy },
    { href: '/reklamacje', label: m.support.footer.complaints },
    { href: '/kontakt', label: m.support.footer.contact },
  ];
  return (
    <footer className="border-t border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap justify-between gap-4 px-4 py-6 text-sm text-slate-600 sm:px-6">
        <div className="space-y-1">
          {/* The company's registered name is Polish in every language. */}
          <p lang="pl">{m.brand.copyright(new Date().getFullYear())}</p>
          <p>
            <Link href={`/regulamin/${terms.version}`} className="hover:text-brand-700">
              {m.support.footer.termsVersion(terms.version)}
            </Link>
            {terms.upcoming && (
              <>
                {' · '}
                <Link href={`/regulamin/${terms.upcoming.version}#co-sie-zmienia`} className="hover:text-brand-700">
                  {m.support.footer.termsUpcoming(legalDay(terms.upcoming.effectiveFrom, locale))}
                </Link>
              </>
            )}
          </p>
        </div>
        <nav aria-label={m.footer.label}>
          <ul className="flex flex-wrap gap-x-4 gap-y-2">
            {links.map((l) => (
              <li key={l.href}>
                <Link href={l.href} className="hover:text-brand-700">
                  {l.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}
