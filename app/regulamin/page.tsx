import type { Metadata } from 'next';
import Link from 'next/link';
import { legalPage } from '@/lib/legal/pages';
import { LegalDocumentView } from '@/components/legal/legal-document';
import { messages } from '@/lib/i18n';

export const metadata: Metadata = { title: messages().support.legal.termsTitle };

// The terms in force (lib/legal/terms/, newest version); older versions at /regulamin/<version>.
export default function TermsPage() {
  const page = legalPage('terms')!;
  return (
    <LegalDocumentView
      page={page}
      basePath="/regulamin"
      extra={
        <p className="text-sm">
          <Link href="/rodzina/regulamin" className="link">
            {messages().support.legal.familyTerms}
          </Link>
        </p>
      }
    />
  );
}
