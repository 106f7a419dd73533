import type { Metadata } from 'next';
import { requirePermission } from '@/lib/auth/session';
import { messages } from '@/lib/i18n';
import { officeInbox } from '@/lib/language/office/thread';
import { OFFICE_INBOX_PATH } from '@/lib/language/office/paths';
import { PageHeader } from '@/components/forms/page-header';
import { OfficeInbox } from '@/components/language/office-inbox';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).panel.pageTitle(messages(locale).languageOffice.inbox.title) };
}

// The office's threads with language learners, unread ones first.
export default async function OfficeInboxPage() {
  const locale = await currentLocale();
  await requirePermission('language:office', OFFICE_INBOX_PATH);
  const t = messages(locale).languageOffice;
  return (
    <div className="space-y-4">
      <PageHeader title={t.inbox.title} intro={t.inbox.intro} back={{ href: '/panel/jezyk', label: t.panel.title }} />
      <OfficeInbox rows={await officeInbox()} />
    </div>
  );
}
