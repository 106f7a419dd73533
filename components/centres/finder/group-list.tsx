// The finder's results: one card per group with where, what, for whom, when, who, seats and price.
import Link from 'next/link';
import { messages } from '@/lib/i18n';
import { formatMoney } from '@/lib/format/money';
import { centreGroupPath } from '@/lib/centres/paths';
import type { FoundGroup } from '@/lib/centres/finder/find';
import { Notice } from '@/components/forms/notice';
import { kindLabel, placeLabel, subjectLabel, whenLabel } from './labels';
import { currentLocale } from '@/lib/locale/current';

export async function GroupList({ groups }: { groups: FoundGroup[] }) {
  const locale = await currentLocale();
  const t = messages(locale).centresEnrol;
  if (groups.length === 0) return <Notice tone="info">{t.finder.none}</Notice>;
  return (
    <section aria-labelledby="wyniki" className="space-y-3">
      <h2 id="wyniki" className="h2">
        {t.finder.results(groups.length)}
      </h2>
      <ul className="grid gap-3 md:grid-cols-2">
        {groups.map((g) => (
          <li key={g.id} className="card space-y-1 text-sm">
            <p className="text-base font-semibold">
              {g.programme.name}{' '}
              <span className="font-normal text-slate-600">· {subjectLabel(g.programme.subject, locale)}</span>
            </p>
            <p>{placeLabel(g.centre)}</p>
            <p className="text-slate-600">
              {kindLabel(g.centre.kind, locale)} · {t.schoolYear(g.schoolYear)} ·{' '}
              {t.ages(g.programme.minAge, g.programme.maxAge)}
            </p>
            <p>{whenLabel(g.weekday, g.startTime, locale)}</p>
            <p>{t.finder.teacher(g.teacher)}</p>
            <p className={`font-semibold ${g.seatsLeft > 0 ? 'text-emerald-700' : 'text-red-700'}`}>
              {g.seatsLeft > 0 ? t.seatsLeft(g.seatsLeft) : t.full}
            </p>
            <p className="font-semibold">{t.priceFrom(formatMoney(g.priceFrom, 'PLN', locale))}</p>
            <p className="pt-1">
              <Link
                href={centreGroupPath(g.id)}
                className="btn-secondary inline-block"
                aria-label={t.finder.detailsOf(
                  `${g.programme.name}, ${g.centre.name}, ${whenLabel(g.weekday, g.startTime, locale)}`,
                )}
              >
                {t.finder.details}
              </Link>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
