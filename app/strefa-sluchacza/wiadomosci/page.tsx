import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireUser } from '@/lib/auth/session';
import { messages } from '@/lib/i18n';
import { learnerThread } from '@/lib/language/office/thread';
import { LEARNER_THREAD_PATH, learnerSendPath } from '@/lib/language/office/paths';
import { MAX_FILES } from '@/lib/language/office/rules/attachments';
import { PageHeader } from '@/components/forms/page-header';
import { OfficeThread } from '@/components/language/office-thread';
import { OfficeMessageForm } from '@/components/language/office-form';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).languageOffice.thread.title };
}

// A language learner's thread with the school's office: what was said (opening it marks the
// office's answers read) and a form to write, with files. Anyone who is no language learner: 404.
export default async function LearnerOfficeThreadPage() {
  const locale = await currentLocale();
  const user = await requireUser(LEARNER_THREAD_PATH);
  const thread = await learnerThread(user.id);
  if (!thread) notFound();
  const t = messages(locale).languageOffice;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader
        title={t.thread.title}
        intro={t.thread.intro}
        back={{ href: '/strefa-sluchacza', label: t.thread.back }}
      />
      <section aria-labelledby="rozmowa" className="space-y-3">
        <h2 id="rozmowa" className="h2">
          {t.thread.history}
        </h2>
        <OfficeThread items={thread} viewer="learner" />
      </section>
      <section aria-labelledby="nowa" className="card space-y-3">
        <h2 id="nowa" className="h2">
          {t.form.title}
        </h2>
        <OfficeMessageForm action={learnerSendPath} label={t.form.body} submit={t.form.send} maxFiles={MAX_FILES} />
      </section>
    </div>
  );
}
