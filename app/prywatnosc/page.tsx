import type { Metadata } from 'next';
import { legalPage } from '@/lib/legal/pages';
import { currentTime } from '@/lib/clock/clock';
import { LegalDocumentView } from '@/components/legal/legal-document';
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).support.legal.privacyTitle };
}

// The privacy policy in force (lib/legal/privacy/, newest version).
export default async function PrivacyPage() {
  return (
    <LegalDocumentView
      page={legalPage('privacy', undefined, currentTime(), await currentLocale())!}
      basePath="/prywatnosc"
    />
  );
}
