import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePermission } from '@/lib/auth/session';
import { currentTime } from '@/lib/clock/clock';
import { currencyForCountry } from '@/lib/families/rules/currency';
import { familyOverview, parentCountry } from '@/lib/families/overview';
import { schoolYearForPurchase, schoolYearLabel } from '@/lib/families/rules/school-year';
import { trialOf } from '@/lib/families/trials';
import { messages } from '@/lib/i18n';
import { PageHeader } from '@/components/forms/page-header';
import { Notice } from '@/components/forms/notice';
import { ChildCard } from '@/components/families/child-card';
import { TrialSection } from '@/components/families/trial-section';
import { hasCentreContracts } from '@/lib/centres/parent/overview';
import { PARENT_CENTRE_PATH } from '@/lib/centres/paths';
import { familyDashboard } from '@/lib/families/dashboard/family-dashboard';
import { FamilyDashboardSection } from '@/components/families/dashboard/family-dashboard';
import { AddChildForm } from './add-child-form';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).families.title };
}
export const dynamic = 'force-dynamic';

export default async function FamilyPage({ searchParams }: { searchParams: Promise<{ usunieto?: string }> }) {
  const locale = await currentLocale();
  const user = await requirePermission('families:manage-own', '/rodzina');
  const t = messages(locale).families;
  const now = currentTime();
  const [children, dashboard, trial, country, centre] = await Promise.all([
    familyOverview(user.id, now, locale),
    familyDashboard(user.id, now, locale),
    trialOf(user.id, now),
    parentCountry(user.id),
    hasCentreContracts(user.id),
  ]);
  const currency = currencyForCountry(country);
  const year = schoolYearForPurchase(now);
  const removed = (await searchParams).usunieto === '1';
  return (
    <div className="space-y-8">
      {removed && (
        <Notice tone="success" role="status">
          {messages(locale).privacy.children.removed}
        </Notice>
      )}
      <PageHeader
        title={t.title}
        intro={t.familyPage.intro(schoolYearLabel(year), currency)}
        actions={
          <>
            {centre && (
              <Link href={PARENT_CENTRE_PATH} className="btn-secondary">
                {messages(locale).centresParent.nav}
              </Link>
            )}
            {children.length > 0 && (
              <Link href="/rodzina/pakiety" className="btn-primary">
                {t.choosePackages}
              </Link>
            )}
          </>
        }
      />

      <FamilyDashboardSection dashboard={dashboard} />

      <section aria-labelledby="dzieci" className="space-y-4">
        <h2 id="dzieci" className="h2">
          {t.children}
        </h2>
        {children.length === 0 && <p className="muted">{t.noChildren}</p>}
        {children.map((c) => (
          <ChildCard key={c.id} child={c} year={year} now={now} />
        ))}
      </section>

      <TrialSection trial={trial} now={now} />

      <section aria-labelledby="dodaj" className="card space-y-4">
        <h2 id="dodaj" className="h2">
          {t.addChild}
        </h2>
        <AddChildForm />
      </section>
    </div>
  );
}
