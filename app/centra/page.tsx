import type { Metadata } from 'next';
import { messages } from '@/lib/i18n';
import { findCentreGroups, finderFilters } from '@/lib/centres/finder/find';
import { PageHeader } from '@/components/forms/page-header';
import { FinderFilters } from '@/components/centres/finder/finder-filters';
import { GroupList } from '@/components/centres/finder/group-list';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).centresEnrol.finder.title };
}
export const dynamic = 'force-dynamic';

// The public finder of centre groups by city, place, subject and the child's age (issue 22).
export default async function CentresPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const locale = await currentLocale();
  const page = await findCentreGroups(finderFilters(await searchParams));
  const t = messages(locale).centresEnrol.finder;
  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <PageHeader title={t.title} intro={t.intro} />
      <FinderFilters page={page} />
      <GroupList groups={page.groups} />
    </div>
  );
}
