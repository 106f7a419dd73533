// One child on the family dashboard: a meter per subject, the lessons of the last weeks as a bar
// chart (its numbers behind "Pokaż liczby"), the next classes and what is due, with a link to pay.
import Link from 'next/link';
import type { ChildDashboard } from '@/lib/families/dashboard/family-dashboard';
import { courseLabel, formatClassTime, formatDay, formatWeekStart } from '@/lib/families/dashboard/format';
import type { BarSpec } from '@/lib/charts/spec';
import { formatMoney } from '@/lib/format/money';
import { messages } from '@/lib/i18n';
import { LIVE_LEARNER_PATH } from '@/lib/live/paths';
import { Chart } from '@/components/charts/chart';
import { Meter } from '@/components/charts/meter';
import { currentLocale } from '@/lib/locale/current';

export async function ChildDashboardCard({ child: c }: { child: ChildDashboard }) {
  const locale = await currentLocale();
  const t = messages(locale).families.dashboard;
  const headingId = `child-dashboard-${c.childId}`;
  const weekTotal = c.weeks.reduce((s, w) => s + w.count, 0);
  const summary = t.weeksSummary(c.name, c.weeks.length, weekTotal, c.weeks.at(-1)?.count ?? 0);
  const spec: BarSpec = {
    kind: 'bar',
    bars: c.weeks.map((w) => ({ label: formatWeekStart(w.week), value: w.count, tone: 'primary' })),
    valueLabel: t.lessonsColumn,
    categoryLabel: t.weekColumn,
  };
  return (
    <article className="card space-y-5" aria-labelledby={headingId} data-testid="child-dashboard">
      <h3 id={headingId} className="text-xl font-semibold text-slate-900">
        {c.name}
      </h3>
      <div className="grid gap-6 lg:grid-cols-2">
        <div className="space-y-5">
          <section className="space-y-3" aria-labelledby={`${headingId}-subjects`}>
            <h4 id={`${headingId}-subjects`} className="font-semibold text-slate-900">
              {t.subjects}
            </h4>
            {c.subjects.length === 0 ? (
              <p className="text-sm text-slate-700">
                {t.subjectsNone}{' '}
                <Link href="/rodzina/pakiety" className="link">
                  {t.choosePackage}
                </Link>
              </p>
            ) : (
              <ul className="space-y-3" data-testid="child-subjects">
                {c.subjects.map((s) => (
                  <li key={s.slug}>
                    <Meter
                      label={s.passed ? `${courseLabel(s, locale)} · ${t.testPassed}` : courseLabel(s, locale)}
                      value={s.done}
                      max={s.total}
                      tone={s.passed ? 'good' : 'primary'}
                    />
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="space-y-2" aria-labelledby={`${headingId}-classes`}>
            <h4 id={`${headingId}-classes`} className="font-semibold text-slate-900">
              {t.classes}
            </h4>
            {c.nextClasses.length === 0 ? (
              <p className="text-sm text-slate-700">{t.classesNone}</p>
            ) : (
              <ul className="divide-y divide-slate-200 text-sm" data-testid="child-classes">
                {c.nextClasses.map((s) => (
                  <li key={s.sessionId} className="flex flex-wrap items-baseline justify-between gap-x-3 py-2">
                    <span>
                      <span className="font-medium text-slate-900">{formatClassTime(s.startsAt, locale)}</span>{' '}
                      <span className="text-slate-700">— {s.title}</span>
                      <span className="block text-xs text-slate-600">{s.place ?? t.online}</span>
                    </span>
                    <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-800">
                      {t.place[s.state]}
                    </span>
                  </li>
                ))}
              </ul>
            )}
            <Link href={`${LIVE_LEARNER_PATH}?dla=${c.userId}`} className="link text-sm">
              {t.allClasses(c.name)}
            </Link>
          </section>
        </div>
        <div className="space-y-5">
          {weekTotal > 0 ? (
            <Chart
              title={t.weeksTitle(c.name)}
              summary={summary}
              spec={spec}
              headingLevel={3}
              className="border-0! p-0! shadow-none!"
            />
          ) : (
            // Eight empty bars say less than the sentence.
            <section className="space-y-1" aria-labelledby={`${headingId}-weeks`}>
              <h4 id={`${headingId}-weeks`} className="font-semibold text-slate-900">
                {t.weeksTitle(c.name)}
              </h4>
              <p className="text-sm text-slate-700" data-testid="weeks-none">
                {summary}
              </p>
            </section>
          )}
          <section className="space-y-2" aria-labelledby={`${headingId}-payments`}>
            <h4 id={`${headingId}-payments`} className="font-semibold text-slate-900">
              {t.payments}
            </h4>
            {c.payments.length === 0 ? (
              <p className="text-sm text-slate-700">{t.paymentsNone}</p>
            ) : (
              <ul className="divide-y divide-slate-200 text-sm" data-testid="child-payments">
                {c.payments.map((p) => (
                  <li key={p.chargeId} className="flex flex-wrap items-center justify-between gap-3 py-2">
                    <span>
                      <span className="font-medium text-slate-900" lang={p.labelLang}>
                        {p.label}
                      </span>
                      <span className="block text-xs text-slate-600">
                        {p.what} · {t.dueOn(formatDay(p.dueDay, locale))}
                        {p.overdue && (
                          <span className="ml-2 rounded-full bg-red-100 px-2 py-0.5 font-semibold text-red-900">
                            {t.overdue}
                          </span>
                        )}
                      </span>
                    </span>
                    <span className="flex items-center gap-3">
                      <span className="font-semibold tabular-nums text-slate-900">
                        {formatMoney(p.toPay, p.currency, locale)}
                      </span>
                      <Link
                        href={p.href}
                        className={p.overdue ? 'btn-primary' : 'btn-secondary'}
                        aria-label={t.payAria(p.label, p.what)}
                      >
                        {t.pay}
                      </Link>
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      </div>
    </article>
  );
}
