import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePermission } from '@/lib/auth/session';
import { currentTime } from '@/lib/clock/clock';
import { messages } from '@/lib/i18n';
import { myDataPage } from '@/lib/privacy/pages';
import { PageHeader } from '@/components/forms/page-header';
import { ExportCard } from '@/components/privacy/export-card';
import { SummaryTables } from '@/components/privacy/summary-tables';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).privacy.myData.title };
}
export const dynamic = 'force-dynamic';

// Art. 15 RODO: what we hold about the person, and the copy to download (art. 15 ust. 3, art. 20).
export default async function MyDataPage() {
  const locale = await currentLocale();
  const user = await requirePermission('account:manage-own', '/konto/moje-dane');
  const m = messages(locale).privacy;
  const page = await myDataPage(user.id, currentTime(), locale);
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <PageHeader title={m.myData.title} intro={m.myData.intro} back={{ href: '/konto', label: m.myData.back }} />
      <ExportCard latest={page.latest} now={page.now} />
      <SummaryTables sections={page.sections} />
      <p>
        <Link href="/konto/usun" className="link">
          {m.card.delete}
        </Link>
      </p>
    </div>
  );
}
