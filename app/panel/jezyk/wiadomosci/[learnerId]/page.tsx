import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/lib/auth/session';
import { pageParams } from '@/lib/http/ids';
import { messages } from '@/lib/i18n';
import { officeThread } from '@/lib/language/office/thread';
import { OFFICE_INBOX_PATH, officeSendPath, officeThreadPath } from '@/lib/language/office/paths';
import { MAX_FILES } from '@/lib/language/office/rules/attachments';
import { PageHeader } from '@/components/forms/page-header';
import { OfficeThread } from '@/components/language/office-thread';
import { OfficeMessageForm } from '@/components/language/office-form';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).panel.pageTitle(messages(locale).languageOffice.inbox.title) };
}

// One learner's thread for the office: opening it marks the learner's messages read; the answer
// is e-mailed to the learner.
export default async function OfficeThreadPage({ params }: { params: Promise<{ learnerId: string }> }) {
  const locale = await currentLocale();
  const { learnerId } = pageParams(await params);
  await requirePermission('language:office', officeThreadPath(learnerId));
  const thread = await officeThread(learnerId);
  if (!thread) notFound();
  const t = messages(locale).languageOffice.inbox;
  return (
    <div className="space-y-6">
      <PageHeader
        title={t.threadTitle(thread.learner.name)}
        intro={thread.learner.email ?? undefined}
        back={{ href: OFFICE_INBOX_PATH, label: t.back }}
      />
      <OfficeThread items={thread.messages} viewer="office" />
      <section aria-labelledby="odpowiedz" className="card space-y-3">
        <h2 id="odpowiedz" className="h2">
          {t.answerTitle}
        </h2>
        <OfficeMessageForm
          action={officeSendPath(learnerId)}
          label={t.answerBody}
          hint={t.answerHint}
          submit={t.answerSend}
          maxFiles={MAX_FILES}
        />
      </section>
    </div>
  );
}
