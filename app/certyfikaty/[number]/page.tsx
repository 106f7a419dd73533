import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { verifyCertificate } from '@/lib/certificates/verify';
import { messages } from '@/lib/i18n';
import { pageParams } from '@/lib/http/ids';
import { VerificationCard } from '@/components/certificates/verification-card';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).learning.verifyTitle, robots: { index: false } };
}

/**
 * Public: anyone holding a number may check it. Shows name, course and date — nothing else; a
 * revoked or replaced number says so with the date. A number nobody issued is a 404 (not-found.tsx).
 */
export default async function VerifyPage({ params }: { params: Promise<{ number: string }> }) {
  const locale = await currentLocale();
  const raw = decodeURIComponent(pageParams(await params).number);
  const v = await verifyCertificate(raw);
  if (v.status === 'malformed' || v.status === 'unknown') notFound();
  if (v.number !== raw) redirect(`/certyfikaty/${v.number}`);
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <VerificationCard v={v} />
      <p>
        <Link href="/certyfikaty" className="link">
          {messages(locale).learning.verifyAnother}
        </Link>
      </p>
    </div>
  );
}
