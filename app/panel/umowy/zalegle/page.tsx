import type { Metadata } from 'next';
import { requirePermission } from '@/lib/auth/session';
import { currentTime } from '@/lib/clock/clock';
import { formatMoney } from '@/lib/format/money';
import { messages } from '@/lib/i18n';
import { overdueCharges } from '@/lib/billing/queries/staff';
import { toPay, warsawDay } from '@/lib/billing/queries/charge-state';
import { PANEL_CONTRACTS_PATH, PANEL_OVERDUE_PATH } from '@/lib/billing/queries/paths';
import { PageHeader } from '@/components/forms/page-header';
import { OverdueTable } from '@/components/billing/staff/overdue-table';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).panel.pageTitle(messages(locale).billingPanel.overdue.title) };
}

// Open charges past their due date, oldest first, with the days overdue.
export default async function OverduePage() {
  const locale = await currentLocale();
  await requirePermission('panel:contracts', PANEL_OVERDUE_PATH);
  const today = warsawDay(currentTime());
  const rows = await overdueCharges(today);
  const t = messages(locale).billingPanel.overdue;
  const byCurrency = new Map<string, number>();
  for (const r of rows) byCurrency.set(r.currency, (byCurrency.get(r.currency) ?? 0) + toPay(r));
  return (
    <div className="space-y-4">
      <PageHeader title={t.title} intro={t.intro} back={{ href: PANEL_CONTRACTS_PATH, label: t.back }} />
      {rows.length === 0 ? (
        <p className="card muted">{t.none}</p>
      ) : (
        <>
          <p className="text-sm font-medium">
            {t.total([...byCurrency].map(([cur, sum]) => formatMoney(sum, cur, locale)).join(' + '), rows.length)}
          </p>
          <OverdueTable rows={rows} today={today} />
        </>
      )}
    </div>
  );
}
