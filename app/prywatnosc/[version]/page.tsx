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
  return { title: messages(locale).support.legal.privacyTitle };
}

// Any published version of the privacy policy.
export default async function PrivacyVersionPage({ params }: { params: Promise<{ version: string }> }) {
  const page = legalPage('privacy', pageParams(await params).version, currentTime(), await currentLocale());
  if (!page) notFound();
  return <LegalDocumentView page={page} basePath="/prywatnosc" />;
}
