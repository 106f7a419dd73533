import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { currentUser } from '@/lib/auth/session';
import { messages } from '@/lib/i18n';
import { licenceOrderPage } from '@/lib/licence/order-page';
import { PLANNER_PATH } from '@/lib/licence/paths';
import { PageHeader } from '@/components/forms/page-header';
import { LicenceOrderForm } from '@/components/licence/order-form';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).licence.order.title };
}
export const dynamic = 'force-dynamic';

// The school licence's order form (A4), public: a school's staff member orders on its behalf.
export default async function LicenceOrderPage() {
  const locale = await currentLocale();
  const page = await licenceOrderPage(await currentUser());
  if (!page) notFound();
  const t = messages(locale).licence.order;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader title={t.title} intro={t.intro} back={{ href: PLANNER_PATH, label: t.back }} />
      <LicenceOrderForm page={page} termsHref="/planer/regulamin" />
    </div>
  );
}
