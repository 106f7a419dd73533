// The family page's dashboard: tiles for the whole family (lessons this week, the next class, what
// is due), then a card per child with progress per subject, lessons per week, next classes and
// payments — each number also written out, so nothing needs counting.
import type { FamilyDashboard } from '@/lib/families/dashboard/family-dashboard';
import { formatClassTimeShort, formatDay } from '@/lib/families/dashboard/format';
import { formatMoney } from '@/lib/format/money';
import { messages } from '@/lib/i18n';
import { LIVE_LEARNER_PATH } from '@/lib/live/paths';
import { ACCOUNT_CONTRACTS_PATH } from '@/lib/billing/queries/paths';
import { StatTiles, type StatTile } from '@/components/charts/stat-tile';
import { ChildDashboardCard } from './child-dashboard-card';
import { currentLocale } from '@/lib/locale/current';

export async function FamilyDashboardSection({ dashboard: d }: { dashboard: FamilyDashboard }) {
  const locale = await currentLocale();
  const t = messages(locale).families.dashboard;
  if (d.children.length === 0) return null;
  const done = d.children.reduce((s, c) => s + c.subjects.reduce((x, sub) => x + sub.done, 0), 0);
  const total = d.children.reduce((s, c) => s + c.subjects.reduce((x, sub) => x + sub.total, 0), 0);
  const nextDue = d.children
    .flatMap((c) => c.payments.filter((p) => !p.overdue))
    .sort((a, b) => a.dueDay.localeCompare(b.dueDay))[0];
  const tiles: StatTile[] = [
    {
      label: t.lessonsThisWeek,
      value: d.lessonsThisWeek,
      hint: t.lessonsThisWeekHint(d.children.length),
      tone: 'primary',
    },
    { label: t.lessonsDone, value: done, hint: t.lessonsDoneHint(total), tone: 'good' },
    d.nextClass
      ? {
          label: t.nextClass,
          value: formatClassTimeShort(d.nextClass.startsAt, locale),
          hint: `${d.nextClass.child} — ${d.nextClass.title}`,
          href: LIVE_LEARNER_PATH,
          tone: 'primary',
        }
      : { label: t.nextClass, value: t.nextClassNone, hint: t.nextClassNoneHint },
    d.due.length > 0
      ? {
          label: t.toPay,
          value: d.due.map((x) => formatMoney(x.amount, x.currency, locale)).join(' + '),
          hint:
            d.overdue > 0
              ? t.overdueHint(d.overdue)
              : nextDue
                ? t.nextDueHint(formatDay(nextDue.dueDay, locale))
                : undefined,
          href: ACCOUNT_CONTRACTS_PATH,
          tone: d.overdue > 0 ? 'bad' : 'warn',
        }
      : { label: t.toPay, value: t.toPayNone, hint: t.toPayNoneHint, tone: 'good' },
  ];
  return (
    <section aria-labelledby="family-dashboard" className="space-y-4" data-testid="family-dashboard">
      <div className="space-y-1">
        <h2 id="family-dashboard" className="h2">
          {t.heading}
        </h2>
        <p className="muted text-sm">{t.intro}</p>
      </div>
      <StatTiles tiles={tiles} label={t.tilesLabel} />
      {d.children.map((c) => (
        <ChildDashboardCard key={c.childId} child={c} />
      ))}
    </section>
  );
}
