import type { Metadata } from 'next';
import Link from 'next/link';
import { placementToken } from '@/lib/language/placement/cookie';
import { placementResultPage } from '@/lib/language/placement/result-page';
import { messages } from '@/lib/i18n';
import { PageHeader } from '@/components/forms/page-header';
import { Notice } from '@/components/forms/notice';
import { PlacementResult } from '@/components/language/placement-result';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).languagePlacement.result.metaTitle };
}
export const dynamic = 'force-dynamic';

export default async function PlacementResultPage() {
  const locale = await currentLocale();
  const m = messages(locale).languagePlacement;
  const page = await placementResultPage(await placementToken(), locale);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader title={m.result.title} back={{ href: '/jezyk-polski', label: m.test.backToProgramme }} />
      {page ? (
        <PlacementResult page={page} />
      ) : (
        <Notice tone="info" as="div" className="space-y-3">
          <p>{m.result.none}</p>
          <Link href="/jezyk-polski/test" className="btn-primary">
            {m.landing.ctaTest}
          </Link>
        </Notice>
      )}
    </div>
  );
}
