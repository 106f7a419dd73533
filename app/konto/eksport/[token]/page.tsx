import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/lib/auth/session';
import { messages } from '@/lib/i18n';
import { pageParams } from '@/lib/http/ids';
import { exportForLink } from '@/lib/privacy/export/exports';
import { formatDateTime } from '@/lib/format/time';
import { Notice } from '@/components/forms/notice';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).privacy.export.downloadTitle };
}
export const dynamic = 'force-dynamic';

// The e-mailed link: only the owner, signed in, sees it (anyone else: 404); after 24 h, "link wygasł".
export default async function ExportLinkPage({ params }: { params: Promise<{ token: string }> }) {
  const locale = await currentLocale();
  const { token } = pageParams(await params);
  const user = await requirePermission('account:manage-own', `/konto/eksport/${token}`);
  const link = await exportForLink(user.id, token);
  if (!link) notFound();
  const t = messages(locale).privacy.export;
  if (link.status === 'expired')
    return (
      <div className="card mx-auto max-w-lg space-y-4">
        <h1 className="h1">{t.expiredTitle}</h1>
        <Notice tone="warning">{t.expiredText}</Notice>
        <Link href="/konto/moje-dane" className="btn-primary inline-block">
          {t.newCopy}
        </Link>
      </div>
    );
  return (
    <div className="card mx-auto max-w-lg space-y-4">
      <h1 className="h1">{t.downloadTitle}</h1>
      <p>
        {t.downloadIntro(formatDateTime(link.expiresAt, locale), `${Math.max(1, Math.round(link.size / 1024))} KB`)}
      </p>
      <a href={`/konto/eksport/${token}/plik`} className="btn-primary inline-block" download={link.fileName}>
        {t.downloadButton}
      </a>
    </div>
  );
}
