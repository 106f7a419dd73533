import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePermission } from '@/lib/auth/session';
import { currentTime } from '@/lib/clock/clock';
import { messages } from '@/lib/i18n';
import { CENTRES_PATH, PARENT_CENTRE_PATH } from '@/lib/centres/paths';
import { parentCentreOverview } from '@/lib/centres/parent/overview';
import { PageHeader } from '@/components/forms/page-header';
import { ChildCentreCard } from '@/components/centres/parent/child-centre';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).centresParent.title };
}
export const dynamic = 'force-dynamic';

// The parent's centre classes (the source's EduSky): each child's group, schedule and payments.
export default async function ParentCentrePage() {
  const locale = await currentLocale();
  const user = await requirePermission('families:manage-own', PARENT_CENTRE_PATH);
  const t = messages(locale).centresParent;
  const items = await parentCentreOverview(user, currentTime());
  return (
    <div className="space-y-6">
      <PageHeader title={t.title} intro={t.intro} back={{ href: '/rodzina', label: messages(locale).families.title }} />
      {items.length === 0 ? (
        <div className="card space-y-3">
          <p>{t.none}</p>
          <Link href={CENTRES_PATH} className="btn-primary">
            {t.find}
          </Link>
        </div>
      ) : (
        items.map((item) => <ChildCentreCard key={item.page.contract.id} item={item} />)
      )}
    </div>
  );
}
