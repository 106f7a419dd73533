import type { Metadata } from 'next';
import Link from 'next/link';
import { messages } from '@/lib/i18n';
import { SCHOOL_PATH } from '@/lib/licence/paths';
import { Notice } from '@/components/forms/notice';
import { PageHeader } from '@/components/forms/page-header';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).licence.order.sent.title };
}

// After the order (A5, A6): the e-mails carry the pro-forma, the terms and the set-password link.
export default async function LicenceOrderedPage() {
  const locale = await currentLocale();
  const t = messages(locale).licence.order.sent;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader title={t.title} />
      <Notice tone="success">{t.body}</Notice>
      <Link href={SCHOOL_PATH} className="link">
        {t.school}
      </Link>
    </div>
  );
}
