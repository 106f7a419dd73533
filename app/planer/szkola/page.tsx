import type { Metadata } from 'next';
import Link from 'next/link';
import { requireUser } from '@/lib/auth/session';
import { messages } from '@/lib/i18n';
import { schoolPage } from '@/lib/licence/school-page';
import { LICENCE_ORDER_PATH, SCHOOL_PATH } from '@/lib/licence/paths';
import { Notice } from '@/components/forms/notice';
import { PageHeader } from '@/components/forms/page-header';
import { SchoolCard } from '@/components/licence/school-card';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).licence.school.title };
}
export const dynamic = 'force-dynamic';

// The schools the signed-in person is staff of, each with its licence's state (A7, A9).
export default async function SchoolPage() {
  const locale = await currentLocale();
  const user = await requireUser(SCHOOL_PATH);
  const schools = await schoolPage(user);
  const t = messages(locale).licence.school;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader title={t.title} />
      {schools.length === 0 ? (
        <Notice tone="info">
          {t.none}{' '}
          <Link href={LICENCE_ORDER_PATH} className="link">
            {messages(locale).licence.planner.order}
          </Link>
        </Notice>
      ) : (
        schools.map((s) => <SchoolCard key={s.id} school={s} />)
      )}
    </div>
  );
}
