import type { Metadata } from 'next';
import { requirePermission } from '@/lib/auth/session';
import { complaintQueue } from '@/lib/support/complaint-view';
import { ComplaintTable } from '@/components/support/complaint-table';
import { PageHeader } from '@/components/forms/page-header';
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).panel.pageTitle(messages(locale).support.panel.title) };
}

// The complaint queue: unanswered ones by deadline, with the days left; then the answered ones.
export default async function ComplaintQueuePage() {
  const locale = await currentLocale();
  await requirePermission('panel:complaints', '/panel/reklamacje');
  const t = messages(locale).support.panel;
  const { open, answered } = await complaintQueue(locale);
  return (
    <div className="space-y-6">
      <PageHeader title={t.title} intro={t.intro} />
      <section className="space-y-2" aria-labelledby="otwarte">
        <h2 id="otwarte" className="h2">
          {t.open} ({open.length})
        </h2>
        {open.length ? <ComplaintTable label={t.open} rows={open} /> : <p className="card">{t.none}</p>}
      </section>
      <section className="space-y-2" aria-labelledby="zamkniete">
        <h2 id="zamkniete" className="h2">
          {t.answered}
        </h2>
        {answered.length ? <ComplaintTable label={t.answered} rows={answered} /> : <p className="card">{t.none}</p>}
      </section>
    </div>
  );
}
