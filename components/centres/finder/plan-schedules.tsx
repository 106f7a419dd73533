// The three ways to pay for the year, each with the schedule enrolling today would make (the
// starter pack included and marked non-refundable), then the pack, the guarantee and notice in words.
import { messages } from '@/lib/i18n';
import { formatMoney } from '@/lib/format/money';
import { formatDate } from '@/lib/format/time';
import type { CentreGroupPage } from '@/lib/centres/finder/group-page';
import { SchedulePreview } from '@/components/billing/schedule-preview';
import { planLabel } from './labels';
import { currentLocale } from '@/lib/locale/current';

const day = (d: string, locale: string) => formatDate(new Date(`${d}T12:00:00Z`), locale);

export async function PlanSchedules({ page }: { page: CentreGroupPage }) {
  const locale = await currentLocale();
  const t = messages(locale).centresEnrol;
  const money = (n: number) => formatMoney(n, 'PLN', locale);
  return (
    <section className="space-y-3" aria-labelledby="platnosci">
      <h2 id="platnosci" className="h2">
        {t.group.plans}
      </h2>
      <p className="text-sm">{t.group.plansIntro}</p>
      <div className="space-y-4">
        {page.plans.map((p) => (
          <div key={p.planCode} className="space-y-1">
            <p className="text-sm font-semibold">
              {p.amount === p.listPrice
                ? t.group.planTotal(money(p.amount))
                : t.group.planRemaining(money(p.amount), money(p.listPrice))}
            </p>
            <p className="text-sm text-slate-600">{t.planRules[p.planCode]}</p>
            <SchedulePreview
              charges={p.schedule}
              currency="PLN"
              recurring={false}
              title={planLabel(p.planCode, locale)}
              headingId={`plan-${p.planCode}`}
            />
          </div>
        ))}
      </div>
      <p className="text-sm">{page.group.starterPack ? t.group.starterPack : t.group.noStarterPack}</p>
    </section>
  );
}

export async function GuaranteeRule({ page }: { page: CentreGroupPage }) {
  const locale = await currentLocale();
  const t = messages(locale).centresEnrol.group;
  return (
    <section className="card space-y-2 text-sm" aria-labelledby="gwarancja">
      <h2 id="gwarancja" className="h2">
        {t.guarantee}
      </h2>
      <p>{t.guaranteeRule}</p>
      {page.guaranteeUntil && <p className="font-semibold">{t.guaranteeUntil(day(page.guaranteeUntil, locale))}</p>}
      <p>{t.notice}</p>
    </section>
  );
}
