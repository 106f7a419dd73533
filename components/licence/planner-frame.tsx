// The frame of every planner page: the school's name, the licence's state in one banner (unpaid:
// what to pay; expired: read-only; blocked: nothing else is shown) and the tabs.
import type { ReactNode } from 'react';
import Link from 'next/link';
import { messages } from '@/lib/i18n';
import { formatDate } from '@/lib/format/time';
import { formatMoney } from '@/lib/format/money';
import type { PlannerAccess } from '@/lib/licence/planner';
import { SCHOOL_PATH, type PlannerSection } from '@/lib/licence/paths';
import { Notice } from '@/components/forms/notice';
import { PlannerTabs } from './planner-tabs';
import { currentLocale } from '@/lib/locale/current';

export async function PlannerFrame({
  access,
  schoolName,
  current,
  title,
  children,
}: {
  access: PlannerAccess;
  schoolName: string;
  current: PlannerSection;
  title: string;
  children: ReactNode;
}) {
  const locale = await currentLocale();
  const t = messages(locale).planner;
  const pf = access.licence.proforma;
  return (
    <div className="mx-auto max-w-5xl space-y-5">
      <header className="space-y-1">
        <p className="muted text-sm">
          {t.title} · {schoolName} · {messages(locale).licence.school.licence(access.licence.examYear)}
        </p>
        <h1 className="h1">{title}</h1>
      </header>
      <PlannerTabs schoolId={access.schoolId} current={current} />
      {access.level === 'restricted' && pf && (
        <Notice tone="warning">
          {t.banner.restricted(pf.number, formatMoney(pf.amount, pf.currency, locale), formatDate(pf.deadline, locale))}{' '}
          <Link href={SCHOOL_PATH} className="link">
            {t.banner.pay}
          </Link>
        </Notice>
      )}
      {access.level === 'read-only' && <Notice tone="info">{t.banner.readOnly}</Notice>}
      {access.level === 'blocked' ? <Notice tone="error">{t.banner.blocked}</Notice> : children}
    </div>
  );
}
