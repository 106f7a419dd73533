import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { messages } from '@/lib/i18n';
import { normalizeCertificateNumber } from '@/lib/certificates/number';
import { VerifyForm } from '@/components/certificates/verify-form';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).learning.verifyTitle };
}

/** A plain GET form: works without JavaScript and leaves a shareable address. */
export default async function VerifySearchPage({ searchParams }: { searchParams: Promise<{ numer?: string }> }) {
  const locale = await currentLocale();
  const t = messages(locale).learning;
  const { numer } = await searchParams;
  if (numer) {
    const number = normalizeCertificateNumber(numer);
    if (number) redirect(`/certyfikaty/${number}`);
  }
  return (
    <div className="mx-auto max-w-lg">
      <VerifyForm heading={t.verifyTitle} defaultValue={numer} error={numer ? t.malformed : undefined} />
    </div>
  );
}
