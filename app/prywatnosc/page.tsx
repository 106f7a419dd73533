import type { Metadata } from 'next';
import { legalPage } from '@/lib/legal/pages';
import { LegalDocumentView } from '@/components/legal/legal-document';
import { messages } from '@/lib/i18n';

export const metadata: Metadata = { title: messages().support.legal.privacyTitle };

// The privacy policy in force (lib/legal/privacy/, newest version).
export default function PrivacyPage() {
  return <LegalDocumentView page={legalPage('privacy')!} basePath="/prywatnosc" />;
}
