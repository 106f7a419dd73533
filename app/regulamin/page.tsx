import type { Metadata } from 'next';
import Link from 'next/link';
import { legalPage } from '@/lib/legal/pages';
import { currentTime } from '@/lib/clock/clock';
import { LegalDocumentView } from '@/components/legal/legal-document';
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).support.legal.termsTitle };
}

// The terms in force (lib/legal/terms/, newest version); older versions at /regulamin/<version>.
export default async function TermsPage() {
  const locale = await currentLocale();
  const page = legalPage('terms', undefined, currentTime(), locale)!;
  return (
    <LegalDocumentView
      page={page}
      basePath="/regulamin"
      extra={
        <p className="text-sm">
          <Link href="/rodzina/regulamin" className="link">
            {messages(locale).support.legal.familyTerms}
          </Link>
        </p>
      }
    />
  );
}
