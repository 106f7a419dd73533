import type { Metadata } from 'next';
import Link from 'next/link';
import { messages } from '@/lib/i18n';
import { LICENCE_ORDER_PATH, SCHOOL_PATH } from '@/lib/licence/paths';
import { PageHeader } from '@/components/forms/page-header';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).licence.planner.title };
}

// The matura planner's public page (issue 23): what it is, the price, the way to order.
export default async function PlannerPage() {
  const locale = await currentLocale();
  const t = messages(locale).licence.planner;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader title={t.title} intro={t.intro} />
      <p>{t.price}</p>
      <div className="flex flex-wrap gap-3">
        <Link href={LICENCE_ORDER_PATH} className="btn-primary">
          {t.order}
        </Link>
        <Link href={SCHOOL_PATH} className="btn-secondary">
          {t.school}
        </Link>
      </div>
    </div>
  );
}
