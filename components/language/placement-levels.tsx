// The programme's levels on its landing page: what each includes and the price of both plans, with
// the sign-up link of each level.
import Link from 'next/link';
import { formatMoney } from '@/lib/format/money';
import { messages } from '@/lib/i18n';
import type { LandingLevel } from '@/lib/language/placement/landing-page';
import { currentLocale } from '@/lib/locale/current';
import { PROGRAMME_LANGUAGE } from '@/lib/language/programme-language';

export async function PlacementLevels({ levels }: { levels: LandingLevel[] }) {
  const locale = await currentLocale();
  const t = messages(locale).languagePlacement.landing;
  return (
    <section className="space-y-4" aria-labelledby="poziomy">
      <h2 id="poziomy" className="h2">
        {t.levelsHeading}
      </h2>
      <ul className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
        {levels.map((l) => (
          <li key={l.cefr} className="card flex flex-col gap-3" data-testid="language-level">
            <div className="flex items-baseline gap-3">
              <span className="rounded-md bg-brand-700 px-2 py-1 text-lg font-bold text-white">{l.cefr}</span>
              <h3 className="text-lg font-semibold" lang={PROGRAMME_LANGUAGE}>
                {l.title}
              </h3>
            </div>
            {l.summary && (
              <p className="text-slate-700" lang={PROGRAMME_LANGUAGE}>
                {l.summary}
              </p>
            )}
            <div>
              <p className="text-sm font-semibold">
                {t.includes} ({t.levelHours(l.hours)}):
              </p>
              <ul className="list-disc space-y-0.5 pl-5 text-sm">
                <li>{t.includesLessons(l.lessons)}</li>
                {l.pdfs > 0 && <li>{t.includesFiles(l.pdfs)}</li>}
                <li>{t.includesLive(l.liveGroups)}</li>
                <li>{t.includesTest(l.passMarkPercent)}</li>
                <li>{t.includesCertificate}</li>
              </ul>
            </div>
            <div className="mt-auto space-y-1 border-t border-slate-200 pt-3">
              {l.prices?.monthly != null && (
                <p className="font-semibold">
                  {t.priceMonthly(formatMoney(l.prices.monthly, l.prices.currency, locale))}
                </p>
              )}
              {l.prices?.full != null && (
                <p className="text-sm">{t.priceFull(formatMoney(l.prices.full, l.prices.currency, locale))}</p>
              )}
              {l.prices?.monthly == null && l.prices?.full == null && <p className="text-sm">{t.priceNone}</p>}
              <Link href={l.signupHref} className="link inline-block pt-1 font-semibold">
                {t.signUpLevel(l.cefr)}
              </Link>
            </div>
          </li>
        ))}
      </ul>
      <p className="muted text-sm">{t.pricesNote}</p>
    </section>
  );
}
