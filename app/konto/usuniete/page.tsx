import type { Metadata } from 'next';
import Link from 'next/link';
import { messages } from '@/lib/i18n';
import { Notice } from '@/components/forms/notice';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).privacy.delete.doneTitle };
}

// Where a deleted account lands: signed out, told what happened and that the e-mail went out.
export default async function AccountDeletedPage() {
  const locale = await currentLocale();
  const t = messages(locale).privacy.delete;
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="h1">{t.doneTitle}</h1>
      <Notice tone="success">{t.doneText}</Notice>
      <Link href="/" className="link">
        {t.home}
      </Link>
    </div>
  );
}
