import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePermission } from '@/lib/auth/session';
import { packagePage } from '@/lib/families/package-page';
import { rememberedAddress } from '@/lib/families/family-order';
import { countryOptions } from '@/lib/families/rules/countries';
import { messages } from '@/lib/i18n';
import { PageHeader } from '@/components/forms/page-header';
import { PackageChooser } from '@/components/families/package-chooser';
import { PackageOrderSummary } from '@/components/families/package-order-summary';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).families.packagesPage.metaTitle };
}
export const dynamic = 'force-dynamic';

export default async function PackagesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const locale = await currentLocale();
  const user = await requirePermission('families:manage-own', '/rodzina/pakiety');
  const [page, last] = await Promise.all([
    packagePage(user.id, await searchParams, undefined, locale),
    rememberedAddress(user.id),
  ]);
  const t = messages(locale).families.packagesPage;
  return (
    <div className="space-y-8">
      <PageHeader
        back={{ href: '/rodzina', label: messages(locale).families.backToFamily }}
        title={t.title(page.schoolYear)}
        intro={t.intro(page.currency)}
      />
      {page.children.length === 0 && (
        <p>
          {t.addChildFirst}{' '}
          <Link href="/rodzina" className="link">
            {t.addChildLink}
          </Link>
          .
        </p>
      )}
      <PackageChooser items={page.children} />
      {page.summary && (
        <PackageOrderSummary
          summary={page.summary}
          address={{
            initial: last.address,
            remembered: last.remembered,
            countries: countryOptions(locale).map(({ code, name }) => ({ code, name })),
          }}
        />
      )}
    </div>
  );
}
