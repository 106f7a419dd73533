import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { legalPage } from '@/lib/legal/pages';
import { currentTime } from '@/lib/clock/clock';
import { LegalDocumentView } from '@/components/legal/legal-document';
import { messages } from '@/lib/i18n';
import { pageParams } from '@/lib/http/ids';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).support.legal.termsTitle };
}

// Any published version of the terms, so what an order accepted stays readable.
export default async function TermsVersionPage({ params }: { params: Promise<{ version: string }> }) {
  const page = legalPage('terms', pageParams(await params).version, currentTime(), await currentLocale());
  if (!page) notFound();
  return <LegalDocumentView page={page} basePath="/regulamin" />;
}
